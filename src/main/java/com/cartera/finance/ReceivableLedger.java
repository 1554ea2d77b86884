package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of the receivables ledger ({@code receivable_entry}) and of what follows from it on the invoice:
 * its open amount, status and settlement day. Every movement of what a customer owes goes through here, in the
 * caller's transaction, so the ledger, its daily sums and the invoice never disagree. Callers check their input
 * and tell the user first; the checks here guard the ledger.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReceivableLedger {

    private record Owed(long customerId, String kind, String status, LocalDate issuedOn, LocalDate dueOn,
                        BigDecimal total, BigDecimal openAmount, BigDecimal credited) {
    }

    private final TenantSql sql;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReceivableLedger(TenantSql sql, Clock clock, ApplicationEventPublisher events) {
        this.sql = sql;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Books a DRAFT invoice's issue: its total becomes owed on its issue day (both dates set before). Returns the
     * open amount.
     */
    public BigDecimal issue(long invoiceId) {
        Owed owed = lock(invoiceId);
        if (!InvoiceStatus.DRAFT.name().equals(owed.status()) || owed.issuedOn() == null || owed.dueOn() == null) {
            throw new IllegalStateException("Invoice " + invoiceId + " is not a dated draft");
        }
        if (owed.total().signum() > 0) {
            insert(invoiceId, owed, LedgerEntryKind.ISSUE, owed.issuedOn(), owed.total());
        }
        return settle(invoiceId, owed, owed.total(), owed.total().signum() > 0 ? null : owed.issuedOn());
    }

    /**
     * Books the issue of many dated DRAFT invoices at once, as {@link #issue} does one by one (an import's batch):
     * two statements whatever their number.
     *
     * @throws IllegalStateException when one of them is not a dated draft
     */
    public void issueAll(Collection<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return;
        }
        List<Long> customers = sql.client().sql("""
                        with drafts as (
                            select id, customer_id, issued_on, due_on, total from invoice
                            where id = any(cast(:ids as bigint[])) and status = 'DRAFT'
                              and issued_on is not null and due_on is not null
                            order by id for update),
                        booked as (
                            insert into receivable_entry (invoice_id, customer_id, kind, booked_on, due_on, amount,
                                                          created_at)
                            select id, customer_id, 'ISSUE', issued_on, due_on, total, :now from drafts
                            where total > 0)
                        update invoice i
                        set open_amount = d.total, status = case when d.total > 0 then 'ISSUED' else 'PAID' end,
                            settled_on = case when d.total > 0 then null else d.issued_on end,
                            version = i.version + 1, updated_at = :now
                        from drafts d where i.id = d.id
                        returning d.customer_id""")
                .param("ids", invoiceIds.stream().distinct().toArray(Long[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        if (customers.size() != invoiceIds.stream().distinct().count()) {
            throw new IllegalStateException("Not all of " + invoiceIds.size() + " invoices are dated drafts");
        }
        events.publishEvent(new ReceivablesChanged(Set.copyOf(customers)));
    }

    /**
     * Books a movement of an issued invoice's open amount on day {@code on}: a credit, a payment's allocation, or a
     * reversal of one ({@code amount} positive; the kind says which way). Returns the new open amount.
     *
     * @throws IllegalArgumentException when it would take the open amount below zero or above the total
     */
    public BigDecimal book(long invoiceId, LedgerEntryKind kind, LocalDate on, BigDecimal amount) {
        if (kind == LedgerEntryKind.ISSUE || amount.signum() <= 0) {
            throw new IllegalArgumentException("Book a positive credit, payment or reversal, not " + kind);
        }
        Owed owed = lock(invoiceId);
        if (InvoiceStatus.DRAFT.name().equals(owed.status()) || !InvoiceKind.INVOICE.name().equals(owed.kind())) {
            throw new IllegalStateException("Invoice " + invoiceId + " is not an issued invoice");
        }
        BigDecimal open = kind.raises() ? owed.openAmount().add(amount) : owed.openAmount().subtract(amount);
        if (open.signum() < 0 || open.compareTo(owed.total()) > 0) {
            throw new IllegalArgumentException("Invoice " + invoiceId + " has " + owed.openAmount() + " open, not "
                    + amount);
        }
        insert(invoiceId, owed, kind, on, amount);
        BigDecimal credited = kind == LedgerEntryKind.CREDIT ? owed.credited().add(amount) : owed.credited();
        return settle(invoiceId, new Owed(owed.customerId(), owed.kind(), owed.status(), owed.issuedOn(),
                owed.dueOn(), owed.total(), owed.openAmount(), credited), open, open.signum() == 0 ? on : null);
    }

    private Owed lock(long invoiceId) {
        return sql.client().sql("""
                        select customer_id, kind, status, issued_on, due_on, total, open_amount,
                               coalesce((select sum(e.amount) from receivable_entry e
                                         where e.invoice_id = i.id and e.kind = 'CREDIT'), 0) * -1 as credited
                        from invoice i where id = :id for update""")
                .param("id", invoiceId)
                .query(Owed.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No invoice " + invoiceId));
    }

    private void insert(long invoiceId, Owed owed, LedgerEntryKind kind, LocalDate on, BigDecimal amount) {
        sql.client().sql("""
                        insert into receivable_entry (invoice_id, customer_id, kind, booked_on, due_on, amount,
                                                      created_at)
                        values (:invoice, :customer, :kind, :on, :due, :amount, :now)""")
                .param("invoice", invoiceId)
                .param("customer", owed.customerId())
                .param("kind", kind.name())
                .param("on", on)
                .param("due", owed.dueOn())
                .param("amount", kind.raises() ? amount : amount.negate())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ReceivablesChanged(Set.of(owed.customerId())));
    }

    private BigDecimal settle(long invoiceId, Owed owed, BigDecimal open, LocalDate settledOn) {
        InvoiceStatus status;
        if (open.signum() > 0) {
            status = open.compareTo(owed.total()) < 0 && owed.credited().compareTo(owed.total().subtract(open)) < 0
                    ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        } else {
            status = owed.credited().compareTo(owed.total()) >= 0 && owed.total().signum() > 0
                    ? InvoiceStatus.CANCELLED : InvoiceStatus.PAID;
        }
        sql.client().sql("""
                        update invoice set open_amount = :open, status = :status, settled_on = :settled,
                               version = version + 1, updated_at = :now
                        where id = :id""")
                .param("open", open)
                .param("status", status.name())
                .param("settled", settledOn)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", invoiceId)
                .update();
        return open;
    }
}
