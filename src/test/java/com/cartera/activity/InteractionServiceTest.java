package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Logging and correcting interactions on PostgreSQL, who may do it, and how they follow a merge. */
@CarteraIntegrationTest
class InteractionServiceTest {

    private static final Instant MORNING = Instant.parse("2025-03-10T09:30:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    InteractionService interactionService;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TestData data;
    private SignedInUser admin;
    private Customer customer;

    @BeforeEach
    void aWorkspaceWithACustomer() {
        data = new TestData(context);
        admin = data.newWorkspace("Interacciones " + TestData.uniqueSlug("i"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
    }

    private static InteractionDraft call(Instant at, String notes) {
        return new InteractionDraft(InteractionKind.CALL, InteractionDirection.OUTBOUND, at,
                InteractionOutcome.NO_ANSWER, notes);
    }

    private Interaction log(SignedInUser user, long customerId, InteractionDraft draft) {
        return TestData.as(user, () -> interactionService.log(customerId, draft));
    }

    @Test
    void interactionsAreListedNewestFirstInPagesWithTheirAuthor() {
        for (int hour = 0; hour < 5; hour++) {
            log(admin, customer.getId(), call(MORNING.plus(Duration.ofHours(hour)), "Llamada " + hour));
        }
        Customer other = data.customer(admin, "Otro", null, LifecycleStage.ACTIVE);
        log(admin, other.getId(), call(MORNING.plus(Duration.ofDays(1)), "De otro"));

        List<Interaction> first = TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(),
                PageRequest.of(0, 2)));
        List<Interaction> last = TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(),
                PageRequest.of(2, 2)));
        assertThat(first).extracting(Interaction::getNotes).containsExactly("Llamada 4", "Llamada 3");
        assertThat(last).extracting(Interaction::getNotes).containsExactly("Llamada 0");
        assertThat(first.getFirst().getAuthorId()).isEqualTo(admin.userId());
        assertThat(TestData.as(admin, () -> interactionService.countOf(customer.getId()))).isEqualTo(5);
    }

    @Test
    void aTimeInTheFutureOrMissingValuesAreRefusedByName() {
        assertThatThrownBy(() -> log(admin, customer.getId(), call(Instant.now().plus(1, ChronoUnit.HOURS), null)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(
                        invalid.getConstraintViolations()).extracting(v -> v.getMessageTemplate())
                        .containsExactly("{interaction.date.future}"));
        assertThatThrownBy(() -> log(admin, customer.getId(), new InteractionDraft(null, null, null, null, "x")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(
                        invalid.getConstraintViolations()).extracting(v -> v.getMessageTemplate())
                        .containsExactlyInAnyOrder("{interaction.kind.required}", "{interaction.direction.required}",
                                "{interaction.date.required}"));
        assertThat(TestData.as(admin, () -> interactionService.countOf(customer.getId()))).isZero();
    }

    @Test
    void supportLogsFinanceDoesNotSalesOnlyForTheirOwnCustomers() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("finanzas"), "Fernando Finanzas", Set.of(Role.FINANCE));
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        Customer salesOwn = data.customer(sales, "Cliente de Vera", null, LifecycleStage.ACTIVE);

        assertThat(log(support, customer.getId(), call(MORNING, "Incidencia")).getAuthorId()).isEqualTo(support.userId());
        assertThatThrownBy(() -> log(finance, customer.getId(), call(MORNING, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log(sales, customer.getId(), call(MORNING, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(log(sales, salesOwn.getId(), call(MORNING, "Sí")).getAuthorId()).isEqualTo(sales.userId());
        assertThat(TestData.as(finance, () -> interactionService.countOf(customer.getId()))).isEqualTo(1);
        assertThat(TestData.as(finance, () -> interactionService.canLog(customer))).isFalse();
        assertThat(TestData.as(support, () -> interactionService.canLog(customer))).isTrue();
    }

    @Test
    void eachPersonCorrectsOnlyTheirOwnInteractionsAndAStaleCopyIsAConflict() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        Interaction mine = log(support, customer.getId(), call(MORNING, "Sin respuesta"));

        Interaction corrected = TestData.as(support, () -> interactionService.update(mine.getId(), mine.getVersion(),
                new InteractionDraft(InteractionKind.EMAIL, InteractionDirection.INBOUND, MORNING,
                        InteractionOutcome.POSITIVE, "Contestó por correo")));
        assertThat(corrected.getKind()).isEqualTo(InteractionKind.EMAIL);
        assertThat(corrected.getAuthorId()).isEqualTo(support.userId());

        assertThatThrownBy(() -> TestData.as(admin, () -> interactionService.update(corrected.getId(),
                corrected.getVersion(), call(MORNING, "Del admin")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(support, () -> interactionService.update(mine.getId(), mine.getVersion(),
                call(MORNING, "Copia vieja")))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(), PageRequest.of(0, 5))))
                .extracting(Interaction::getNotes).containsExactly("Contestó por correo");
        assertThat(TestData.as(support, () -> interactionService.isOwn(corrected))).isTrue();
        assertThat(TestData.as(admin, () -> interactionService.isOwn(corrected))).isFalse();
    }

    @Test
    void aMergeMovesTheMergedCustomersInteractionsToTheSurvivor() {
        Customer duplicate = data.customer(admin, "Ana Garcia (duplicada)", null, LifecycleStage.ACTIVE);
        Customer bystander = data.customer(admin, "Otro", null, LifecycleStage.ACTIVE);
        log(admin, customer.getId(), call(MORNING, "A la superviviente"));
        log(admin, duplicate.getId(), call(MORNING.plus(Duration.ofHours(1)), "A la duplicada 1"));
        log(admin, duplicate.getId(), call(MORNING.plus(Duration.ofHours(2)), "A la duplicada 2"));
        log(admin, bystander.getId(), call(MORNING, "A otro"));

        TestData.as(admin, () -> new TransactionTemplate(transactionManager).execute(status -> {
            events.publishEvent(new CustomersMerged(admin.workspace().tenant(), duplicate.getId(), customer.getId()));
            return null;
        }));

        assertThat(TestData.as(admin, () -> interactionService.interactionsOf(customer.getId(), PageRequest.of(0, 10))))
                .extracting(Interaction::getNotes)
                .containsExactly("A la duplicada 2", "A la duplicada 1", "A la superviviente");
        assertThat(TestData.as(admin, () -> interactionService.countOf(duplicate.getId()))).isZero();
        assertThat(TestData.as(admin, () -> interactionService.countOf(bystander.getId()))).isEqualTo(1);
    }
}
