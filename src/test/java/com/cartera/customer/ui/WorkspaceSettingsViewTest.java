package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@CarteraIntegrationTest
class WorkspaceSettingsViewTest extends KaribuTest {

    private WorkspaceSettingsService settingsService;
    private CustomerService customerService;
    private WorkspaceCalendar calendar;
    private SignedInUser admin;
    private Customer customer;

    @BeforeEach
    void aWorkspaceWithACustomerOfThreeThousand() {
        settingsService = context.getBean(WorkspaceSettingsService.class);
        customerService = context.getBean(CustomerService.class);
        calendar = context.getBean(WorkspaceCalendar.class);
        admin = data.newWorkspace("Ajustes " + TestData.uniqueSlug("aj"));
        customer = data.customer(admin, "Comercial Tajo", null, LifecycleStage.ACTIVE);
        new Purchases(context).buy(admin, customer, LocalDate.parse("2026-02-02"), "3000");
    }

    private WorkspaceSettingsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("settings");
        return _get(WorkspaceSettingsView.class);
    }

    @Test
    void showsTheSettingsAndNewThresholdsReTierTheCustomersAtOnce() {
        WorkspaceSettingsView view = open(admin);
        assertThat(view.currency.getValue()).isEqualTo("EUR");
        assertThat(view.salesEditAll.getValue()).isFalse();
        assertThat(view.strategicMin.getValue()).isEqualByComparingTo("10000");
        assertThat(view.keyMin.getValue()).isEqualByComparingTo("3000");
        assertThat(view.emergingMin.getValue()).isEqualByComparingTo("500");
        assertThat(tier()).isEqualTo(ValueTier.KEY);

        _setValue(view.strategicMin, new BigDecimal("2500"));
        _setValue(view.keyMin, new BigDecimal("1000"));
        _setValue(view.emergingMin, new BigDecimal("100"));
        _setValue(view.currency, "usd");
        NotificationsKt.clearNotifications();
        _click(view.save);

        assertThat(notifications()).containsExactly("Configuración guardada");
        WorkspaceSettings stored = stored();
        assertThat(stored.getCurrency()).isEqualTo("USD");
        assertThat(stored.getTierStrategicMin()).isEqualByComparingTo("2500");
        assertThat(tier()).isEqualTo(ValueTier.STRATEGIC);
        assertThat(view.lastChange.getText()).startsWith("Último cambio: " + admin.displayName() + ", ");
    }

    @Test
    void thresholdsThatDoNotFallAndAWrongCurrencyAreShownAndNothingIsSaved() {
        WorkspaceSettingsView view = open(admin);

        _setValue(view.strategicMin, new BigDecimal("2000"));
        _click(view.save);

        assertThat(view.tierOrder.getText())
                .isEqualTo("Los umbrales deben bajar: Estratégico por encima de Clave, y Clave por encima de Emergente.");
        assertThat(stored().getTierStrategicMin()).isEqualByComparingTo("10000");

        _setValue(view.strategicMin, new BigDecimal("20000"));
        _setValue(view.currency, "euros");
        _click(view.save);

        assertThat(view.currency.isInvalid()).isTrue();
        assertThat(view.currency.getErrorMessage()).isEqualTo("Usa el código de tres letras de la moneda, como EUR");
        assertThat(stored().getTierStrategicMin()).isEqualByComparingTo("10000");

        view.emergingMin.clear();
        _click(view.save);
        assertThat(view.emergingMin.isInvalid()).isTrue();
        assertThat(view.emergingMin.getErrorMessage()).isEqualTo("Escribe un importe de 0 o más");
    }

    @Test
    void aConcurrentChangeIsShownWithWhoAndWhatAndBothChangesSurvive() {
        SignedInUser director = data.addMember(admin, TestData.uniqueEmail("dir"), "Directora Ríos",
                Set.of(Role.MANAGEMENT));
        WorkspaceSettingsView view = open(director);

        // Meanwhile the admin changes the currency.
        as(admin, () -> {
            WorkspaceSettings theirs = settingsService.current();
            theirs.setCurrency("USD");
            return settingsService.update(theirs);
        });

        _setValue(view.salesEditAll, true);
        NotificationsKt.clearNotifications();
        _click(view.save);

        assertThat(notifications()).singleElement().asString()
                .startsWith(admin.displayName() + " ha cambiado la configuración (")
                .contains("mientras la editabas: Moneda: USD.");
        assertThat(stored().isSalesEditAll()).isFalse();
        // The form now holds their currency and this user's change.
        assertThat(view.currency.getValue()).isEqualTo("USD");
        assertThat(view.salesEditAll.getValue()).isTrue();

        NotificationsKt.clearNotifications();
        _click(view.save);

        assertThat(notifications()).containsExactly("Configuración guardada");
        assertThat(stored().getCurrency()).isEqualTo("USD");
        assertThat(stored().isSalesEditAll()).isTrue();
    }

    @Test
    void anAdminSetsTheRetentionPeriodsOthersOnlyReadThem() {
        WorkspaceSettingsView view = open(admin);
        assertThat(view.binRetention.getValue()).isEqualTo(90);
        assertThat(view.importProblemRetention.getValue()).isEqualTo(90);
        assertThat(view.binRetention.isReadOnly()).isFalse();

        _setValue(view.binRetention, 0);
        _click(view.save);
        assertThat(view.binRetention.isInvalid()).isTrue();
        assertThat(view.binRetention.getErrorMessage()).isEqualTo("Escribe un número de días entre 1 y 3650, o déjalo vacío");
        assertThat(stored().getBinRetentionDays()).isEqualTo(90);

        _setValue(view.binRetention, 30);
        view.importProblemRetention.clear();
        NotificationsKt.clearNotifications();
        _click(view.save);
        assertThat(notifications()).containsExactly("Configuración guardada");
        assertThat(stored().getBinRetentionDays()).isEqualTo(30);
        assertThat(stored().getImportProblemRetentionDays()).isNull();

        SignedInUser director = data.addMember(admin, TestData.uniqueEmail("dir"), "Director Gil", Set.of(Role.MANAGEMENT));
        WorkspaceSettingsView theirs = open(director);
        assertThat(theirs.binRetention.getValue()).isEqualTo(30);
        assertThat(theirs.binRetention.isReadOnly()).isTrue();
        assertThat(theirs.importProblemRetention.isReadOnly()).isTrue();
        assertThatThrownBy(() -> as(director, () -> {
            WorkspaceSettings edited = settingsService.current();
            edited.setBinRetentionDays(3650);
            return settingsService.update(edited);
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(stored().getBinRetentionDays()).isEqualTo(30);
    }

    @Test
    void theTimeZoneAndActivityWindowAreTheWorkspacesCalendar() {
        WorkspaceSettingsView view = open(admin);
        assertThat(view.timeZone.getValue()).isEqualTo("Europe/Madrid");
        assertThat(view.activityWindow.getValue()).isEqualTo(365);

        _setValue(view.activityWindow, 0);
        _click(view.save);
        assertThat(view.activityWindow.isInvalid()).isTrue();
        assertThat(view.activityWindow.getErrorMessage()).isEqualTo("Entre 1 y 3650 días.");
        assertThat(stored().getActivityWindowDays()).isEqualTo(365);

        _setValue(view.activityWindow, 180);
        _setValue(view.timeZone, "America/Bogota");
        _click(view.save);
        assertThat(stored().getActivityWindowDays()).isEqualTo(180);
        assertThat(stored().zone()).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(as(admin, calendar::activityWindowDays)).isEqualTo(180);
        assertThat(as(admin, calendar::today)).isEqualTo(LocalDate.now(ZoneId.of("America/Bogota")));
    }

    private WorkspaceSettings stored() {
        return as(admin, settingsService::current);
    }

    private ValueTier tier() {
        return as(admin, () -> customerService.find(customer.getId()).orElseThrow().getTier());
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
