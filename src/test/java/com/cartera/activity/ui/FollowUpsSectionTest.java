package com.cartera.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.FollowUpStatus;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * The follow-ups tab of the customer 360 page, driven as a person would: schedule, complete with an outcome,
 * a stale copy.
 */
@CarteraIntegrationTest
class FollowUpsSectionTest extends KaribuTest {

    /** The workspace's zone (Madrid, the default at sign-up): the agenda's days and times are read in it. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private SignedInUser admin;
    private FollowUpService followUpService;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        followUpService = context.getBean(FollowUpService.class);
        admin = data.newWorkspace("Pestaña seguimientos " + TestData.uniqueSlug("s"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
    }

    private FollowUpsPanel open(SignedInUser user) {
        assertThat(context.getBean(FollowUpsSection.class).titleKey()).isEqualTo("follow-up.tab");
        return (FollowUpsPanel) openSection(user, FollowUpsSection.class, customer.getId());
    }

    private FollowUp only() {
        return as(admin, () -> followUpService.ofCustomer(customer.getId(), PageRequest.of(0, 5))).getFirst();
    }

    @Test
    void aVisitIsScheduledForTomorrowAndThenDoneWithItsOutcome() {
        FollowUpsPanel panel = open(admin);
        _click(panel.schedule);
        FollowUpDialog dialog = _get(FollowUpDialog.class);
        assertThat(dialog.customer.getValue().getName()).isEqualTo("Ana García");
        assertThat(dialog.customer.isReadOnly()).isTrue();
        assertThat(dialog.kind.getValue()).isEqualTo(FollowUpKind.CALL);
        assertThat(dialog.assignee.getValue().getUserId()).isEqualTo(admin.userId());
        assertThat(dialog.complete.isVisible()).isFalse();
        _setValue(dialog.kind, FollowUpKind.VISIT);
        _setValue(dialog.dueAt, LocalDate.now(ZONE).plusDays(1).atTime(9, 30));
        _setValue(dialog.duration, 45);
        _setValue(dialog.notes, "Llevar catálogo");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.grid, 0)).contains("Visita", "Pendiente", admin.displayName(),
                "Llevar catálogo");
        assertThat(only().getDurationMinutes()).isEqualTo(45);

        GridKt._clickItem(panel.grid, 0);
        FollowUpDialog shown = _get(FollowUpDialog.class);
        assertThat(shown.complete.isVisible()).isTrue();
        _click(shown.complete);
        CompleteFollowUpDialog completing = _get(CompleteFollowUpDialog.class);
        _click(completing.done);
        assertThat(completing.outcome.isInvalid()).isTrue();
        assertThat(completing.outcome.getErrorMessage()).isEqualTo("Indica cómo ha ido");
        _setValue(completing.outcome, InteractionOutcome.AWAITING_REPLY);
        _setValue(completing.notes, "Le dejo el catálogo; contestará");
        _click(completing.done);

        assertThat(_find(CompleteFollowUpDialog.class)).isEmpty();
        assertThat(_find(FollowUpDialog.class)).isEmpty();
        assertThat(GridKt._getFormattedRow(panel.grid, 0)).contains("Hecho · Esperando respuesta");
        assertThat(only().getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(as(admin, () -> context.getBean(InteractionService.class).interactionsOf(customer.getId(),
                PageRequest.of(0, 5)))).singleElement()
                .satisfies(i -> assertThat(i.getNotes()).isEqualTo("Le dejo el catálogo; contestará"));
    }

    @Test
    void aDueTimeInThePastIsMarkedOnTheField() {
        FollowUpDialog dialog = open(admin).openScheduleDialog();
        _setValue(dialog.dueAt, LocalDateTime.now(ZONE).minusDays(2));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.dueAt.isInvalid()).isTrue();
        assertThat(dialog.dueAt.getErrorMessage()).isEqualTo("La fecha y la hora ya han pasado");
    }

    @Test
    void completingAStaleCopyShowsAConflictAndLosesNothing() {
        as(admin, () -> followUpService.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.CALL,
                LocalDate.now(ZONE).plusDays(2).atTime(10, 0).atZone(ZONE).toInstant(),
                30, null, "Primera versión")));
        FollowUpsPanel panel = open(admin);
        FollowUpDialog dialog = panel.openDialog(only());
        // Meanwhile someone else moves it.
        FollowUp current = only();
        as(admin, () -> followUpService.update(current.getId(), current.getVersion(), new FollowUpDraft(
                customer.getId(), null, FollowUpKind.CALL, current.getDueAt().plusSeconds(3600), 30, null,
                "Cambiada por otra persona")));
        CompleteFollowUpDialog completing = dialog.openCompleteDialog();
        _setValue(completing.outcome, InteractionOutcome.POSITIVE);
        _click(completing.done);

        assertThat(only().getStatus()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(only().getNotes()).isEqualTo("Cambiada por otra persona");
        assertThat(completing.isOpened()).isFalse();
    }

    @Test
    void financeReadsButDoesNotSchedule() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("finanzas"), "Fernando", Set.of(Role.FINANCE));
        as(admin, () -> followUpService.schedule(new FollowUpDraft(customer.getId(), null, FollowUpKind.EMAIL,
                LocalDate.now(ZONE).plusDays(5).atTime(10, 0).atZone(ZONE).toInstant(),
                30, null, null)));
        FollowUpsPanel panel = open(finance);
        assertThat(panel.schedule.isVisible()).isFalse();
        FollowUpDialog dialog = panel.openDialog(only());
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.complete.isVisible()).isFalse();
        assertThat(dialog.notes.isReadOnly()).isTrue();
    }
}
