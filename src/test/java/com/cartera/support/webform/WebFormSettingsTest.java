package com.cartera.support.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;

/** The form's settings: off by default, the admin's alone, kept per workspace, a colleague's save never lost. */
@CarteraIntegrationTest
class WebFormSettingsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WebFormSettings settings;
    @Autowired
    JdbcTemplate jdbc;

    private long category(SignedInUser admin, String name, boolean archived) {
        return jdbc.queryForObject("insert into " + admin.workspace().tenant().schema()
                + ".ticket_category (name, archived) values (?, ?) returning id", Long.class, name, archived);
    }

    @Test
    void theFormIsOffUntilTheAdminTurnsItOnAndOffersOnlyCategoriesInUse() {
        SignedInUser admin = new TestData(context).newWorkspace("Ajustes SL");
        long billing = category(admin, "Cobros web", false);
        long archived = category(admin, "Antigua web", true);

        FormSettings initial = TestData.as(admin, settings::settings);
        assertThat(initial.enabled()).isFalse();
        assertThat(initial.categoryIds()).isEmpty();
        assertThat(TestData.as(admin, settings::categories)).extracting(FormCategory::id)
                .contains(billing).doesNotContain(archived);

        FormSettings saved = TestData.as(admin, () -> settings.save(
                new FormSettings(true, "  Escríbenos  ", Set.of(billing, archived), initial.version())));
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.intro()).isEqualTo("Escríbenos");
        assertThat(saved.categoryIds()).containsExactly(billing);
    }

    @Test
    void aTooLongTextAndAStaleVersionAreRefusedAndChangeNothing() {
        SignedInUser admin = new TestData(context).newWorkspace("Conflicto SL");
        FormSettings read = TestData.as(admin, settings::settings);
        TestData.as(admin, () -> settings.save(new FormSettings(true, "Primera", Set.of(), read.version())));

        assertThatThrownBy(() -> TestData.as(admin, () -> settings.save(
                new FormSettings(false, "Segunda", Set.of(), read.version()))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(admin, () -> settings.save(new FormSettings(true,
                "x".repeat(WebFormSettings.INTRO_MAX + 1), Set.of(), read.version() + 1))))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.form.settings.intro.too-long"));
        FormSettings stored = TestData.as(admin, settings::settings);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.intro()).isEqualTo("Primera");
    }

    @Test
    void onlyAnAdminReadsOrChangesTheSettings() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Roles Form SL");
        for (Role role : new Role[] {Role.SUPPORT, Role.MANAGEMENT, Role.SALES}) {
            SignedInUser member = data.addMember(admin, TestData.uniqueEmail(role.name().toLowerCase()), "Persona",
                    Set.of(role));
            assertThatThrownBy(() -> TestData.as(member, settings::settings)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestData.as(member, () -> settings.save(new FormSettings(true, null, Set.of(), 0))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestData.as(member, settings::renewAddress))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(TestData.as(admin, settings::settings).enabled()).isFalse();
    }

    @Test
    void eachWorkspaceHasItsOwnSettingsAndAddress() {
        var data = new TestData(context);
        SignedInUser a = data.newWorkspace("Propio A");
        SignedInUser b = data.newWorkspace("Propio B");

        TestData.as(a, () -> settings.save(new FormSettings(true, "Solo A", Set.of(), 0)));

        FormSettings ofB = TestData.as(b, settings::settings);
        assertThat(ofB.enabled()).isFalse();
        assertThat(ofB.intro()).isNull();
        assertThat(TestData.as(a, settings::publicAddress)).isNotEqualTo(TestData.as(b, settings::publicAddress))
                .isEqualTo(TestData.as(a, settings::publicAddress));
        TestData.as(b, () -> settings.save(new FormSettings(false, "Solo B", Set.of(), ofB.version())));
        assertThat(TestData.as(a, settings::settings).intro()).isEqualTo("Solo A");
    }
}
