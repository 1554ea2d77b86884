package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;
import com.cartera.security.TeamService.Member;

@CarteraIntegrationTest
class TeamViewTest extends KaribuTest {

    private SignedInUser admin;
    private String beatrizEmail;
    private TeamView view;

    @BeforeEach
    void aWorkspaceWithAnAdminAndASalesPerson() {
        admin = data.newWorkspace("Equipo " + TestData.uniqueSlug("e"));
        beatrizEmail = TestData.uniqueEmail("beatriz");
        data.addMember(admin, beatrizEmail, "Beatriz Sanz", Set.of(Role.SALES));
        login(admin);
        UI.getCurrent().navigate("team");
        view = _get(TeamView.class);
    }

    @Test
    void listsTheMembersWithTheirRolesAndState() {
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0).subList(0, 3))
                .containsExactly(admin.displayName(), admin.email(), "Administración");
        assertThat(GridKt._getFormattedRow(view.grid, 1).subList(0, 3))
                .containsExactly("Beatriz Sanz", beatrizEmail, "Ventas");
    }

    @Test
    void invitingIsTheOnlyWayInAndNoPasswordIsAskedForOrShown() {
        assertThat(LocatorJ._find(view, Button.class, spec -> spec.withText("Añadir persona"))).isEmpty();
        _click(view.inviteButton);
        assertThat(LocatorJ._find(_get(Dialog.class), PasswordField.class)).isEmpty();
        assertThat(LocatorJ._find(_get(Dialog.class), TextField.class, spec -> spec.withLabel("Nombre"))).isEmpty();
    }

    @Test
    void anAddressWithAnAccountElsewhereGetsTheSameAnswerAsANewOne() {
        SignedInUser elsewhere = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        String fresh = TestData.uniqueEmail("nueva");
        List<String> answers = new java.util.ArrayList<>();
        for (String email : List.of(elsewhere.email(), fresh)) {
            _click(view.inviteButton);
            _setValue(field(EmailField.class, "Correo electrónico"), email);
            _setValue(roles(), EnumSet.of(Role.SALES));
            _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Crear enlace")));
            // What the dialog says, with the token left out.
            TextField link = field(TextField.class, "Enlace de invitación");
            answers.add(link.getValue().replaceAll("[A-Za-z0-9_-]{43}$", "TOKEN") + " | " + link.getHelperText()
                    + " | " + LocatorJ._find(_get(Dialog.class), com.vaadin.flow.component.Component.class).size());
            _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Cerrar")));
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1));
        // The pending invitations show the address and roles only: no name of the existing account.
        assertThat(GridKt._getFormattedRow(view.invitations, 0).subList(0, 2)).containsExactly(fresh, "Ventas");
        assertThat(GridKt._getFormattedRow(view.invitations, 1).subList(0, 2)).containsExactly(elsewhere.email(), "Ventas");
        assertThat(data.count("select count(*) from cartera.membership where user_id = ?", elsewhere.userId())).isOne();
    }

    @Test
    void invitingSomeoneAlreadyInTheWorkspaceIsRefusedOnTheEmailField() {
        _click(view.inviteButton);
        _setValue(field(EmailField.class, "Correo electrónico"), beatrizEmail.toUpperCase());
        _setValue(roles(), EnumSet.of(Role.ADMIN));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Crear enlace")));

        EmailField email = field(EmailField.class, "Correo electrónico");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Esa persona ya forma parte del espacio de trabajo");
        assertThat(member(beatrizEmail).roles()).containsExactly(Role.SALES);
    }

    @Test
    void changingAMembersRolesIsSaved() {
        GridKt._clickItem(view.grid, 1);
        _setValue(roles(), EnumSet.of(Role.SALES, Role.MARKETING));
        _click(save());

        _assertNoDialogs();
        assertThat(member(beatrizEmail).roles()).containsExactly(Role.SALES, Role.MARKETING);
        assertThat(GridKt._getFormattedRow(view.grid, 1).get(2)).isEqualTo("Ventas, Marketing");
    }

    @Test
    void theLastAdminCannotLoseTheAdminRole() {
        GridKt._clickItem(view.grid, 0);
        _setValue(roles(), EnumSet.of(Role.SALES));
        _click(save());

        CheckboxGroup<Role> roles = roles();
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage())
                .isEqualTo("El espacio de trabajo necesita al menos otra persona con rol de administración activa");
        _assertOne(Dialog.class);
        assertThat(member(admin.email()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAdminCannotShutThemselvesOut() {
        // Even with a second admin, so that only the "not yourself" rule applies.
        data.addMember(admin, TestData.uniqueEmail("admin2"), "Segunda Admin", Set.of(Role.ADMIN));
        GridKt._clickItem(view.grid, 0);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Puede entrar en el espacio de trabajo")), false);
        NotificationsKt.clearNotifications();
        _click(save());

        NotificationsKt.expectNotifications("No puedes quitarte el acceso a ti mismo");
        assertThat(member(admin.email()).active()).isTrue();
    }

    @Test
    void invitingShowsALinkOnceAndListsTheInvitationUntilWithdrawn() {
        String email = TestData.uniqueEmail("invitado");
        _click(view.inviteButton);
        _setValue(field(EmailField.class, "Correo electrónico"), email);
        _setValue(roles(), EnumSet.of(Role.SUPPORT));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Crear enlace")));

        String link = field(TextField.class, "Enlace de invitación").getValue();
        assertThat(link).matches("http://[^/]+/invite/[A-Za-z0-9_-]{43}");
        assertThat(GridKt._size(view.invitations)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.invitations, 0).subList(0, 2)).containsExactly(email, "Soporte");
        assertThat(data.count("select count(*) from cartera.invitation where token_hash = ?",
                link.substring(link.lastIndexOf('/') + 1))).as("only the token's hash is stored").isZero();

        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Cerrar")));
        _click((Button) GridKt._getCellComponent(view.invitations, 0, "revoke"));
        assertThat(view.invitations.isVisible()).isFalse();
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String label) {
        return _get(_get(Dialog.class), type, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(_get(Dialog.class), CheckboxGroup.class, spec -> spec.withLabel("Roles"));
    }

    private static Button save() {
        return _get(_get(Dialog.class), Button.class, spec -> spec.withText("Guardar"));
    }

    private List<Member> members() {
        return as(admin, () -> context.getBean(TeamService.class).members());
    }

    private Member member(String email) {
        return members().stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
    }
}
