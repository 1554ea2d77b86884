package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

@CarteraIntegrationTest
class WorkspaceChooserViewTest extends KaribuTest {

    private SignedInUser alfaAdmin;
    private SignedInUser betaAdmin;
    private SignedInUser user;
    private String alfa;
    private String beta;

    /** Someone who is the admin of "Alfa" and works in sales at "Beta". */
    @BeforeEach
    void someoneWithTwoWorkspaces() {
        String email = TestData.uniqueEmail("dos");
        String suffix = TestData.uniqueSlug("x");
        alfa = "Alfa " + suffix;
        beta = "Beta " + suffix;
        alfaAdmin = data.newWorkspace(alfa, TestData.uniqueSlug("alfa"), email);
        betaAdmin = data.newWorkspace(beta);
        user = data.addMember(betaAdmin, email, "Dos Espacios", Set.of(Role.SALES));
        assertThat(user.workspace()).as("signed in, not yet in a workspace").isNull();
    }

    @Test
    void theStartPageSendsSomeoneWithoutAWorkspaceToTheChooser() {
        login(user);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WorkspaceChooserView.class);
    }

    @Test
    void listsBothWorkspacesWithTheRolesHeldInEach() {
        login(user);
        UI.getCurrent().navigate("workspaces");

        assertThat(choices()).extracting(WorkspaceChooserViewTest::nameOf).containsExactly(alfa, beta);
        assertThat(choices()).extracting(button -> textOf(button, "workspace-roles"))
                .containsExactly("Administración", "Ventas");
    }

    @Test
    void choosingAWorkspacePutsTheUserInItWithThoseRoles() {
        login(user);
        UI.getCurrent().navigate("workspaces");
        String sessionIdBefore = httpSession().getId();

        _click(choice(beta));

        // Entering a workspace changes who is signed in: the session gets a new id (no session fixation).
        assertThat(httpSession().getId()).isNotEqualTo(sessionIdBefore);
        SignedInUser now = signedInUser();
        assertThat(now.userId()).isEqualTo(user.userId());
        assertThat(now.workspace().tenant()).isEqualTo(betaAdmin.workspace().tenant());
        assertThat(now.workspace().name()).isEqualTo(beta);
        assertThat(now.roles()).containsExactly(Role.SALES);
        // Kept in the HTTP session, and the application restarts at the start page as that user.
        var kept = (SecurityContext) httpSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(kept.getAuthentication().getPrincipal()).isEqualTo(now);
        assertThat(pagesOpened()).containsExactly("/");
    }

    @Test
    void aWorkspaceTheUserWasRemovedFromMeanwhileIsRefused() {
        login(user);
        UI.getCurrent().navigate("workspaces");
        // Beta's admin takes the user out after the chooser was shown.
        TestData.as(betaAdmin, () -> {
            TeamService team = context.getBean(TeamService.class);
            var member = team.members().stream().filter(m -> m.userId().equals(user.userId())).findFirst().orElseThrow();
            return team.setActive(member.membershipId(), member.version(), false);
        });
        NotificationsKt.clearNotifications();

        _click(choice(beta));

        NotificationsKt.expectNotifications("Ya no tienes acceso a ese espacio de trabajo.");
        assertThat(signedInUser().workspace()).isNull();
        assertThat(pagesOpened()).isEmpty();
        // Alfa still works.
        _click(choice(alfa));
        assertThat(signedInUser().workspace().tenant()).isEqualTo(alfaAdmin.workspace().tenant());
        assertThat(context.getBean(SignInService.class).workspacesOf(user.userId()))
                .extracting(SignInService.WorkspaceChoice::name).containsExactly(alfa);
    }

    private static List<Button> choices() {
        return _find(Button.class, spec -> spec.withClasses("workspace-choice"));
    }

    private static Button choice(String name) {
        return choices().stream().filter(button -> nameOf(button).equals(name)).findFirst().orElseThrow();
    }

    private static String nameOf(Button button) {
        return textOf(button, "workspace-name");
    }

    private static String textOf(Button button, String className) {
        return _get(button, Span.class, spec -> spec.withClasses(className)).getText();
    }
}
