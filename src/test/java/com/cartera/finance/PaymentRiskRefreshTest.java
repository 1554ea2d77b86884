package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentRiskMarks;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The risk follows bookings in their transaction, and the daily pass follows the days going by. */
@CarteraIntegrationTest
class PaymentRiskRefreshTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    PaymentRiskMarks marks;
    @Autowired
    WorkspaceCalendar calendar;
    @Autowired
    DailyPaymentRisk dailyJob;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    private <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    private String risk(SignedInUser user, long customerId) {
        return inWorkspace(user, () -> sql.client().sql("""
                        select coalesce(payment_risk, '-') || ' ' || array_to_string(payment_risk_reasons, ',')
                        from customer where id = :id""")
                .param("id", customerId).query(String.class).single().strip());
    }

    @Test
    void aBookingJudgesItsCustomerBeforeItCommits() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Riesgo " + TestData.uniqueSlug("r"));
        Customer late = data.customer(admin, "Tardía", null, LifecycleStage.ACTIVE);
        Customer big = data.customer(admin, "Grande", null, LifecycleStage.ACTIVE);
        long invoice = inWorkspace(admin, () -> {
            LocalDate today = calendar.today();
            var book = new Receivables(sql, ledger);
            // 100 days past due, more than the 90 of a high risk.
            long id = book.invoice(late.getId(), today.minusDays(130), today.minusDays(100), "100.00");
            // 80 owed, nothing past due, against a limit of 50.
            sql.client().sql("insert into customer_credit (customer_id, credit_limit) values (:c, 50)")
                    .param("c", big.getId()).update();
            book.invoice(big.getId(), today.minusDays(1), today.plusDays(29), "80.00");
            return id;
        });
        assertThat(risk(admin, late.getId())).isEqualTo("HIGH OVERDUE_LONG");
        assertThat(risk(admin, big.getId())).isEqualTo("WATCH OVER_CREDIT_LIMIT");

        inWorkspace(admin, () -> new Receivables(sql, ledger).payment(late.getId(), invoice, calendar.today(),
                "100.00", "100.00"));
        assertThat(risk(admin, late.getId())).isEqualTo("-");
    }

    @Test
    void theDailyPassFollowsTheInvoiceAgeing() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Diario " + TestData.uniqueSlug("d"));
        Customer customer = data.customer(admin, "Olvidadiza", null, LifecycleStage.ACTIVE);
        inWorkspace(admin, () -> new Receivables(sql, ledger).invoice(customer.getId(), ISSUED, DUE, "121.00"));
        SignedInUser other = data.newWorkspace("Vecina " + TestData.uniqueSlug("d"));
        Customer neighbour = data.customer(other, "Vecina", null, LifecycleStage.ACTIVE);
        inWorkspace(other, () -> new Receivables(sql, ledger).invoice(neighbour.getId(), ISSUED, DUE, "10.00"));
        String neighbourRisk = risk(other, neighbour.getId());

        // 20 April: 19 days past due, within the 30 of a watch: the mark the booking left is cleared.
        judgeOn(admin, LocalDate.of(2026, 4, 20));
        assertThat(risk(admin, customer.getId())).isEqualTo("-");
        // 10 May: 39 days past due.
        judgeOn(admin, LocalDate.of(2026, 5, 10));
        assertThat(risk(admin, customer.getId())).isEqualTo("WATCH OVERDUE");
        // 15 July: 105 days past due.
        judgeOn(admin, LocalDate.of(2026, 7, 15));
        assertThat(risk(admin, customer.getId())).isEqualTo("HIGH OVERDUE_LONG");
        // The other workspace's customer was not judged by this workspace's pass.
        assertThat(risk(other, neighbour.getId())).isEqualTo(neighbourRisk);

        assertThat(dailyJob.judgeInEveryWorkspace()).isZero();
    }

    private void judgeOn(SignedInUser user, LocalDate day) {
        var onThatDay = new PaymentRiskRefresh(sql, marks, calendar,
                Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        inWorkspace(user, onThatDay::judgeAll);
    }
}
