package com.cartera.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.activity.Interaction;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.TimelineEntry;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The interactions tab of the customer 360 page, driven as a person would, and interactions on the timeline. */
@CarteraIntegrationTest
class InteractionsSectionTest extends KaribuTest {

    /** The workspace's zone (Madrid, the default at sign-up): the agenda's days and times are read in it. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private SignedInUser admin;
    private InteractionService interactionService;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        interactionService = context.getBean(InteractionService.class);
        admin = data.newWorkspace("Sección interacciones " + TestData.uniqueSlug("i"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
    }

    private InteractionsPanel open(SignedInUser user) {
        assertThat(context.getBean(InteractionsSection.class).titleKey()).isEqualTo("interaction.tab");
        return (InteractionsPanel) openSection(user, InteractionsSection.class, customer.getId());
    }

    private List<Interaction> stored() {
        return as(admin, () -> interactionService.interactionsOf(customer.getId(), PageRequest.of(0, 10)));
    }

    @Test
    void supportLogsACallThatHappenedNowByDefault() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        InteractionsPanel panel = open(support);
        assertThat(panel.log.isVisible()).isTrue();
        _click(panel.log);
        InteractionDialog dialog = _get(InteractionDialog.class);
        assertThat(dialog.kind.getValue()).isEqualTo(InteractionKind.CALL);
        assertThat(dialog.direction.getValue()).isEqualTo(InteractionDirection.OUTBOUND);
        assertThat(dialog.occurredAt.getValue()).isCloseTo(LocalDateTime.now(ZONE),
                within(2, ChronoUnit.MINUTES));

        _setValue(dialog.direction, InteractionDirection.INBOUND);
        _setValue(dialog.outcome, InteractionOutcome.AWAITING_REPLY);
        _setValue(dialog.notes, "Pregunta por el envío");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.grid, 0))
                .contains("Llamada", "Del cliente", "Esperando respuesta", "Pregunta por el envío", "Sonia Soporte");
        assertThat(stored()).singleElement().satisfies(i -> assertThat(i.getAuthorId()).isEqualTo(support.userId()));
    }

    @Test
    void aTimeInTheFutureIsMarkedOnTheField() {
        InteractionsPanel panel = open(admin);
        InteractionDialog dialog = panel.openLogDialog();
        _setValue(dialog.occurredAt, LocalDateTime.now(ZONE).plusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.occurredAt.isInvalid()).isTrue();
        assertThat(dialog.occurredAt.getErrorMessage()).isEqualTo("La fecha y la hora no pueden ser futuras");
        assertThat(stored()).isEmpty();
    }

    @Test
    void clickingOnesOwnInteractionCorrectsItButNotSomeoneElses() {
        SignedInUser colleague = data.addMember(admin, TestData.uniqueEmail("colega"), "Colega", Set.of(Role.MANAGEMENT));
        Instant morning = Instant.parse("2025-03-10T09:30:00Z");
        as(colleague, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.VISIT,
                InteractionDirection.OUTBOUND, morning, null, "Del colega")));
        as(admin, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.NOTE,
                InteractionDirection.OUTBOUND, morning.plusSeconds(60), null, "Mía")));
        InteractionsPanel panel = open(admin);

        GridKt._clickItem(panel.grid, 1);
        assertThat(_find(InteractionDialog.class)).isEmpty();
        GridKt._clickItem(panel.grid, 0);
        InteractionDialog dialog = _get(InteractionDialog.class);
        assertThat(dialog.notes.getValue()).isEqualTo("Mía");
        _setValue(dialog.notes, "Mía, corregida");
        _click(dialog.save);
        assertThat(stored()).extracting(Interaction::getNotes).containsExactly("Mía, corregida", "Del colega");
    }

    @Test
    void financeReadsButDoesNotLog() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("finanzas"), "Fernando", Set.of(Role.FINANCE));
        InteractionsPanel panel = open(finance);
        assertThat(panel.log.isVisible()).isFalse();
    }

    @Test
    void interactionsAppearOnTheTimeline() {
        Instant morning = Instant.parse("2025-03-10T09:30:00Z");
        as(admin, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.CALL,
                InteractionDirection.OUTBOUND, morning, InteractionOutcome.NO_ANSWER, "No lo coge")));
        as(admin, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.EMAIL,
                InteractionDirection.INBOUND, morning.plusSeconds(3600), null, null)));
        login(admin);
        List<TimelineEntry> entries = context.getBean(InteractionTimeline.class).latest(customer.getId(), 10);
        assertThat(entries).extracting(e -> UI.getCurrent().getTranslation(e.titleKey(), e.titleArgs().toArray()))
                .containsExactly("Correo electrónico (iniciativa del cliente)",
                        "Llamada (iniciativa nuestra) · Sin respuesta");
        assertThat(entries.get(1).detail()).isEqualTo("No lo coge");
        assertThat(entries.get(1).at()).isEqualTo(morning);
        assertThat(entries.get(1).kind()).isEqualTo("INTERACTION");
    }
}
