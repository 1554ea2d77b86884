package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.finance.Statement.LineKind;
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
 * A statement over March 2026 of a customer with an invoice from February, an invoice, a partial payment, a
 * credit note, a payment reversed in the month and a payment kept as credit; a payment of April stays out.
 * The documents are written with SQL and the ledger as the services would, so the statement is checked alone.
 *
 * <p>Worked by hand: A (100.00, issued 10 Feb, due 12 Mar) is the opening balance, 100.00. Then
 * 2 Mar invoice B 121.00 → 221.00; 5 Mar TR-1 60.00 paid on A → 161.00; 10 Mar credit note R-1 21.00 on B → 140.00;
 * 15 Mar TR-2 150.00 (40.00 on A, 100.00 on B, 10.00 kept) → −10.00; 20 Mar TR-2 reversed → 140.00; 25 Mar TR-3
 * 30.00 kept whole → 110.00. Debits 121 + 150 = 271.00, credits 60 + 21 + 150 + 30 = 261.00. On 31 Mar A owes
 * 100 − 60 = 40.00 (19 days past 12 Mar), B owes 121 − 21 = 100.00 (due 1 Apr), the credit is TR-3's 30.00:
 * 140 − 30 = 110.00, the closing balance.
 */
@CarteraIntegrationTest
class StatementsTest {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    ApplicationContext context;
    @Autowired
    Statements statements;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    TestData data;
    SignedInUser admin;
    Customer customer;
    long invoiceA;
    long invoiceB;

    <T> T inWorkspace(SignedInUser user, Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    @BeforeEach
    void march() {
        data = new TestData(context);
        admin = data.newWorkspace("Extracto " + TestData.uniqueSlug("e"));
        customer = data.customer(admin, "Cliente Extracto", "extracto@example.test", LifecycleStage.ACTIVE);
        inWorkspace(admin, () -> {
            invoiceA = issue("F-A", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 12), "100.00");
            invoiceB = issue("F-B", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), "121.00");
            long tr1 = payment("TR-1", LocalDate.of(2026, 3, 5), "60.00", "0.00");
            allocate(tr1, invoiceA, LocalDate.of(2026, 3, 5), "60.00");
            creditNote("R-1", invoiceB, LocalDate.of(2026, 3, 10), "21.00");
            long tr2 = payment("TR-2", LocalDate.of(2026, 3, 15), "150.00", "10.00");
            allocate(tr2, invoiceA, LocalDate.of(2026, 3, 15), "40.00");
            allocate(tr2, invoiceB, LocalDate.of(2026, 3, 15), "100.00");
            reverse(tr2, LocalDate.of(2026, 3, 20));
            payment("TR-3", LocalDate.of(2026, 3, 25), "30.00", "30.00");
            long tr4 = payment("TR-4", LocalDate.of(2026, 4, 5), "50.00", "10.00");
            allocate(tr4, invoiceA, LocalDate.of(2026, 4, 5), "40.00");
            return null;
        });
    }

    @Test
    void openingRunningAndClosingBalancesOfTheMonth() {
        Statement statement = inWorkspace(admin, () -> statements.of(customer.getId(), MARCH_1, MARCH_31));

        assertThat(statement.customerName()).isEqualTo("Cliente Extracto");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.openingBalance()).isEqualByComparingTo("100.00");
        assertThat(statement.lines()).extracting(Statement.Line::on, Statement.Line::kind, Statement.Line::document)
                .containsExactly(
                        tuple(LocalDate.of(2026, 3, 2), LineKind.INVOICE, "F-B"),
                        tuple(LocalDate.of(2026, 3, 5), LineKind.PAYMENT, "TR-1"),
                        tuple(LocalDate.of(2026, 3, 10), LineKind.CREDIT_NOTE, "R-1"),
                        tuple(LocalDate.of(2026, 3, 15), LineKind.PAYMENT, "TR-2"),
                        tuple(LocalDate.of(2026, 3, 20), LineKind.REVERSAL, "TR-2"),
                        tuple(LocalDate.of(2026, 3, 25), LineKind.PAYMENT, "TR-3"));
        assertThat(statement.lines()).extracting(line -> line.balance().toPlainString())
                .containsExactly("221.00", "161.00", "140.00", "-10.00", "140.00", "110.00");
        assertThat(statement.lines().get(0).debit()).isEqualByComparingTo("121.00");
        assertThat(statement.lines().get(0).credit()).isNull();
        assertThat(statement.lines().get(2).credit()).isEqualByComparingTo("21.00");
        assertThat(statement.totalDebit()).isEqualByComparingTo("271.00");
        assertThat(statement.totalCredit()).isEqualByComparingTo("261.00");
        assertThat(statement.closingBalance()).isEqualByComparingTo("110.00");

        assertThat(statement.openInvoices()).extracting(Statement.OpenInvoice::number,
                        open -> open.openAmount().toPlainString(), Statement.OpenInvoice::daysOverdue)
                .containsExactly(tuple("F-A", "40.00", 19L),
                        tuple("F-B", "100.00", 0L));
        assertThat(statement.unallocatedCredit()).isEqualByComparingTo("30.00");
        assertThat(statement.openInvoicesTotal().subtract(statement.unallocatedCredit()))
                .isEqualByComparingTo(statement.closingBalance());
    }

    /**
     * From 16 March the opening balance is 100 + 121 − 60 − 21 − 150 = −10.00, and on 14 March nothing of TR-2 was
     * there yet: A owed 40.00 and B 100.00, no credit, closing 140.00.
     */
    @Test
    void periodsStartingAndEndingMidMonth() {
        Statement late = inWorkspace(admin, () -> statements.of(customer.getId(), LocalDate.of(2026, 3, 16),
                MARCH_31));
        assertThat(late.openingBalance()).isEqualByComparingTo("-10.00");
        assertThat(late.lines()).extracting(Statement.Line::kind).containsExactly(LineKind.REVERSAL,
                LineKind.PAYMENT);
        assertThat(late.closingBalance()).isEqualByComparingTo("110.00");

        Statement early = inWorkspace(admin, () -> statements.of(customer.getId(), MARCH_1,
                LocalDate.of(2026, 3, 14)));
        assertThat(early.closingBalance()).isEqualByComparingTo("140.00");
        assertThat(early.openInvoices()).extracting(open -> open.openAmount().toPlainString())
                .containsExactly("40.00", "100.00");
        assertThat(early.openInvoices().getFirst().daysOverdue()).isEqualTo(2);
        assertThat(early.unallocatedCredit()).isEqualByComparingTo("0");

        // On 16 March TR-2's 10.00 was still kept as credit and both invoices were paid.
        Statement mid = inWorkspace(admin, () -> statements.of(customer.getId(), MARCH_1,
                LocalDate.of(2026, 3, 16)));
        assertThat(mid.openInvoices()).isEmpty();
        assertThat(mid.unallocatedCredit()).isEqualByComparingTo("10.00");
        assertThat(mid.closingBalance()).isEqualByComparingTo("-10.00");
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefusedOnTheEndDate() {
        assertThatThrownBy(() -> inWorkspace(admin, () -> statements.of(customer.getId(), MARCH_31, MARCH_1)))
                .isInstanceOfSatisfying(FinanceRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("to"));
    }

    @Test
    void salesReadItSupportDoesNot() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        assertThat(inWorkspace(sales, () -> statements.of(customer.getId(), MARCH_1, MARCH_31)).closingBalance())
                .isEqualByComparingTo("110.00");
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte",
                Set.of(Role.SUPPORT));
        assertThatThrownBy(() -> inWorkspace(support, () -> statements.of(customer.getId(), MARCH_1, MARCH_31)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherWorkspaceSeesNoneOfIt() {
        SignedInUser other = data.newWorkspace("Otro " + TestData.uniqueSlug("o"));
        Customer theirs = data.customer(other, "Suyo", null, LifecycleStage.ACTIVE);
        Statement statement = inWorkspace(other, () -> statements.of(theirs.getId(), LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 12, 31)));
        assertThat(statement.openingBalance()).isEqualByComparingTo("0");
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.openInvoices()).isEmpty();
        assertThat(statement.unallocatedCredit()).isEqualByComparingTo("0");
    }

    long issue(String number, LocalDate issued, LocalDate due, String total) {
        long id = sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                             total)
                        values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total) returning id""")
                .param("number", number)
                .param("customer", customer.getId())
                .param("issued", issued)
                .param("due", due)
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
        ledger.issue(id);
        return id;
    }

    void creditNote(String number, long credited, LocalDate on, String total) {
        sql.client().sql("""
                        insert into invoice (number, kind, credited_invoice_id, customer_id, status, issued_on,
                                             due_on, currency, subtotal, total, settled_on)
                        values (:number, 'CREDIT_NOTE', :credited, :customer, 'PAID', :on, :on, 'EUR', :total,
                                :total, :on)""")
                .param("number", number)
                .param("credited", credited)
                .param("customer", customer.getId())
                .param("on", on)
                .param("total", new BigDecimal(total))
                .update();
        ledger.book(credited, LedgerEntryKind.CREDIT, on, new BigDecimal(total));
    }

    long payment(String reference, LocalDate on, String amount, String unallocated) {
        return sql.client().sql("""
                        insert into payment (customer_id, received_on, amount, currency, method, reference,
                                             unallocated)
                        values (:customer, :on, :amount, 'EUR', 'BANK_TRANSFER', :reference, :unallocated)
                        returning id""")
                .param("customer", customer.getId())
                .param("on", on)
                .param("amount", new BigDecimal(amount))
                .param("reference", reference)
                .param("unallocated", new BigDecimal(unallocated))
                .query(Long.class).single();
    }

    void allocate(long payment, long invoice, LocalDate on, String amount) {
        sql.client().sql("""
                        insert into payment_allocation (payment_id, invoice_id, amount, allocated_on)
                        values (:payment, :invoice, :amount, :on)""")
                .param("payment", payment).param("invoice", invoice).param("amount", new BigDecimal(amount))
                .param("on", on).update();
        ledger.book(invoice, LedgerEntryKind.PAYMENT, on, new BigDecimal(amount));
    }

    void reverse(long payment, LocalDate on) {
        sql.client().sql("""
                        select invoice_id, amount from payment_allocation where payment_id = :payment""")
                .param("payment", payment)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list()
                .forEach(allocation -> ledger.book(allocation.getKey(), LedgerEntryKind.REVERSAL, on,
                        allocation.getValue()));
        sql.client().sql("update payment_allocation set reversed_on = :on where payment_id = :payment")
                .param("on", on).param("payment", payment).update();
        sql.client().sql("update payment set reversed_on = :on, reversed_at = now() where id = :payment")
                .param("on", on).param("payment", payment).update();
    }
}
