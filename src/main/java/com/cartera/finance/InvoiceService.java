package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.commerce.Purchase;
import com.cartera.commerce.PurchaseLine;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and credit notes: drafts written and rewritten, issued (numbered, dated, booked in the receivables
 * ledger), created and issued in one step from a customer's purchases, and credited by credit notes. Finance and
 * admin write; management reads.
 *
 * <p>Purchases are billed at their prices taken as <em>net</em> (before tax), with the workspace's default tax
 * rate added on each line: a purchase records what was agreed per unit, and the invoice adds the tax due.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class InvoiceService {

    /** How many of a customer's latest purchases are offered for billing. */
    public static final int PURCHASES_OFFERED = 200;
    /** Longest line description and credit-note reason the tables hold. */
    public static final int DESCRIPTION_MAX = 300;

    private final InvoiceStore store;
    private final InvoiceNumbers numbers;
    private final InvoiceLineChecks lineChecks;
    private final ReceivableLedger ledger;
    private final TaxRateService taxRates;
    private final CustomerCreditService credit;
    private final CustomerService customers;
    private final PurchaseService purchases;
    private final WorkspaceSettingsService workspace;
    private final WorkspaceCalendar calendar;
    private final CurrentUser currentUser;

    InvoiceService(InvoiceStore store, InvoiceNumbers numbers, InvoiceLineChecks lineChecks, ReceivableLedger ledger,
                   TaxRateService taxRates, CustomerCreditService credit, CustomerService customers,
                   PurchaseService purchases, WorkspaceSettingsService workspace, WorkspaceCalendar calendar,
                   CurrentUser currentUser) {
        this.store = store;
        this.numbers = numbers;
        this.lineChecks = lineChecks;
        this.ledger = ledger;
        this.taxRates = taxRates;
        this.credit = credit;
        this.customers = customers;
        this.purchases = purchases;
        this.workspace = workspace;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    public Optional<Invoice> find(long id) {
        return store.find(id, false);
    }

    /** The movements of the invoice's open amount in the ledger, oldest first. */
    public List<LedgerMovement> movements(long invoiceId) {
        return store.movements(invoiceId);
    }

    /** The credit notes written against the invoice, oldest first. */
    public List<Invoice> creditNotesOf(long invoiceId) {
        return store.creditNotesOf(invoiceId);
    }

    /**
     * The invoice's lines as drafts, for a credit note of every line: each with the active rate of its percentage
     * (none when that rate is archived since, which the credit note then refuses on the line).
     */
    public List<InvoiceLineDraft> sameLines(Invoice invoice) {
        List<TaxRate> active = taxRates.active();
        return invoice.lines().stream().map(line -> new InvoiceLineDraft(line.productId(), line.description(),
                line.quantity(), line.unitPrice(), line.discountPercent(), active.stream()
                .filter(rate -> rate.rate().compareTo(line.taxRate()) == 0).findFirst().map(TaxRate::id)
                .orElse(null))).toList();
    }

    /** The customer's latest purchases no invoice bills yet, newest first. */
    public List<Purchase> unbilledPurchases(long customerId) {
        List<Purchase> latest = purchases.purchasesOf(customerId, PageRequest.of(0, PURCHASES_OFFERED));
        List<Long> billed = store.billed(latest.stream().map(Purchase::getId).toList());
        return latest.stream().filter(purchase -> !billed.contains(purchase.getId())).toList();
    }

    /**
     * Saves a new draft in the workspace currency.
     *
     * @throws FinanceRefusedException naming the first wrong field; nothing is saved
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice createDraft(InvoiceDraft draft) {
        return find(create(draft, DocumentOrigin.MANUAL)).orElseThrow();
    }

    /**
     * Rewrites a draft.
     *
     * @throws FinanceRefusedException naming the first wrong field; nothing is changed
     * @throws ObjectOptimisticLockingFailureException when it was changed, issued or deleted meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice updateDraft(long id, long expectedVersion, InvoiceDraft draft) {
        Invoice current = store.find(id, true).filter(Invoice::isDraft)
                .filter(invoice -> invoice.version() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Invoice.class, id));
        if (current.customerId() != draft.customerId()) {
            throw new FinanceRefusedException("customer", "finance.invoice.error.customer-changed");
        }
        List<BigDecimal> rates = checkDraft(draft, id);
        String number = blank(draft.number()) ? unnumbered(current) : numbers.checkedTyped(draft.number(), id);
        if (!store.updateDraft(id, expectedVersion, number, draft.issuedOn(), draft.dueOn(), notes(draft.notes()),
                me())) {
            throw new ObjectOptimisticLockingFailureException(Invoice.class, id);
        }
        store.writeLines(id, lineChecks.normalised(draft.lines()), rates);
        return find(id).orElseThrow();
    }

    /** @throws ObjectOptimisticLockingFailureException when it was changed, issued or deleted meanwhile */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void deleteDraft(long id, long expectedVersion) {
        if (!store.deleteDraft(id, expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(Invoice.class, id);
        }
    }

    /**
     * Issues a draft: the next number of the series when it has none, today (in the workspace's zone) when it has
     * no issue date, the customer's terms when it has no due date; then its total is owed in the ledger.
     *
     * @throws FinanceRefusedException when the customer is gone, the number used, the due date before the issue
     *                                 date, there are no lines or the currency is not the workspace's
     * @throws ObjectOptimisticLockingFailureException when it is no longer a draft
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice issue(long id) {
        Invoice draft = store.find(id, true).filter(Invoice::isDraft)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Invoice.class, id));
        requireLiveCustomer(draft.customerId());
        if (draft.lines().isEmpty()) {
            throw new FinanceRefusedException("lines", "finance.invoice.error.no-lines");
        }
        String currency = workspace.current().getCurrency();
        if (!currency.equals(draft.currency())) {
            throw new FinanceRefusedException("currency", "finance.invoice.error.currency", draft.currency(),
                    currency);
        }
        LocalDate issuedOn = draft.issuedOn() != null ? draft.issuedOn() : calendar.today();
        LocalDate dueOn = draft.dueOn() != null ? draft.dueOn() : credit.termsOf(draft.customerId())
                .dueDate(issuedOn);
        requireDueAfterIssue(issuedOn, dueOn);
        String number = draft.numbered() ? numbers.checkedTyped(draft.number(), id)
                : numbers.next(InvoiceKind.INVOICE, issuedOn);
        store.number(id, number, issuedOn, dueOn);
        ledger.issue(id);
        return find(id).orElseThrow();
    }

    /**
     * Creates and issues, in one step, the invoice of some of a customer's purchases: one line per purchase line
     * (product, quantity, unit price as net), the workspace's default tax rate, issued today.
     *
     * @throws FinanceRefusedException on {@code purchases} when none is chosen, one is not the customer's or one
     *                                 is billed already; on {@code customer} when the customer is gone
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice invoicePurchases(long customerId, List<Long> purchaseIds) {
        return invoicePurchases(customerId, purchaseIds, null);
    }

    /**
     * As {@link #invoicePurchases(long, List)}, issued on {@code issuedOn} (today when null): the demo bills
     * its made-up past on the days it happened.
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice invoicePurchases(long customerId, List<Long> purchaseIds, LocalDate issuedOn) {
        if (purchaseIds == null || purchaseIds.isEmpty()) {
            throw new FinanceRefusedException("purchases", "finance.invoice.error.no-purchases");
        }
        requireLiveCustomer(customerId);
        List<Long> wanted = purchaseIds.stream().distinct().toList();
        List<Purchase> chosen = new ArrayList<>();
        // Purchases are read through commerce, a page of the customer's latest at a time.
        for (int page = 0; chosen.size() < wanted.size(); page++) {
            List<Purchase> batch = purchases.purchasesOf(customerId, PageRequest.of(page, PURCHASES_OFFERED));
            if (batch.isEmpty()) {
                throw new FinanceRefusedException("purchases", "finance.invoice.error.purchase-unknown");
            }
            batch.stream().filter(purchase -> wanted.contains(purchase.getId())).forEach(chosen::add);
        }
        if (!store.billed(wanted).isEmpty()) {
            throw new FinanceRefusedException("purchases", "finance.invoice.error.purchase-billed");
        }
        TaxRate rate = taxRates.active().stream().filter(TaxRate::isDefault).findFirst()
                .orElseThrow(() -> new FinanceRefusedException("taxRate", "finance.invoice.error.no-default-rate"));
        List<InvoiceLineDraft> lines = chosen.stream()
                .sorted(Comparator.comparing(Purchase::getPurchasedOn).thenComparing(Purchase::getId))
                .flatMap(purchase -> purchase.getLines().stream())
                .map(line -> lineOf(line, rate))
                .toList();
        long id = create(new InvoiceDraft(customerId, null, issuedOn, null, null, lines), DocumentOrigin.PURCHASE);
        store.billPurchases(id, wanted);
        return issue(id);
    }

    /**
     * Writes a credit note against an issued invoice, numbered from the credit-note series, and lowers the
     * invoice's open amount by its total; crediting all of it cancels the invoice.
     *
     * @throws FinanceRefusedException on {@code amount} when larger than what is still creditable (total less
     *                                 earlier credit notes) or than the open amount; on {@code reason},
     *                                 {@code issuedOn}, lines or {@code invoice} when those are wrong
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice creditNote(long invoiceId, CreditNoteDraft draft) {
        Invoice invoice = store.find(invoiceId, true).filter(found -> found.kind() == InvoiceKind.INVOICE)
                .orElseThrow(() -> new FinanceRefusedException("invoice", "finance.credit.error.not-an-invoice"));
        if (invoice.isDraft()) {
            throw new FinanceRefusedException("invoice", "finance.credit.error.draft");
        }
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            throw new FinanceRefusedException("invoice", "finance.credit.error.cancelled");
        }
        String reason = draft.reason() == null ? "" : draft.reason().strip();
        if (reason.isEmpty() || reason.length() > DESCRIPTION_MAX) {
            throw new FinanceRefusedException("reason", "finance.credit.error.reason", DESCRIPTION_MAX);
        }
        LocalDate issuedOn = draft.issuedOn() != null ? draft.issuedOn() : calendar.today();
        if (issuedOn.isBefore(invoice.issuedOn())) {
            throw new FinanceRefusedException("issuedOn", "finance.credit.error.before-invoice", invoice.issuedOn());
        }
        List<InvoiceLineDraft> lines;
        List<BigDecimal> rates;
        if (draft.amount() != null || draft.lines().isEmpty()) {
            BigDecimal amount = draft.amount();
            if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new FinanceRefusedException("amount", "finance.credit.error.amount");
            }
            lines = List.of(new InvoiceLineDraft(null, reason, BigDecimal.ONE, amount, BigDecimal.ZERO, null));
            rates = List.of(BigDecimal.ZERO);
        } else {
            lines = lineChecks.normalised(draft.lines());
            rates = lineChecks.rates(lines);
        }
        InvoiceTotals totals = InvoiceTotals.of(java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> new InvoiceTotals.LineInput(lines.get(i).quantity(), lines.get(i).unitPrice(),
                        lines.get(i).discountPercent(), rates.get(i))).toList());
        BigDecimal credited = store.creditNotesOf(invoiceId).stream().map(Invoice::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal creditable = invoice.total().subtract(credited);
        if (totals.total().compareTo(creditable) > 0) {
            throw new FinanceRefusedException("amount", "finance.credit.error.over-creditable", totals.total(),
                    creditable);
        }
        if (totals.total().compareTo(invoice.openAmount()) > 0) {
            throw new FinanceRefusedException("amount", "finance.credit.error.over-open", totals.total(),
                    invoice.openAmount());
        }
        // A credit note owes nothing itself: written settled on its day, its total lowers the invoice it credits.
        long id = store.insert(new InvoiceStore.Written(numbers.next(InvoiceKind.CREDIT_NOTE, issuedOn),
                InvoiceKind.CREDIT_NOTE, invoiceId, invoice.customerId(), InvoiceStatus.PAID, issuedOn, issuedOn,
                invoice.currency(), DocumentOrigin.MANUAL, reason), me());
        store.writeLines(id, lines, rates);
        ledger.book(invoiceId, LedgerEntryKind.CREDIT, issuedOn, totals.total());
        return find(id).orElseThrow();
    }

    private long create(InvoiceDraft draft, DocumentOrigin origin) {
        List<BigDecimal> rates = checkDraft(draft, null);
        String number = blank(draft.number()) ? Invoice.UNNUMBERED + UUID.randomUUID()
                : numbers.checkedTyped(draft.number(), null);
        long id = store.insert(new InvoiceStore.Written(number, InvoiceKind.INVOICE, null, draft.customerId(),
                InvoiceStatus.DRAFT, draft.issuedOn(), draft.dueOn(), workspace.current().getCurrency(), origin,
                notes(draft.notes())), me());
        store.writeLines(id, lineChecks.normalised(draft.lines()), rates);
        return id;
    }

    /** Checks a draft's customer, dates and lines; returns each line's tax percentage. */
    private List<BigDecimal> checkDraft(InvoiceDraft draft, Long ownId) {
        requireLiveCustomer(draft.customerId());
        if (draft.issuedOn() != null && draft.dueOn() != null) {
            requireDueAfterIssue(draft.issuedOn(), draft.dueOn());
        }
        if (draft.notes() != null && draft.notes().length() > 2000) {
            throw new FinanceRefusedException("notes", "finance.invoice.error.notes", 2000);
        }
        if (draft.lines().isEmpty()) {
            throw new FinanceRefusedException("lines", "finance.invoice.error.no-lines");
        }
        return lineChecks.rates(lineChecks.normalised(draft.lines()));
    }

    private void requireLiveCustomer(long customerId) {
        if (customers.find(customerId).isEmpty()) {
            throw new FinanceRefusedException("customer", "finance.error.customer-missing");
        }
    }

    private static void requireDueAfterIssue(LocalDate issuedOn, LocalDate dueOn) {
        if (dueOn.isBefore(issuedOn)) {
            throw new FinanceRefusedException("dueOn", "finance.invoice.error.due-before-issue", issuedOn);
        }
    }

    private static InvoiceLineDraft lineOf(PurchaseLine line, TaxRate rate) {
        return new InvoiceLineDraft(line.getProduct().getId(), line.getProduct().getName(), line.getQuantity(),
                line.getUnitPrice(), BigDecimal.ZERO, rate.id());
    }

    private static String unnumbered(Invoice current) {
        return current.numbered() ? Invoice.UNNUMBERED + UUID.randomUUID() : current.number();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String notes(String notes) {
        return blank(notes) ? null : notes.strip();
    }

    private UUID me() {
        return currentUser.require().userId();
    }
}
