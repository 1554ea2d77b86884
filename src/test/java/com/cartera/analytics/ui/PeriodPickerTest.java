package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The period picker keeps the period in the URL, reads it back, and falls back to the default on bad input. */
class PeriodPickerTest extends KaribuTest {

    private LocalDate today;

    @BeforeEach
    void signIn() {
        SignedInUser admin = login(data.newWorkspace("Periods " + TestData.uniqueSlug("p")));
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
    }

    @Test
    void aPresetChosenGoesIntoTheUrlAndBack() {
        UI.getCurrent().navigate("dashboard");
        PeriodPicker picker = picker();
        assertThat(picker.getValue().preset()).isEqualTo(PeriodPreset.LAST_12_MONTHS);

        picker.preset.setValue(PeriodPreset.LAST_MONTH);
        assertThat(location()).isEqualTo("dashboard?period=last-month");
        assertThat(picker().getValue()).isEqualTo(PeriodChoice.of(PeriodPreset.LAST_MONTH, today));
        assertThat(picker().from.isVisible()).isFalse();

        // A shared link opens on the same period in a new page.
        UI.getCurrent().navigate("customers");
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("period=year-to-date"));
        assertThat(picker().preset.getValue()).isEqualTo(PeriodPreset.YEAR_TO_DATE);
        assertThat(picker().getValue().period().from()).isEqualTo(today.withDayOfYear(1));
    }

    @Test
    void chosenDaysGoIntoTheUrlAndTheDaysIncludedAreNamed() {
        UI.getCurrent().navigate("dashboard");
        PeriodPicker picker = picker();
        picker.preset.setValue(PeriodPreset.CUSTOM);
        assertThat(picker.from.isVisible()).isTrue();
        picker.from.setValue(LocalDate.of(2026, 1, 1));
        picker.to.setValue(LocalDate.of(2026, 6, 30));
        assertThat(location()).isEqualTo("dashboard?from=2026-01-01&to=2026-06-30");
        assertThat(picker().days.getText()).isEqualTo("Del 1 ene 2026 – 30 jun 2026, ambos incluidos");

        UI.getCurrent().navigate("customers");
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("from=2026-01-01&to=2026-06-30"));
        assertThat(picker().preset.getValue()).isEqualTo(PeriodPreset.CUSTOM);
        assertThat(picker().to.getValue()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithAMessage() {
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("from=2026-01-01&to=2026-06-30"));
        PeriodPicker picker = picker();
        picker.to.setValue(LocalDate.of(2025, 12, 1));
        assertThat(picker.to.isInvalid()).isTrue();
        assertThat(picker.to.getErrorMessage()).contains("Hasta");
        assertThat(location()).isEqualTo("dashboard?from=2026-01-01&to=2026-06-30");
    }

    @Test
    void badParametersShowTheDefaultPeriodWithNoErrorPage() {
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("from=2026-02-30&to=nonsense"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ManagementDashboardView.class);
        assertThat(picker().getValue()).isEqualTo(PeriodChoice.of(PeriodPreset.LAST_12_MONTHS, today));

        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("period=forever"));
        assertThat(picker().getValue()).isEqualTo(PeriodChoice.of(PeriodPreset.LAST_12_MONTHS, today));
    }

    private static PeriodPicker picker() {
        return _get(PeriodPicker.class);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
