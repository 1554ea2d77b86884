package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.TestData;
import com.cartera.tenancy.TenantSql;

/**
 * Books invoices, payments and credits the way the finance services will, for tests of what is read from the ledger.
 * Call inside a workspace transaction.
 */
public final class Receivables {

    private final TenantSql sql;
    private final ReceivableLedger ledger;

    public Receivables(TenantSql sql, ReceivableLedger ledger) {
        this.sql = sql;
        this.ledger = ledger;
    }

    /** An issued invoice of {@code total}; returns its id. */
    public long invoice(long customerId, LocalDate issuedOn, LocalDate dueOn, String total) {
        long id = sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                             total)
                        values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total) returning id""")
                .param("number", "F-" + TestData.uniqueSlug("n"))
                .param("customer", customerId)
                .param("issued", issuedOn)
                .param("due", dueOn)
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
        ledger.issue(id);
        return id;
    }

    /** A payment of {@code amount} received on {@code on}, of which {@code allocated} goes to the invoice then. */
    public long payment(long customerId, long invoiceId, LocalDate on, String amount, String allocated) {
        BigDecimal unallocated = new BigDecimal(amount).subtract(new BigDecimal(allocated));
        long id = sql.client().sql("""
                        insert into payment (customer_id, received_on, amount, currency, method, unallocated)
                        values (:customer, :on, :amount, 'EUR', 'BANK_TRANSFER', :unallocated) returning id""")
                .param("customer", customerId)
                .param("on", on)
                .param("amount", new BigDecimal(amount))
                .param("unallocated", unallocated)
                .query(Long.class).single();
        if (new BigDecimal(allocated).signum() > 0) {
            sql.client().sql("""
                            insert into payment_allocation (payment_id, invoice_id, amount, allocated_on)
                            values (:payment, :invoice, :amount, :on)""")
                    .param("payment", id).param("invoice", invoiceId).param("amount", new BigDecimal(allocated))
                    .param("on", on).update();
            ledger.book(invoiceId, LedgerEntryKind.PAYMENT, on, new BigDecimal(allocated));
        }
        return id;
    }

    /** Reverses a payment on {@code on}: its allocations are owed again. */
    public void reverse(long paymentId, long invoiceId, LocalDate on, String allocated) {
        sql.client().sql("""
                        update payment set reversed_on = :on, reversed_at = now(), reversal_reason = 'Devuelto'
                        where id = :id""").param("on", on).param("id", paymentId).update();
        sql.client().sql("update payment_allocation set reversed_on = :on where payment_id = :id")
                .param("on", on).param("id", paymentId).update();
        ledger.book(invoiceId, LedgerEntryKind.REVERSAL, on, new BigDecimal(allocated));
    }

    public void credit(long invoiceId, LocalDate on, String amount) {
        ledger.book(invoiceId, LedgerEntryKind.CREDIT, on, new BigDecimal(amount));
    }

    public void ownedBy(long customerId, java.util.UUID ownerId) {
        sql.client().sql("update customer set owner_id = :owner where id = :id")
                .param("owner", ownerId).param("id", customerId).update();
    }
}
