package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.tenancy.TenantSql;

/**
 * Invoices for payment tests, written as the invoice screens will: a draft inserted, then issued through the
 * ledger. Call inside a workspace transaction.
 */
public record PaymentTestInvoices(TenantSql sql, ReceivableLedger ledger) {

    public long draft(long customerId, String number, LocalDate issued, LocalDate due, String total) {
        return sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                             total)
                        values (:number, :customer, 'DRAFT', :issued, :due, 'EUR', :total, :total) returning id""")
                .param("number", number + "-" + System.nanoTime())
                .param("customer", customerId)
                .param("issued", issued)
                .param("due", due)
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
    }

    public long issued(long customerId, String number, LocalDate issued, LocalDate due, String total) {
        long id = draft(customerId, number, issued, due, total);
        ledger.issue(id);
        return id;
    }

    public long creditNote(long customerId, long credited, LocalDate on, String total) {
        long id = sql.client().sql("""
                        insert into invoice (number, kind, credited_invoice_id, customer_id, status, issued_on,
                                             due_on, currency, subtotal, total, settled_on)
                        values (:number, 'CREDIT_NOTE', :credited, :customer, 'PAID', :on, :on, 'EUR', :total,
                                :total, :on) returning id""")
                .param("number", "R-" + System.nanoTime())
                .param("credited", credited)
                .param("customer", customerId)
                .param("on", on)
                .param("total", new BigDecimal(total))
                .query(Long.class).single();
        ledger.book(credited, LedgerEntryKind.CREDIT, on, new BigDecimal(total));
        return id;
    }

    public Invoice read(long id) {
        return sql.client().sql("select status, open_amount, settled_on from invoice where id = :id")
                .param("id", id).query(Invoice.class).single();
    }

    public record Invoice(String status, BigDecimal openAmount, LocalDate settledOn) {
    }
}
