package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receivables figures over {@link ReceivablesSample}, every expectation worked out by hand from its ledger, in
 * a workspace next to another one with its own debts that must never count.
 */
@CarteraIntegrationTest
class ReceivablesFiguresTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReceivablesFigures figures;

    private SignedInUser admin;
    private SignedInUser other;
    private ReceivablesSample book;

    @BeforeEach
    void writeTwoWorkspaces() {
        TestData data = new TestData(context);
        other = data.newWorkspace("Vecina " + TestData.uniqueSlug("v"));
        // The neighbour owes 999 since 10 March: none of it may show in the sample's figures.
        new ReceivablesSampleNeighbour(context, other).owes("999.00", LocalDate.of(2026, 3, 10));
        admin = data.newWorkspace("Cobros " + TestData.uniqueSlug("c"));
        book = new ReceivablesSample(context, admin);
    }

    @Test
    void ageingAsOfAPastDate() {
        // 31 March: I4 300 due 02-09 is 50 days late; I1 600 due 04-01 and I2 500 due that very day are not due.
        Ageing march = TestData.as(admin, () -> figures.ageing(LocalDate.of(2026, 3, 31)));
        assertThat(march.get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("1100.00");
        assertThat(march.get(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("300.00");
        assertThat(march.total()).isEqualByComparingTo("1400.00");
        assertThat(march.overdue()).isEqualByComparingTo("300.00");

        // 30 April: I4 80 days late (19 + 31 + 30); I2 400 after the credit note, 30 days late; I3 2000 not due
        // (its payment reversed); I1 paid; I5 not issued yet.
        Ageing april = TestData.as(admin, () -> figures.ageing(LocalDate.of(2026, 4, 30)));
        assertThat(april.get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("2000.00");
        assertThat(april.get(AgeingBucket.DAYS_1_30)).isEqualByComparingTo("400.00");
        assertThat(april.get(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("0");
        assertThat(april.get(AgeingBucket.DAYS_61_90)).isEqualByComparingTo("300.00");
        assertThat(april.get(AgeingBucket.OVER_90)).isEqualByComparingTo("0");
        assertThat(april.total()).isEqualByComparingTo("2700.00");
    }

    @Test
    void ageingAsOfToday() {
        // Today (December 2026 or later) I4, I2 and I3 are all over 90 days late; I5 was issued today.
        Ageing now = TestData.as(admin, () -> figures.ageing(book.today));
        assertThat(now.get(AgeingBucket.NOT_DUE)).isEqualByComparingTo("100.00");
        assertThat(now.get(AgeingBucket.OVER_90)).isEqualByComparingTo("2700.00");
        assertThat(now.total()).isEqualByComparingTo("2800.00");
        // The ageing before anything was booked is empty.
        assertThat(TestData.as(admin, () -> figures.ageing(LocalDate.of(2025, 12, 31))).total())
                .isEqualByComparingTo("0");
    }

    @Test
    void dsoNetsCreditNotesFromSalesButNotUnallocatedCreditFromReceivables() {
        // April: receivables at 30 April 2700 (Carla's 250 unallocated not netted) ÷ credit sales 2000 − 100
        // × 30 days = 81000 / 1900 = 42.63 → 42.6.
        assertThat(TestData.as(admin, () -> figures.dso(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))))
                .hasValueSatisfying(dso -> assertThat(dso).isEqualByComparingTo("42.6"));
        // March: 1400 ÷ (1000 + 500) × 31 = 43400 / 1500 = 28.93 → 28.9.
        assertThat(TestData.as(admin, () -> figures.dso(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))))
                .hasValueSatisfying(dso -> assertThat(dso).isEqualByComparingTo("28.9"));
        // March and April together: 2700 ÷ (1500 + 1900) × 61 = 164700 / 3400 = 48.44 → 48.4.
        assertThat(TestData.as(admin, () -> figures.dso(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30))))
                .hasValueSatisfying(dso -> assertThat(dso).isEqualByComparingTo("48.4"));
        // February sold nothing on credit: no DSO.
        assertThat(TestData.as(admin, () -> figures.dso(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))))
                .isEmpty();
    }

    @Test
    void dsoTrendMonthByMonth() {
        var trend = TestData.as(admin, () -> figures.dsoTrend(YearMonth.of(2026, 1), YearMonth.of(2026, 4)));
        assertThat(trend).extracting(DsoMonth::month).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        // January: 300 ÷ 300 × 31 = 31.0; February: 300 open, nothing sold; then as dso() above.
        assertThat(trend).extracting(DsoMonth::receivables).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300"), new BigDecimal("300"), new BigDecimal("1400"),
                        new BigDecimal("2700"));
        assertThat(trend).extracting(DsoMonth::creditSales).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300"), BigDecimal.ZERO, new BigDecimal("1500"),
                        new BigDecimal("1900"));
        assertThat(trend.get(0).dso()).isEqualByComparingTo("31.0");
        assertThat(trend.get(1).dso()).isNull();
        assertThat(trend.get(2).dso()).isEqualByComparingTo("28.9");
        assertThat(trend.get(3).dso()).isEqualByComparingTo("42.6");
        // None after the running month.
        assertThat(TestData.as(admin, () -> figures.dsoTrend(YearMonth.from(book.today),
                YearMonth.from(book.today).plusMonths(3)))).singleElement()
                .satisfies(month -> assertThat(month.days()).isEqualTo(book.today.getDayOfMonth()));
    }

    @Test
    void cashCollectedLeavesReversedPaymentsOut() {
        // April: Ana 600 + Carla 250 (unallocated, still cash); Bruno's 500 was reversed.
        assertThat(TestData.as(admin, () -> figures.cashCollected(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)))).isEqualByComparingTo("850.00");
        assertThat(TestData.as(admin, () -> figures.cashCollected(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30)))).isEqualByComparingTo("1250.00");
        assertThat(TestData.as(admin, () -> figures.unallocatedCredit())).isEqualByComparingTo("250.00");
    }

    @Test
    void reversingAPaymentLaterTakesItOutOfTheCashCollected() {
        TestData.as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> context
                .getBean(TenantSql.class).client().sql("""
                        update payment set reversed_on = date '2026-05-02', reversed_at = now()
                        where customer_id = :ana and received_on = date '2026-04-10'""")
                .param("ana", book.ana.getId()).update()));
        // April: 850 − Ana's 600 = 250 (Carla's unallocated payment).
        assertThat(TestData.as(admin, () -> figures.cashCollected(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)))).isEqualByComparingTo("250.00");
    }

    @Test
    void topDebtorsWithTheirOverduePart() {
        // Now: Bruno 2000 + 100, Ana 400, Carla 300. As of 30 April only Ana's I2 (due 03-31) is overdue of
        // the first two.
        var top = TestData.as(admin, () -> figures.topDebtors(2, LocalDate.of(2026, 4, 30)));
        assertThat(top).extracting(Debtor::name).containsExactly("Bruno Moroso", "Ana Deudora");
        assertThat(top.get(0).open()).isEqualByComparingTo("2100.00");
        assertThat(top.get(0).overdue()).isEqualByComparingTo("0");
        assertThat(top.get(0).creditLimit()).isEqualByComparingTo("1000");
        assertThat(top.get(1).open()).isEqualByComparingTo("400.00");
        assertThat(top.get(1).overdue()).isEqualByComparingTo("400.00");
        assertThat(top.get(1).creditLimit()).isEqualByComparingTo("200");
    }

    @Test
    void overCreditLimitUsesTheirOwnLimitElseTheDefault() {
        // Bruno 2100 over the default 1000 by 1100; Ana 400 over her own 200 by 200; Carla 300 under her 5000.
        // Overdue today: Bruno's I3 2000 (I5 not due yet), Ana's I2 400.
        var over = TestData.as(admin, () -> figures.overCreditLimit(10));
        assertThat(over).extracting(Debtor::customerId).containsExactly(book.bruno.getId(), book.ana.getId());
        assertThat(over).allMatch(Debtor::overLimit);
        assertThat(over.get(0).overdue()).isEqualByComparingTo("2000.00");
        assertThat(over.get(1).overdue()).isEqualByComparingTo("400.00");

        // Without a workspace default only Ana's own limit of 200 is passed.
        TestData.as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> context
                .getBean(TenantSql.class).client().sql("update finance_settings set default_credit_limit = null")
                .update()));
        assertThat(TestData.as(admin, () -> figures.overCreditLimit(10))).extracting(Debtor::customerId)
                .containsExactly(book.ana.getId());
        // And the limit of one: the largest debt over its limit.
        TestData.as(admin, () -> context.getBean(TransactionTemplate.class).execute(status -> context
                .getBean(TenantSql.class).client().sql("update finance_settings set default_credit_limit = 1000")
                .update()));
        assertThat(TestData.as(admin, () -> figures.overCreditLimit(1))).extracting(Debtor::customerId)
                .containsExactly(book.bruno.getId());
    }

    @Test
    void theNeighbourSeesOnlyItsOwnLedger() {
        SignedInUser neighbour = other;
        assertThat(TestData.as(neighbour, () -> figures.ageing(LocalDate.of(2026, 4, 30))).total())
                .isEqualByComparingTo("999.00");
        assertThat(TestData.as(neighbour, () -> figures.topDebtors(10, LocalDate.of(2026, 4, 30))))
                .extracting(Debtor::open).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("999.00"));
        assertThat(TestData.as(neighbour, () -> figures.cashCollected(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).isEqualByComparingTo("0");
        assertThat(TestData.as(neighbour, () -> figures.overCreditLimit(10))).isEmpty();
    }

    @Test
    void salesPeopleMayNotReadTheWorkspaceFigures() {
        SignedInUser seller = new TestData(context).addMember(admin, TestData.uniqueEmail("ventas"), "Vendedor",
                Set.of(Role.SALES));
        assertThatThrownBy(() -> TestData.as(seller, () -> figures.ageing(LocalDate.of(2026, 4, 30))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A workspace with one open invoice and no credit limits. */
    private record ReceivablesSampleNeighbour(ApplicationContext context, SignedInUser admin) {
        void owes(String total, LocalDate issued) {
            Customer customer = new TestData(context).customer(admin, "Vecino", null, LifecycleStage.ACTIVE);
            var sql = context.getBean(TenantSql.class);
            var ledger = context.getBean(ReceivableLedger.class);
            TestData.as(admin, () -> context.getBean(TransactionTemplate.class)
                    .execute(status -> {
                        long id = sql.client().sql("""
                                        insert into invoice (number, customer_id, status, issued_on, due_on, currency,
                                                             subtotal, total)
                                        values ('V-1', :customer, 'DRAFT', :issued, :issued, 'EUR', :total, :total)
                                        returning id""")
                                .param("customer", customer.getId())
                                .param("issued", issued)
                                .param("total", new BigDecimal(total))
                                .query(Long.class).single();
                        return ledger.issue(id);
                    }));
        }
    }
}
