package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.AlertColour;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-ups on PostgreSQL: completing one logs the interaction; alerts follow every change in the same
 * transaction and the hourly job recomputes every workspace on its own; birthday and welcome suggestions
 * come once per customer and year.
 */
@CarteraIntegrationTest
class FollowUpServiceTest {

    /** The workspace's zone: days, birthdays and alerts are read in it (Madrid unless chosen otherwise at sign-up). */
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    @Autowired
    ApplicationContext context;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    InteractionService interactionService;
    @Autowired
    FollowUpSuggestionService suggestionService;
    @Autowired
    CustomerService customerService;
    @Autowired
    FollowUpJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    private TestData data;
    private SignedInUser admin;
    private Customer customer;

    @BeforeEach
    void aWorkspaceWithACustomer() {
        data = new TestData(context);
        admin = data.newWorkspace("Seguimientos " + TestData.uniqueSlug("f"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
    }

    private static Instant tomorrowAt(int hour) {
        return LocalDate.now(ZONE).plusDays(1).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private FollowUp schedule(SignedInUser user, Customer with, FollowUpKind kind, Instant due) {
        return TestData.as(user, () -> followUpService.schedule(new FollowUpDraft(with.getId(), null, kind, due, 30,
                null, "Preguntar por el pedido")));
    }

    private Customer reload(SignedInUser user, Customer stale) {
        return TestData.as(user, () -> customerService.find(stale.getId()).orElseThrow());
    }

    /** Moves a workspace's open follow-ups into the past, as time passing would. */
    private void letTimePass(SignedInUser workspaceAdmin) {
        jdbc.update("update " + workspaceAdmin.workspace().tenant().schema()
                + ".follow_up set due_at = due_at - interval '3 days' where status = 'OPEN'");
    }

    @Test
    void completingAFollowUpLogsTheInteractionAndTheAlertFollowsEachStep() {
        FollowUp call = schedule(admin, customer, FollowUpKind.CALL, tomorrowAt(10));
        assertThat(reload(admin, customer)).satisfies(c -> {
            assertThat(c.getAlertColour()).isEqualTo(AlertColour.YELLOW);
            assertThat(c.getAlertReason()).isEqualTo("Recordatorio mañana: Llamada");
        });

        Instant occurred = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        FollowUp done = TestData.as(admin, () -> followUpService.complete(call.getId(), call.getVersion(),
                new FollowUpCompletion(InteractionOutcome.AWAITING_REPLY, occurred, "  ")));

        assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.getOutcome()).isEqualTo(InteractionOutcome.AWAITING_REPLY);
        List<Interaction> logged = TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(),
                PageRequest.of(0, 5)));
        assertThat(logged).singleElement().satisfies(i -> {
            assertThat(i.getId()).isEqualTo(done.getInteractionId());
            assertThat(i.getKind()).isEqualTo(InteractionKind.CALL);
            assertThat(i.getDirection()).isEqualTo(InteractionDirection.OUTBOUND);
            assertThat(i.getOutcome()).isEqualTo(InteractionOutcome.AWAITING_REPLY);
            assertThat(i.getOccurredAt()).isEqualTo(occurred);
            // Without notes of its own the interaction keeps the follow-up's.
            assertThat(i.getNotes()).isEqualTo("Preguntar por el pedido");
            assertThat(i.getAuthorId()).isEqualTo(admin.userId());
        });
        String day = LocalDate.ofInstant(occurred, ZONE).format(DateTimeFormatter.ofPattern("dd/MM"));
        assertThat(reload(admin, customer)).satisfies(c -> {
            assertThat(c.getAlertColour()).isEqualTo(AlertColour.GREEN);
            assertThat(c.getAlertReason()).isEqualTo("Esperando respuesta desde el " + day);
        });
        // The alert is computed, not edited: the customer's version stays.
        assertThat(reload(admin, customer).getVersion()).isEqualTo(customer.getVersion());

        TestData.as(admin, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.EMAIL,
                InteractionDirection.INBOUND, Instant.now().minusSeconds(5), null, "Responde")));
        assertThat(reload(admin, customer).getAlertColour()).isNull();
        assertThat(reload(admin, customer).getAlertReason()).isNull();
    }

    @Test
    void samplesAndSurveysAreLoggedAsNotesAndCancellingClearsTheReminder() {
        FollowUp sample = schedule(admin, customer, FollowUpKind.SAMPLE, tomorrowAt(9));
        TestData.as(admin, () -> followUpService.complete(sample.getId(), sample.getVersion(),
                new FollowUpCompletion(InteractionOutcome.POSITIVE, null, "Le gustó")));
        assertThat(TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(), PageRequest.of(0, 1))))
                .singleElement().satisfies(i -> assertThat(i.getKind()).isEqualTo(InteractionKind.NOTE));

        FollowUp survey = schedule(admin, customer, FollowUpKind.SURVEY, tomorrowAt(12));
        assertThat(reload(admin, customer).getAlertReason()).isEqualTo("Recordatorio mañana: Encuesta");
        TestData.as(admin, () -> followUpService.cancel(survey.getId(), survey.getVersion()));
        assertThat(reload(admin, customer).getAlertColour()).isNull();
    }

    @Test
    void aStaleCopyIsAConflictAndAClosedFollowUpCannotChange() {
        FollowUp call = schedule(admin, customer, FollowUpKind.CALL, tomorrowAt(10));
        TestData.as(admin, () -> followUpService.update(call.getId(), call.getVersion(), new FollowUpDraft(
                customer.getId(), null, FollowUpKind.VISIT, tomorrowAt(11), 60, null, "Mejor en persona")));
        assertThatThrownBy(() -> TestData.as(admin, () -> followUpService.complete(call.getId(), call.getVersion(),
                new FollowUpCompletion(InteractionOutcome.POSITIVE, null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        FollowUp current = TestData.as(admin, () -> followUpService.find(call.getId()).orElseThrow());
        TestData.as(admin, () -> followUpService.cancel(current.getId(), current.getVersion()));
        FollowUp cancelled = TestData.as(admin, () -> followUpService.find(call.getId()).orElseThrow());
        assertThatThrownBy(() -> TestData.as(admin, () -> followUpService.cancel(cancelled.getId(),
                cancelled.getVersion()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(admin, () -> interactionService.countOf(customer.getId()))).isZero();
    }

    @Test
    void badInputIsRefusedByField() {
        assertThatThrownBy(() -> TestData.as(admin, () -> followUpService.schedule(new FollowUpDraft(null, null,
                FollowUpKind.CALL, tomorrowAt(10), 30, null, null))))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("customer"));
        assertThatThrownBy(() -> schedule(admin, customer, FollowUpKind.CALL, Instant.now().minus(1, ChronoUnit.DAYS)))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("dueAt"));
        FollowUp call = schedule(admin, customer, FollowUpKind.CALL, tomorrowAt(10));
        assertThatThrownBy(() -> TestData.as(admin, () -> followUpService.complete(call.getId(), call.getVersion(),
                new FollowUpCompletion(null, null, null))))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void salesScheduleForThemselvesOnTheirCustomersAndOnlyTheAssigneeOrAManagerChangesOne() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        SignedInUser colleague = data.addMember(admin, TestData.uniqueEmail("ventas2"), "Víctor Ventas", Set.of(Role.SALES));
        Customer own = data.customer(sales, "Cliente de Vera", null, LifecycleStage.ACTIVE);

        assertThatThrownBy(() -> schedule(sales, customer, FollowUpKind.CALL, tomorrowAt(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> followUpService.schedule(new FollowUpDraft(own.getId(), null,
                FollowUpKind.CALL, tomorrowAt(10), 30, colleague.userId(), null))))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("assignee"));
        FollowUp mine = schedule(sales, own, FollowUpKind.CALL, tomorrowAt(10));
        assertThat(mine.getAssignee().getUserId()).isEqualTo(sales.userId());

        assertThatThrownBy(() -> TestData.as(colleague, () -> followUpService.cancel(mine.getId(), mine.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        // A manager hands it to the colleague, who may then complete it.
        FollowUp handed = TestData.as(admin, () -> followUpService.update(mine.getId(), mine.getVersion(),
                new FollowUpDraft(own.getId(), null, FollowUpKind.CALL, mine.getDueAt(), 30, colleague.userId(), null)));
        FollowUp done = TestData.as(colleague, () -> followUpService.complete(handed.getId(), handed.getVersion(),
                new FollowUpCompletion(InteractionOutcome.POSITIVE, null, null)));
        assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
    }

    @Test
    void theHourlyJobTurnsDueFollowUpsRedInEveryWorkspaceOnItsOwnAndABrokenOneDoesNotStopTheOthers() {
        SignedInUser other = data.newWorkspace("Otro " + TestData.uniqueSlug("o"));
        SignedInUser broken = data.newWorkspace("Roto " + TestData.uniqueSlug("b"));
        // Same ids in every schema: a query that strayed across workspaces would mix them up.
        Customer quiet = data.customer(other, "Sin seguimientos", null, LifecycleStage.ACTIVE);
        Customer due = data.customer(other, "Con visita", null, LifecycleStage.ACTIVE);
        schedule(admin, customer, FollowUpKind.CALL, tomorrowAt(10));
        schedule(other, due, FollowUpKind.VISIT, tomorrowAt(16));
        letTimePass(admin);
        letTimePass(other);
        String brokenSchema = broken.workspace().tenant().schema();
        jdbc.execute("alter table " + brokenSchema + ".alert_rule rename to alert_rule_broken");
        int failed;
        try {
            SecurityContextHolder.clearContext();
            failed = jobs.recomputeAllWorkspaces();
        } finally {
            jdbc.execute("alter table " + brokenSchema + ".alert_rule_broken rename to alert_rule");
        }

        assertThat(failed).isGreaterThanOrEqualTo(1);
        String twoDaysAgo = LocalDate.now(ZONE).minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM"));
        assertThat(reload(admin, customer).getAlertReason()).isEqualTo("Seguimiento vencido: Llamada del " + twoDaysAgo);
        assertThat(reload(admin, customer).getAlertColour()).isEqualTo(AlertColour.RED);
        assertThat(reload(other, due).getAlertReason()).isEqualTo("Seguimiento vencido: Visita del " + twoDaysAgo);
        assertThat(reload(other, quiet).getAlertColour()).isNull();
    }

    @Test
    void aStrategicCustomerPastItsCadenceTurnsRedUnderTheWorkspacesRules() {
        String schema = admin.workspace().tenant().schema();
        jdbc.update("update " + schema + ".customer set tier_override = 'STRATEGIC' where id = ?", customer.getId());
        jdbc.update("update " + schema + ".customer set created_at = now() - interval '10 days' where id = ?",
                customer.getId());
        TestData.as(admin, () -> interactionService.log(customer.getId(), new InteractionDraft(InteractionKind.VISIT,
                InteractionDirection.OUTBOUND, LocalDateTime.now(ZONE).minusDays(3).atZone(ZONE).toInstant(),
                InteractionOutcome.POSITIVE, null)));
        assertThat(reload(admin, customer).getAlertReason())
                .isEqualTo("Estratégico sin contacto desde hace 3 días (cada 1)");

        var rules = context.getBean(AlertRuleService.class);
        List<AlertRuleChange> relaxed = TestData.as(admin, () -> rules.rules()).stream()
                .map(rule -> new AlertRuleChange(rule.getTier(), rule.getVersion(),
                        rule.getTier() == ValueTier.STRATEGIC ? Integer.valueOf(5) : rule.getCadenceDays(),
                        rule.getYellowDays()))
                .toList();
        assertThat(TestData.as(admin, () -> rules.save(relaxed))).isGreaterThanOrEqualTo(1);
        assertThat(reload(admin, customer).getAlertColour()).isNull();
        // The same copy again is stale.
        assertThatThrownBy(() -> TestData.as(admin, () -> rules.save(relaxed)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(admin, () -> rules.save(List.of(new AlertRuleChange(
                ValueTier.KEY, 1, 0, 3)))))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("cadence.KEY"));
    }

    @Test
    void birthdaysAndConversionsAreSuggestedOncePerCustomerAndYear() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        LocalDate inThreeDays = LocalDate.now(ZONE).plusDays(3);
        Customer soon = birthday(sales, "Cumple pronto", inThreeDays.withYear(1980));
        birthday(sales, "Cumple más tarde", LocalDate.now(ZONE).plusDays(10).withYear(1980));
        Customer lead = data.customer(sales, "Antes potencial", null, LifecycleStage.LEAD);
        Customer converted = TestData.as(sales, () -> {
            Customer found = customerService.find(lead.getId()).orElseThrow();
            found.setLifecycleStage(LifecycleStage.ACTIVE);
            return customerService.save(found);
        });

        assertThat(TestData.as(sales, () -> suggestionService.refresh())).isEqualTo(2);
        assertThat(TestData.as(sales, () -> suggestionService.refresh())).isZero();
        List<FollowUpSuggestion> pending = TestData.as(sales, () -> suggestionService.pending(sales.userId(),
                PageRequest.of(0, 10)));
        assertThat(pending).extracting(s -> s.getCustomer().getId(), FollowUpSuggestion::getReason)
                .containsExactly(tuple(converted.getId(), SuggestionReason.WELCOME),
                        tuple(soon.getId(), SuggestionReason.BIRTHDAY));
        FollowUpSuggestion birthday = pending.get(1);
        assertThat(birthday.getOccasion()).isEqualTo(inThreeDays);

        FollowUp call = TestData.as(sales, () -> suggestionService.accept(birthday.getId(), "Felicitar a Cumple pronto"));
        assertThat(call.getAssignee().getUserId()).isEqualTo(sales.userId());
        assertThat(call.getDueAt()).isEqualTo(inThreeDays.atTime(10, 0).atZone(ZONE).toInstant());
        assertThat(call.getNotes()).isEqualTo("Felicitar a Cumple pronto");
        TestData.as(sales, () -> {
            suggestionService.dismiss(pending.get(0).getId());
            return null;
        });
        assertThatThrownBy(() -> TestData.as(sales, () -> suggestionService.accept(birthday.getId(), "otra vez")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // Decided ones do not come back.
        assertThat(TestData.as(sales, () -> suggestionService.refresh())).isZero();
        assertThat(TestData.as(sales, () -> suggestionService.pending(null, PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void aMergeGivesTheSurvivorTheFollowUpsAndItsAlert() {
        Customer duplicate = data.customer(admin, "Ana Garcia (duplicada)", null, LifecycleStage.ACTIVE);
        FollowUp call = schedule(admin, duplicate, FollowUpKind.CALL, tomorrowAt(10));
        TestData.as(admin, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> {
                    context.publishEvent(new CustomersMerged(admin.workspace().tenant(), duplicate.getId(),
                            customer.getId()));
                    return null;
                }));
        assertThat(TestData.as(admin, () -> followUpService.find(call.getId()).orElseThrow().getCustomer().getId()))
                .isEqualTo(customer.getId());
        assertThat(reload(admin, customer).getAlertReason()).isEqualTo("Recordatorio mañana: Llamada");
    }

    @Test
    void aSuggestedCallWhoseTimeHasPassedIsDueWithinTheHour() {
        Instant now = LocalDate.of(2026, 3, 12).atTime(11, 20).atZone(ZONE).toInstant();
        assertThat(FollowUpSuggestionService.dueFor(LocalDate.of(2026, 3, 12), now, ZONE))
                .isEqualTo(LocalDate.of(2026, 3, 12).atTime(12, 0).atZone(ZONE).toInstant());
        assertThat(FollowUpSuggestionService.dueFor(LocalDate.of(2026, 3, 13), now, ZONE))
                .isEqualTo(LocalDate.of(2026, 3, 13).atTime(10, 0).atZone(ZONE).toInstant());
    }

    private Customer birthday(SignedInUser owner, String name, LocalDate born) {
        Customer created = data.customer(owner, name, null, LifecycleStage.ACTIVE);
        return TestData.as(owner, () -> {
            Customer found = customerService.find(created.getId()).orElseThrow();
            found.setBirthday(born);
            return customerService.save(found);
        });
    }
}
