package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import com.cartera.activity.AlertRules.Alert;
import com.cartera.activity.AlertRules.Contact;
import com.cartera.activity.AlertRules.Due;
import com.cartera.activity.AlertRules.Facts;
import com.cartera.activity.AlertRules.Rule;
import com.cartera.customer.AlertColour;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;
import org.junit.jupiter.api.Test;

/** The traffic light by hand: every colour, its boundaries and which colour wins. "Now" is Fri 20/11/2026 12:00 in Madrid. */
class AlertRulesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = at("2026-11-20T12:00");
    private static final Rule STRATEGIC = new Rule(1, 3);
    private static final Rule KEY = new Rule(7, 3);
    private static final Rule LOW = new Rule(null, 3);
    private static final Instant LONG_AGO = at("2026-01-01T09:00");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }

    private static Facts facts(ValueTier tier, Due open, Contact last, Instant waitingSince) {
        return new Facts(tier, LifecycleStage.ACTIVE, LONG_AGO, open, last, waitingSince);
    }

    private static Optional<Alert> evaluate(Facts facts, Rule rule) {
        return AlertRules.evaluate(facts, rule, NOW, MADRID);
    }

    private static Contact ours(String local, InteractionOutcome outcome) {
        return new Contact(at(local), InteractionDirection.OUTBOUND, outcome);
    }

    @Test
    void anOverdueFollowUpIsRedEvenAMinuteLate() {
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.CALL, at("2026-11-20T11:59")), null, null), LOW))
                .contains(new Alert(AlertColour.RED, "Seguimiento vencido: Llamada del 20/11"));
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.VISIT, at("2025-12-01T10:00")), null, null), LOW))
                .contains(new Alert(AlertColour.RED, "Seguimiento vencido: Visita del 01/12/2025"));
    }

    @Test
    void aStrategicCustomerNotContactedForMoreThanItsCadenceIsRed() {
        // Last contact on the 17th: three calendar days ago, cadence one day.
        assertThat(evaluate(facts(ValueTier.STRATEGIC, null, ours("2026-11-17T18:00", InteractionOutcome.POSITIVE),
                null), STRATEGIC))
                .contains(new Alert(AlertColour.RED, "Estratégico sin contacto desde hace 3 días (cada 1)"));
    }

    @Test
    void theCadenceBoundaryIsExactlyItsDaysAgo() {
        // Yesterday late evening is one day ago: within a cadence of one day.
        assertThat(evaluate(facts(ValueTier.STRATEGIC, null, ours("2026-11-19T23:30", InteractionOutcome.POSITIVE),
                null), STRATEGIC)).isEmpty();
        // Two days ago is past it.
        assertThat(evaluate(facts(ValueTier.STRATEGIC, null, ours("2026-11-18T23:30", InteractionOutcome.POSITIVE),
                null), STRATEGIC)).map(Alert::colour).contains(AlertColour.RED);
        // Key customers: seven days is fine, eight is not.
        assertThat(evaluate(facts(ValueTier.KEY, null, ours("2026-11-13T08:00", InteractionOutcome.NEUTRAL), null), KEY))
                .isEmpty();
        assertThat(evaluate(facts(ValueTier.KEY, null, ours("2026-11-12T08:00", InteractionOutcome.NEUTRAL), null), KEY))
                .contains(new Alert(AlertColour.RED, "Clave sin contacto desde hace 8 días (cada 7)"));
    }

    @Test
    void neverContactedCountsFromTheCustomersCreation() {
        var created = new Facts(ValueTier.KEY, LifecycleStage.ACTIVE, at("2026-11-15T10:00"), null, null, null);
        assertThat(evaluate(created, KEY)).isEmpty();
        var older = new Facts(ValueTier.KEY, LifecycleStage.ACTIVE, at("2026-11-10T10:00"), null, null, null);
        assertThat(evaluate(older, KEY)).contains(new Alert(AlertColour.RED, "Clave sin contacto desde hace 10 días (cada 7)"));
    }

    @Test
    void noCadenceForTiersWithoutOneNorForLostCustomers() {
        assertThat(evaluate(facts(ValueTier.LOW, null, null, null), LOW)).isEmpty();
        var lost = new Facts(ValueTier.STRATEGIC, LifecycleStage.LOST, LONG_AGO, null, null, null);
        assertThat(evaluate(lost, STRATEGIC)).isEmpty();
        // Without any rule (a tier with no row), nothing but follow-ups and replies count.
        assertThat(evaluate(facts(null, null, null, null), null)).isEmpty();
    }

    @Test
    void aFollowUpDueWithinTheYellowDaysIsYellowCountingCalendarDays() {
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.CALL, at("2026-11-20T12:30")), null, null), LOW))
                .contains(new Alert(AlertColour.YELLOW, "Recordatorio hoy: Llamada"));
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.MEETING, at("2026-11-21T08:00")), null, null), LOW))
                .contains(new Alert(AlertColour.YELLOW, "Recordatorio mañana: Reunión"));
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.VISIT, at("2026-11-22T09:00")), null, null), LOW))
                .contains(new Alert(AlertColour.YELLOW, "Recordatorio en 2 días: Visita"));
        // Three days ahead, late in the day: still within three days.
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.SAMPLE, at("2026-11-23T23:59")), null, null), LOW))
                .contains(new Alert(AlertColour.YELLOW, "Recordatorio en 3 días: Muestra"));
        // Four days ahead: not yet.
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.SURVEY, at("2026-11-24T00:00")), null, null), LOW))
                .isEmpty();
        // With zero yellow days only today's turn yellow.
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.CALL, at("2026-11-21T08:00")), null, null),
                new Rule(null, 0))).isEmpty();
    }

    @Test
    void ourUnansweredLastContactIsGreenSinceTheRunOfUnansweredOnesStarted() {
        assertThat(evaluate(facts(ValueTier.LOW, null, ours("2026-11-19T10:00", InteractionOutcome.NO_ANSWER),
                at("2026-11-18T09:00")), LOW))
                .contains(new Alert(AlertColour.GREEN, "Esperando respuesta desde el 18/11"));
        assertThat(evaluate(facts(ValueTier.LOW, null, ours("2026-11-19T10:00", InteractionOutcome.AWAITING_REPLY),
                null), LOW))
                .contains(new Alert(AlertColour.GREEN, "Esperando respuesta desde el 19/11"));
    }

    @Test
    void anAnswerOrAnAnsweredContactIsNotGreen() {
        var theirs = new Contact(at("2026-11-19T10:00"), InteractionDirection.INBOUND, InteractionOutcome.AWAITING_REPLY);
        assertThat(evaluate(facts(ValueTier.LOW, null, theirs, null), LOW)).isEmpty();
        assertThat(evaluate(facts(ValueTier.LOW, null, ours("2026-11-19T10:00", InteractionOutcome.POSITIVE), null), LOW))
                .isEmpty();
        assertThat(evaluate(facts(ValueTier.LOW, null, ours("2026-11-19T10:00", null), null), LOW)).isEmpty();
    }

    @Test
    void redBeatsYellowBeatsGreen() {
        Contact waiting = ours("2026-11-19T10:00", InteractionOutcome.AWAITING_REPLY);
        // Overdue wins over a cadence gone by.
        assertThat(evaluate(new Facts(ValueTier.STRATEGIC, LifecycleStage.ACTIVE, LONG_AGO,
                new Due(FollowUpKind.CALL, at("2026-11-19T09:00")), ours("2026-11-01T10:00", null), null), STRATEGIC))
                .map(Alert::reason).contains("Seguimiento vencido: Llamada del 19/11");
        // A cadence gone by wins over a reminder due and a reply awaited.
        assertThat(evaluate(facts(ValueTier.KEY, new Due(FollowUpKind.CALL, at("2026-11-21T09:00")),
                ours("2026-11-10T10:00", InteractionOutcome.AWAITING_REPLY), null), KEY))
                .map(Alert::colour).contains(AlertColour.RED);
        // A reminder due wins over a reply awaited.
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.EMAIL, at("2026-11-21T09:00")), waiting, null), LOW))
                .contains(new Alert(AlertColour.YELLOW, "Recordatorio mañana: Correo electrónico"));
        // A reminder further ahead leaves the reply awaited showing.
        assertThat(evaluate(facts(ValueTier.LOW, new Due(FollowUpKind.EMAIL, at("2026-12-21T09:00")), waiting, null), LOW))
                .map(Alert::colour).contains(AlertColour.GREEN);
    }

    @Test
    void aTicketAtRiskOfItsServiceLevelIsRedAfterAnOverdueFollowUpAndBeforeAnythingElse() {
        String reason = "Ticket #7 en riesgo de incumplir el SLA: No arranca";
        Contact waiting = ours("2026-11-19T10:00", InteractionOutcome.AWAITING_REPLY);
        assertThat(evaluate(new Facts(ValueTier.LOW, LifecycleStage.ACTIVE, LONG_AGO,
                new Due(FollowUpKind.EMAIL, at("2026-11-21T09:00")), waiting, null, reason), LOW))
                .contains(new Alert(AlertColour.RED, reason));
        assertThat(evaluate(new Facts(ValueTier.LOW, LifecycleStage.ACTIVE, LONG_AGO,
                new Due(FollowUpKind.CALL, at("2026-11-19T09:00")), null, null, reason), LOW))
                .map(Alert::reason).contains("Seguimiento vencido: Llamada del 19/11");
    }
}
