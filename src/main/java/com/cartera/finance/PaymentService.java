package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records payments, allocates them to invoices (now or later, from the credit they leave) and reverses them. A
 * payment is never deleted: a reversal books every live allocation back in the ledger and keeps the row with who
 * reversed it, when and why. Refusals name the field at fault ({@link FinanceRefusedException}).
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class PaymentService {

    static final int REFERENCE_MAX = 80;
    static final int NOTES_MAX = 2000;
    static final int REASON_MAX = 300;

    private record Locked(long customerId, LocalDate receivedOn, BigDecimal unallocated, LocalDate reversedOn,
                          long version) {
    }

    private final TenantSql sql;
    private final PaymentAllocations allocations;
    private final ReceivableLedger ledger;
    private final Payments payments;
    private final CustomerService customers;
    private final WorkspaceSettingsService settings;
    private final WorkspaceCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentService(TenantSql sql, PaymentAllocations allocations, ReceivableLedger ledger, Payments payments,
                   CustomerService customers, WorkspaceSettingsService settings, WorkspaceCalendar calendar,
                   CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.allocations = allocations;
        this.ledger = ledger;
        this.payments = payments;
        this.customers = customers;
        this.settings = settings;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a payment, books its allocations on the day it was received and keeps the rest as the customer's
     * credit.
     *
     * @throws FinanceRefusedException naming the field at fault; nothing was saved
     */
    public Payment record(PaymentDraft draft) {
        if (draft.customerId() == null || customers.find(draft.customerId()).isEmpty()) {
            throw new FinanceRefusedException("customer", "finance.payment.customer.required");
        }
        if (draft.receivedOn() == null) {
            throw new FinanceRefusedException("receivedOn", "finance.payment.received.required");
        }
        if (draft.receivedOn().isAfter(calendar.today())) {
            throw new FinanceRefusedException("receivedOn", "finance.payment.received.future");
        }
        checkAmount(draft.amount());
        String currency = settings.current().getCurrency();
        if (draft.currency() == null || !currency.equalsIgnoreCase(draft.currency().strip())) {
            throw new FinanceRefusedException("currency", "finance.payment.currency.other",
                    draft.currency() == null ? "" : draft.currency(), currency);
        }
        if (draft.method() == null) {
            throw new FinanceRefusedException("method", "finance.payment.method.required");
        }
        String reference = blankToNull(draft.reference());
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new FinanceRefusedException("reference", "finance.payment.reference.long", REFERENCE_MAX);
        }
        if (reference != null && referenceTaken(draft.customerId(), reference)) {
            throw new FinanceRefusedException("reference", "finance.payment.reference.taken", reference);
        }
        String notes = blankToNull(draft.notes());
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new FinanceRefusedException("notes", "finance.payment.notes.long", NOTES_MAX);
        }
        BigDecimal allocated = allocations.check(draft.customerId(), draft.receivedOn(), draft.allocations());
        if (allocated.compareTo(draft.amount()) > 0) {
            throw new FinanceRefusedException("amount", "finance.payment.allocation.over-amount", allocated);
        }
        long id = sql.client().sql("""
                        insert into payment (customer_id, received_on, amount, currency, method, reference,
                                             unallocated, notes, created_at, created_by)
                        values (:customer, :received, :amount, :currency, :method, :reference, :unallocated,
                                :notes, :now, :by)
                        returning id""")
                .param("customer", draft.customerId())
                .param("received", draft.receivedOn())
                .param("amount", draft.amount())
                .param("currency", currency)
                .param("method", draft.method().name())
                .param("reference", reference)
                .param("unallocated", draft.amount().subtract(allocated))
                .param("notes", notes)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", currentUser.require().userId())
                .query(Long.class).single();
        allocations.book(id, draft.receivedOn(), draft.allocations());
        return payments.require(id);
    }

    /**
     * Allocates part of a payment's credit to invoices today (in the workspace's calendar).
     *
     * @throws FinanceRefusedException naming the field at fault (a reversed payment: {@code payment})
     * @throws ObjectOptimisticLockingFailureException when someone else changed the payment meanwhile
     */
    public Payment allocate(long paymentId, long expectedVersion, List<InvoiceAllocation> parts) {
        Locked payment = lock(paymentId, expectedVersion);
        if (payment.reversedOn() != null) {
            throw new FinanceRefusedException("payment", "finance.payment.reversed.already", payment.reversedOn());
        }
        LocalDate today = calendar.today();
        BigDecimal allocated = allocations.check(payment.customerId(), today, parts);
        if (allocated.compareTo(payment.unallocated()) > 0) {
            throw new FinanceRefusedException("allocations", "finance.payment.allocation.over-credit",
                    allocated, payment.unallocated());
        }
        sql.client().sql("""
                        update payment set unallocated = unallocated - :allocated, version = version + 1
                        where id = :id""")
                .param("allocated", allocated)
                .param("id", paymentId)
                .update();
        allocations.book(paymentId, today, parts);
        return payments.require(paymentId);
    }

    /** {@link #allocate(long, long, List)} of the payment as it stands now. */
    public Payment allocate(long paymentId, List<InvoiceAllocation> parts) {
        return allocate(paymentId, payments.require(paymentId).version(), parts);
    }

    /**
     * How {@code amount} would settle the customer's open invoices, the one due first first, each up to its open
     * amount; what is left over is not allocated.
     */
    @Transactional(readOnly = true)
    public List<InvoiceAllocation> suggestAllocation(long customerId, BigDecimal amount) {
        List<InvoiceAllocation> suggestion = new ArrayList<>();
        BigDecimal left = amount == null ? BigDecimal.ZERO : amount;
        for (Statement.OpenInvoice open : payments.openInvoices(customerId)) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal part = left.min(open.openAmount());
            suggestion.add(new InvoiceAllocation(open.invoiceId(), part));
            left = left.subtract(part);
        }
        return suggestion;
    }

    /**
     * Reverses a payment (it bounced, or was recorded in error) on day {@code on}: every live allocation is owed
     * again from that day, and the payment stays with the reversal recorded.
     *
     * @throws FinanceRefusedException on {@code payment} when it is already reversed, on {@code on} for a day before
     *                                 the payment or its allocations or after today, on {@code reason} when blank or
     *                                 too long
     * @throws ObjectOptimisticLockingFailureException when someone else changed the payment meanwhile
     */
    public Payment reverse(long paymentId, long expectedVersion, LocalDate on, String reason) {
        Locked payment = lock(paymentId, expectedVersion);
        if (payment.reversedOn() != null) {
            throw new FinanceRefusedException("payment", "finance.payment.reversed.already", payment.reversedOn());
        }
        if (on == null) {
            throw new FinanceRefusedException("on", "finance.payment.reverse.day-required");
        }
        if (on.isAfter(calendar.today())) {
            throw new FinanceRefusedException("on", "finance.payment.reverse.future");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw new FinanceRefusedException("reason", "finance.payment.reverse.reason-required");
        }
        if (why.length() > REASON_MAX) {
            throw new FinanceRefusedException("reason", "finance.payment.reverse.reason-long", REASON_MAX);
        }
        List<InvoiceAllocation> live = sql.client().sql("""
                        select invoice_id, amount from payment_allocation
                        where payment_id = :payment and reversed_on is null order by invoice_id""")
                .param("payment", paymentId)
                .query(InvoiceAllocation.class).list();
        LocalDate earliest = sql.client().sql("""
                        select max(allocated_on) from payment_allocation
                        where payment_id = :payment and reversed_on is null""")
                .param("payment", paymentId)
                .query(LocalDate.class).optional().filter(day -> day.isAfter(payment.receivedOn()))
                .orElse(payment.receivedOn());
        if (on.isBefore(earliest)) {
            throw new FinanceRefusedException("on", "finance.payment.reverse.before", earliest);
        }
        for (InvoiceAllocation allocation : live) {
            ledger.book(allocation.invoiceId(), LedgerEntryKind.REVERSAL, on, allocation.amount());
        }
        sql.client().sql("update payment_allocation set reversed_on = :on where payment_id = :payment "
                        + "and reversed_on is null")
                .param("on", on)
                .param("payment", paymentId)
                .update();
        sql.client().sql("""
                        update payment set reversed_on = :on, reversed_at = :now, reversed_by = :by,
                               reversal_reason = :reason, version = version + 1
                        where id = :id""")
                .param("on", on)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", currentUser.require().userId())
                .param("reason", why)
                .param("id", paymentId)
                .update();
        return payments.require(paymentId);
    }

    /** {@link #reverse(long, long, LocalDate, String)} of the payment as it stands now. */
    public Payment reverse(long paymentId, LocalDate on, String reason) {
        return reverse(paymentId, payments.require(paymentId).version(), on, reason);
    }

    private static void checkAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new FinanceRefusedException("amount", "finance.payment.amount.positive");
        }
        if (Money.hasMoreThanCents(amount)) {
            throw new FinanceRefusedException("amount", "finance.payment.amount.cents");
        }
        if (amount.compareTo(Money.MAX) > 0) {
            throw new FinanceRefusedException("amount", "finance.payment.amount.max", Money.MAX);
        }
    }

    private boolean referenceTaken(long customerId, String reference) {
        return sql.client().sql("""
                        select exists (select 1 from payment
                                       where customer_id = :customer and lower(reference) = lower(:reference))""")
                .param("customer", customerId)
                .param("reference", reference)
                .query(Boolean.class).single();
    }

    private Locked lock(long paymentId, long expectedVersion) {
        return sql.client().sql("""
                        select customer_id, received_on, unallocated, reversed_on, version
                        from payment where id = :id for update""")
                .param("id", paymentId)
                .query(Locked.class).optional()
                .filter(payment -> payment.version() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException("payment", paymentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
