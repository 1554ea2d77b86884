package com.cartera.support.sla.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketPriority;
import com.cartera.support.sla.Holiday;
import com.cartera.support.sla.SlaSettingsService;
import com.cartera.support.sla.WorkingHours;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class SlaSettingsViewTest extends KaribuTest {

    private SignedInUser admin;

    @BeforeEach
    void aWorkspace() {
        admin = data.newWorkspace("Acuerdos " + TestData.uniqueSlug("sla"));
    }

    private SlaSettingsView open() {
        login(admin);
        UI.getCurrent().navigate("settings/support/sla");
        return _get(SlaSettingsView.class);
    }

    private SlaSettingsService service() {
        return context.getBean(SlaSettingsService.class);
    }

    @Test
    void showsTheDefaultTargetsInHoursAndTheOfficeHoursOfEachDay() {
        SlaSettingsView view = open();

        assertThat(view.targets.rows.get(TicketPriority.URGENT).firstResponse().getValue()).isEqualTo(1.0);
        assertThat(view.targets.rows.get(TicketPriority.URGENT).resolution().getValue()).isEqualTo(8.0);
        assertThat(view.targets.rows.get(TicketPriority.LOW).resolution().getValue()).isEqualTo(80.0);
        assertThat(view.targets.rows.get(TicketPriority.NORMAL).warnPercent().getValue()).isEqualTo(25);
        assertThat(view.hours.days.get(DayOfWeek.MONDAY).getValue()).isEqualTo("09:00-18:00");
        assertThat(view.hours.days.get(DayOfWeek.SUNDAY).getValue()).isEmpty();
        assertThat(view.hours.days.get(DayOfWeek.MONDAY).getLabel()).isEqualTo("lunes");
    }

    @Test
    void savesASplitDayAHolidayAndNewTargets() {
        SlaSettingsView view = open();
        _setValue(view.hours.days.get(DayOfWeek.FRIDAY), "9-14, 16:00 - 19:00");
        _setValue(view.hours.days.get(DayOfWeek.SATURDAY), "10:00-13:00");
        _setValue(view.targets.rows.get(TicketPriority.HIGH).firstResponse(), 2.5);
        _setValue(view.targets.rows.get(TicketPriority.HIGH).warnPercent(), 40);
        _setValue(view.holidays.day, LocalDate.parse("2026-12-08"));
        _setValue(view.holidays.name, "Inmaculada Concepción");
        _click(view.holidays.add);
        assertThat(GridKt._size(view.holidays.grid)).isEqualTo(1);

        _click(view.save);

        var saved = as(admin, () -> service().settings());
        assertThat(saved.hours()).contains(
                new WorkingHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(14, 0)),
                new WorkingHours(DayOfWeek.FRIDAY, LocalTime.of(16, 0), LocalTime.of(19, 0)),
                new WorkingHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(13, 0)));
        assertThat(saved.holidays()).containsExactly(new Holiday(LocalDate.parse("2026-12-08"), "Inmaculada Concepción"));
        var high = saved.targets().stream().filter(t -> t.priority() == TicketPriority.HIGH).findFirst().orElseThrow();
        assertThat(high.firstResponseMinutes()).isEqualTo(150);
        assertThat(high.warnPercent()).isEqualTo(40);
        assertThat(view.hours.days.get(DayOfWeek.FRIDAY).getValue()).isEqualTo("09:00-14:00, 16:00-19:00");
    }

    @Test
    void hoursThatDoNotReadOrOverlapAreMarkedOnTheirDayAndNothingIsSaved() {
        SlaSettingsView view = open();
        _setValue(view.hours.days.get(DayOfWeek.TUESDAY), "por la mañana");
        _click(view.save);

        var tuesday = view.hours.days.get(DayOfWeek.TUESDAY);
        assertThat(tuesday.isInvalid()).isTrue();
        assertThat(tuesday.getErrorMessage()).isEqualTo(
                "Horario de martes no válido: escribe tramos como 09:00-14:00, 16:00-19:00");

        _setValue(tuesday, "09:00-14:00, 13:00-18:00");
        _click(view.save);

        assertThat(tuesday.isInvalid()).isTrue();
        assertThat(tuesday.getErrorMessage()).isEqualTo("Los tramos de este día se solapan");
        assertThat(as(admin, () -> service().settings().hours())).hasSize(5);
    }

    @Test
    void aFirstResponseLongerThanTheResolutionIsRefusedOnItsPriority() {
        SlaSettingsView view = open();
        _setValue(view.targets.rows.get(TicketPriority.LOW).firstResponse(), 100.0);
        _click(view.save);

        assertThat(view.targets.rows.get(TicketPriority.LOW).firstResponse().isInvalid()).isTrue();
        assertThat(view.targets.rows.get(TicketPriority.LOW).firstResponse().getErrorMessage())
                .isEqualTo("La primera respuesta no puede tener más plazo que la resolución");
    }

    @Test
    void onlyAdminsOpenItAndSupportStillReadsTheSettings() {
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte", Set.of(Role.SUPPORT));
        login(agent);

        assertThatThrownBy(() -> UI.getCurrent().navigate("settings/support/sla"))
                .isInstanceOfAny(NotFoundError.class, MockAccessDeniedException.class);
        assertThat(as(agent, () -> service().settings().targets())).hasSize(4);
        assertThatThrownBy(() -> as(agent, () -> service().save(service().settings())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
