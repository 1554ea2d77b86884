package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger moves an invoice's open amount and status, and keeps the daily and per-customer sums. */
@CarteraIntegrationTest
class ReceivableLedgerTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    private <T> T inWorkspace(SignedInUser user, java.util.function.Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    private long draft(Customer customer, String total) {
        return sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                             total)
                        values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total) returning id""")
                .param("number", "F-" + TestData.uniqueSlug("n"))
                .param("customer", customer.getId())
                .param("issued", ISSUED)
                .param("due", DUE)
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
    }

    private Map<String, Object> invoice(long id) {
        return sql.client().sql("select status, open_amount, settled_on from invoice where id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void paymentsAndCreditsMoveTheOpenAmountStatusAndSums() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Libro " + TestData.uniqueSlug("l"));
        Customer customer = data.customer(admin, "Deudora", null, LifecycleStage.ACTIVE);
        long id = inWorkspace(admin, () -> draft(customer, "121.00"));
        inWorkspace(admin, () -> {
            assertThat(ledger.issue(id)).isEqualByComparingTo("121.00");
            assertThat(invoice(id)).containsEntry("status", "ISSUED");

            ledger.book(id, LedgerEntryKind.PAYMENT, DUE.plusDays(5), new BigDecimal("50.00"));
            assertThat(invoice(id)).containsEntry("status", "PARTIALLY_PAID")
                    .containsEntry("open_amount", new BigDecimal("71.00"));
            return null;
        });
        // A refusal rolls back the caller's transaction: the services check first.
        assertThatThrownBy(() -> inWorkspace(admin, () -> ledger.book(id, LedgerEntryKind.PAYMENT, DUE,
                new BigDecimal("71.01")))).isInstanceOf(IllegalArgumentException.class);
        inWorkspace(admin, () -> {
            assertThat(invoice(id)).containsEntry("open_amount", new BigDecimal("71.00"));
            ledger.book(id, LedgerEntryKind.REVERSAL, DUE.plusDays(9), new BigDecimal("50.00"));
            assertThat(invoice(id)).containsEntry("status", "ISSUED");
            ledger.book(id, LedgerEntryKind.CREDIT, DUE.plusDays(10), new BigDecimal("21.00"));
            assertThat(invoice(id)).containsEntry("status", "ISSUED");
            ledger.book(id, LedgerEntryKind.PAYMENT, DUE.plusDays(20), new BigDecimal("100.00"));
            assertThat(invoice(id)).containsEntry("status", "PAID")
                    .containsEntry("settled_on", java.sql.Date.valueOf(DUE.plusDays(20)));

            // 121 invoiced on the issue day; 50 collected, given back, 100 collected; 21 credited.
            assertThat(sql.client().sql("""
                            select sum(invoiced) as invoiced, sum(credited) as credited, sum(collected) as collected
                            from receivable_day where due_on = :due""").param("due", DUE).query().singleRow())
                    .containsEntry("invoiced", new BigDecimal("121.00"))
                    .containsEntry("credited", new BigDecimal("21.00"))
                    .containsEntry("collected", new BigDecimal("100.00"));
            assertThat(sql.client().sql("select open_amount from customer_receivable where customer_id = :c")
                    .param("c", customer.getId()).query(BigDecimal.class).single()).isEqualByComparingTo("0");
            return null;
        });
    }

    @Test
    void creditingTheWholeInvoiceCancelsIt() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Abono " + TestData.uniqueSlug("a"));
        Customer customer = data.customer(admin, "Devuelve", null, LifecycleStage.ACTIVE);
        inWorkspace(admin, () -> {
            long id = draft(customer, "80.00");
            ledger.issue(id);
            ledger.book(id, LedgerEntryKind.CREDIT, DUE, new BigDecimal("80.00"));
            assertThat(invoice(id)).containsEntry("status", "CANCELLED");
            return null;
        });
    }

    @Test
    void issuingManyAtOnceBooksEachLikeOneByOne() {
        TestData data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Lote " + TestData.uniqueSlug("b"));
        Customer customer = data.customer(admin, "Importada", null, LifecycleStage.ACTIVE);
        long first = inWorkspace(admin, () -> draft(customer, "100.00"));
        long second = inWorkspace(admin, () -> draft(customer, "21.50"));
        long free = inWorkspace(admin, () -> draft(customer, "0.00"));
        inWorkspace(admin, () -> {
            ledger.issueAll(java.util.List.of(first, second, free));
            assertThat(invoice(first)).containsEntry("status", "ISSUED")
                    .containsEntry("open_amount", new BigDecimal("100.00"));
            assertThat(invoice(free)).containsEntry("status", "PAID")
                    .containsEntry("settled_on", java.sql.Date.valueOf(ISSUED));
            assertThat(sql.client().sql("select open_amount from customer_receivable where customer_id = :c")
                    .param("c", customer.getId()).query(BigDecimal.class).single()).isEqualByComparingTo("121.50");
            return null;
        });
        assertThatThrownBy(() -> inWorkspace(admin, () -> {
            ledger.issueAll(java.util.List.of(first));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }
}
