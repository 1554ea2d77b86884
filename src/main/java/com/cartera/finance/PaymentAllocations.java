package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and books the allocation of a payment to invoices, in the caller's transaction. The invoices are locked
 * in id order before their open amounts are compared, so two payments allocated at once cannot both take the same
 * open amount (and never wait on each other crosswise). Refusals name the field {@code allocation.<invoice id>}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PaymentAllocations {

    private record Target(long id, long customerId, String kind, String status, LocalDate issuedOn,
                          BigDecimal openAmount, String number) {
    }

    private final TenantSql sql;
    private final ReceivableLedger ledger;

    PaymentAllocations(TenantSql sql, ReceivableLedger ledger) {
        this.sql = sql;
        this.ledger = ledger;
    }

    /** Checks each allocation against its invoice, locked; returns their sum. */
    BigDecimal check(long customerId, LocalDate on, List<InvoiceAllocation> allocations) {
        Set<Long> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceAllocation allocation : allocations) {
            String field = field(allocation.invoiceId());
            if (!seen.add(allocation.invoiceId())) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.repeated");
            }
            if (allocation.amount() == null || allocation.amount().signum() <= 0) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.positive");
            }
            if (Money.hasMoreThanCents(allocation.amount())) {
                throw new FinanceRefusedException(field, "finance.payment.amount.cents");
            }
            sum = sum.add(allocation.amount());
        }
        Map<Long, Target> targets = lock(seen);
        for (InvoiceAllocation allocation : allocations) {
            String field = field(allocation.invoiceId());
            Target target = targets.get(allocation.invoiceId());
            if (target == null || target.customerId() != customerId) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.other-customer");
            }
            if (!InvoiceKind.INVOICE.name().equals(target.kind())) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.credit-note", target.number());
            }
            if (InvoiceStatus.DRAFT.name().equals(target.status())) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.draft", target.number());
            }
            if (target.openAmount().signum() == 0) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.settled", target.number());
            }
            if (allocation.amount().compareTo(target.openAmount()) > 0) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.over-open", target.number(),
                        target.openAmount());
            }
            // The ledger's open amount as of any day must not go below zero: no payment before the invoice.
            if (on.isBefore(target.issuedOn())) {
                throw new FinanceRefusedException(field, "finance.payment.allocation.before-issue", target.number(),
                        target.issuedOn());
            }
        }
        return sum;
    }

    /** Writes the allocations of a checked payment and books each in the ledger on day {@code on}. */
    void book(long paymentId, LocalDate on, List<InvoiceAllocation> allocations) {
        for (InvoiceAllocation allocation : allocations) {
            sql.client().sql("""
                            insert into payment_allocation (payment_id, invoice_id, amount, allocated_on)
                            values (:payment, :invoice, :amount, :on)""")
                    .param("payment", paymentId)
                    .param("invoice", allocation.invoiceId())
                    .param("amount", allocation.amount())
                    .param("on", on)
                    .update();
            ledger.book(allocation.invoiceId(), LedgerEntryKind.PAYMENT, on, allocation.amount());
        }
    }

    static String field(long invoiceId) {
        return "allocation." + invoiceId;
    }

    private Map<Long, Target> lock(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.client().sql("""
                        select id, customer_id, kind, status, issued_on, open_amount, number
                        from invoice where id in (:ids) order by id for update""")
                .param("ids", ids.stream().sorted(Comparator.naturalOrder()).toList())
                .query(Target.class).list().stream()
                .collect(Collectors.toMap(Target::id, Function.identity()));
    }
}
