package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** How a customer pays, against figures worked out by hand. */
@CarteraIntegrationTest
class PaymentBehaviourTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PaymentBehaviour behaviour;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    WorkspaceCalendar calendar;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    private <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    @Test
    void averageDaysLateShareLateAndWhatIsOverdue() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Pagos " + TestData.uniqueSlug("p"));
        Customer customer = data.customer(admin, "Pagadora", null, LifecycleStage.ACTIVE);
        long id = customer.getId();
        inWorkspace(admin, () -> {
            LocalDate today = calendar.today();
            var book = new Receivables(sql, ledger);
            // Paid 10 days late, on the day, 5 days early; one paid 20 days late over a year ago.
            paid(book, id, today.minusDays(100), today.minusDays(90), "100.00");
            paid(book, id, today.minusDays(60), today.minusDays(60), "100.00");
            paid(book, id, today.minusDays(40), today.minusDays(45), "100.00");
            paid(book, id, today.minusDays(400), today.minusDays(380), "100.00");
            // Settled by a credit note alone: not paid, not counted.
            long credited = book.invoice(id, today.minusDays(70), today.minusDays(50), "30.00");
            book.credit(credited, today.minusDays(30), "30.00");
            // Open: 50 past due 20 days, 70 of which 20 paid past due 7 days, 80 not due.
            book.invoice(id, today.minusDays(50), today.minusDays(20), "50.00");
            long partly = book.invoice(id, today.minusDays(37), today.minusDays(7), "70.00");
            book.payment(id, partly, today.minusDays(2), "20.00", "20.00");
            book.invoice(id, today.minusDays(5), today.plusDays(25), "80.00");
            return null;
        });

        PaymentBehaviour.Profile profile = inWorkspace(admin, () -> behaviour.of(id));
        // Last twelve months: 3 paid, 1 late; days late 10, 0, 0 → 3.3 on average; share 1/3 → 0.33.
        assertThat(profile.lastYear().paid()).isEqualTo(3);
        assertThat(profile.lastYear().paidLate()).isEqualTo(1);
        assertThat(profile.lastYear().averageDaysLate()).isEqualByComparingTo("3.3");
        assertThat(profile.lastYear().lateShare()).isEqualByComparingTo("0.33");
        // All years together: 4 paid, 2 late (whichever calendar years they fall in).
        assertThat(profile.years().stream().mapToInt(PaymentBehaviour.Period::paid).sum()).isEqualTo(4);
        assertThat(profile.years().stream().mapToInt(PaymentBehaviour.Period::paidLate).sum()).isEqualTo(2);
        // Past due now: 50 + (70 − 20) = 100; the oldest 20 days.
        assertThat(profile.overdueAmount()).isEqualByComparingTo("100.00");
        assertThat(profile.oldestDaysPastDue()).isEqualTo(20);

        SignedInUser stranger = data.newWorkspace("Otra " + TestData.uniqueSlug("p"));
        PaymentBehaviour.Profile elsewhere = inWorkspace(stranger, () -> behaviour.of(id));
        assertThat(elsewhere.lastYear().paid()).isZero();
        assertThat(elsewhere.overdueAmount()).isEqualByComparingTo("0");
    }

    private static void paid(Receivables book, long customerId, LocalDate dueOn, LocalDate paidOn, String total) {
        long invoice = book.invoice(customerId, dueOn.minusDays(30), dueOn, total);
        book.payment(customerId, invoice, paidOn, total, total);
    }
}
