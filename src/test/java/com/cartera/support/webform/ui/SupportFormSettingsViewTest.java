package com.cartera.support.webform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.webform.FormSettings;
import com.cartera.support.webform.WebFormSettings;

/** The admin's card of the public form. */
@CarteraIntegrationTest
class SupportFormSettingsViewTest extends KaribuTest {

    private SignedInUser admin;
    private long category;

    @BeforeEach
    void aWorkspaceWithACategory() {
        admin = data.newWorkspace("Form " + TestData.uniqueSlug("s"));
        category = context.getBean(JdbcTemplate.class).queryForObject("insert into "
                + admin.workspace().tenant().schema() + ".ticket_category (name) values ('Garantía web') returning id",
                Long.class);
    }

    private SupportFormSettingsView open() {
        login(admin);
        UI.getCurrent().navigate("settings/support/form");
        return _get(SupportFormSettingsView.class);
    }

    @Test
    void theFormStartsOffAndTheAdminTurnsItOnWithTextAndCategories() {
        SupportFormSettingsView view = open();
        assertThat(view.enabled.getValue()).isFalse();
        assertThat(view.address.getValue()).matches("http://localhost:8080/ayuda/[A-Za-z0-9_-]{22}");
        assertThat(view.open.getHref()).isEqualTo(view.address.getValue());

        _setValue(view.enabled, true);
        _setValue(view.intro, "Te respondemos en un día.");
        view.categories.setValue(Set.copyOf(view.categories.getListDataView().getItems()
                .filter(c -> c.id() == category).toList()));
        _click(view.save);

        var stored = as(admin, context.getBean(WebFormSettings.class)::settings);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.intro()).isEqualTo("Te respondemos en un día.");
        assertThat(stored.categoryIds()).containsExactly(category);
        assertThat(open().enabled.getValue()).isTrue();
    }

    @Test
    void renewingTheAddressAsksFirstThenShowsTheNewOne() {
        SupportFormSettingsView view = open();
        String before = view.address.getValue();

        _click(view.renew);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(view.address.getValue()).isNotEqualTo(before).startsWith("http://localhost:8080/ayuda/");
        assertThat(as(admin, context.getBean(WebFormSettings.class)::publicAddress)).isEqualTo(view.address.getValue());
    }

    @Test
    void aSaveOverAColleaguesIsRefusedVisibly() {
        SupportFormSettingsView view = open();
        var settings = context.getBean(WebFormSettings.class);
        as(admin, () -> settings.save(new FormSettings(true, "Del colega", Set.of(), 0)));

        _setValue(view.intro, "Mío");
        _click(view.save);

        assertThat(as(admin, settings::settings).intro()).isEqualTo("Del colega");
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("Otra persona ha guardado estos ajustes mientras los editabas. Recarga la página para ver "
                        + "sus cambios.");
        assertThat(view.intro.getValue()).as("what was typed is kept").isEqualTo("Mío");
    }

    @Test
    void onlyAdminsOpenIt() {
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte", Set.of(Role.SUPPORT));
        login(agent);

        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/support/form"))
                .isInstanceOfAny(com.github.mvysny.kaributesting.v10.NotFoundError.class,
                        com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
