package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books payments read from the ERP's or the bank's export, for the import wizard. The reference is required: it is
 * what makes a payment the same one again (per customer), so a payment whose reference the customer already has is
 * "unchanged" and nothing is written. A payment naming an open invoice of its customer is allocated to it up to
 * its open amount, booked in the receivables ledger; the rest stays on the customer as unallocated credit.
 *
 * <p>No permission check here: imports run on background threads where nobody is signed in; the importer checks
 * the submitting person's rights when the job is submitted and passes whom it acts for.
 */
@Component
public class PaymentBulkImport {

    public static final int REFERENCE_MAX = 80;

    /**
     * A row of the file.
     *
     * @param customerKey   the customer's tax id, e-mail or external id
     * @param invoiceNumber the invoice to allocate to, or null
     * @param currency      null: the workspace's
     */
    public record Row(int row, LocalDate receivedOn, String customerKey, BigDecimal amount, PaymentMethod method,
                      String reference, String invoiceNumber, String currency) {
    }

    public enum Status {
        CREATED, UNCHANGED, REFUSED
    }

    /**
     * What became of a row; a refused one names the field and the message.
     *
     * @param unallocated what of a created payment stays on the customer as credit
     */
    public record Result(int row, Status status, FinanceRefusedException refusal, BigDecimal unallocated) {
    }

    private record OpenInvoice(long id, long customerId, String kind, String status, BigDecimal openAmount) {
    }

    private record Ready(Row row, long customerId, Long invoiceId, BigDecimal allocated) {
    }

    private final TenantSql sql;
    private final CustomerBulkImport customers;
    private final WorkspaceSettingsService workspace;
    private final ReceivableLedger ledger;
    private final Clock clock;

    PaymentBulkImport(TenantSql sql, CustomerBulkImport customers, WorkspaceSettingsService workspace,
                      ReceivableLedger ledger, Clock clock) {
        this.sql = sql;
        this.customers = customers;
        this.workspace = workspace;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Books the rows in the transaction in progress, on behalf of {@code by}, received by {@code today} at the latest. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Result> apply(List<Row> rows, LocalDate today, UUID by) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var found = new ImportedCustomers(customers, rows.stream().map(Row::customerKey).toList());
        String currency = workspace.current().getCurrency();
        Set<String> known = knownReferences(rows);
        Map<String, OpenInvoice> invoices = invoices(rows);
        var results = new ArrayList<Result>(rows.size());
        var ready = new ArrayList<Ready>();
        for (Row row : rows) {
            try {
                long customerId = found.require(row.customerKey());
                check(row, currency, today);
                String identity = customerId + "|" + row.reference().strip().toLowerCase(Locale.ROOT);
                if (!known.add(identity)) {
                    results.add(new Result(row.row(), Status.UNCHANGED, null, null));
                    continue;
                }
                Ready payment = allocate(row, customerId, invoices);
                ready.add(payment);
                results.add(new Result(row.row(), Status.CREATED, null, row.amount().subtract(payment.allocated())));
            } catch (FinanceRefusedException refused) {
                results.add(new Result(row.row(), Status.REFUSED, refused, null));
            }
        }
        insert(ready, currency, by);
        return results;
    }

    private static void check(Row row, String currency, LocalDate today) {
        if (row.currency() != null && !row.currency().equalsIgnoreCase(currency)) {
            throw new FinanceRefusedException("currency", "finance.import.currency.other", row.currency(), currency);
        }
        if (row.amount().signum() <= 0 || InvoiceBulkImport.decimals(row.amount()) > 2
                || row.amount().compareTo(InvoiceBulkImport.AMOUNT_MAX) > 0) {
            throw new FinanceRefusedException("amount", "finance.import.payment.amount");
        }
        if (row.receivedOn().isAfter(today)) {
            throw new FinanceRefusedException("receivedOn", "finance.import.payment.future");
        }
        if (row.reference() == null || row.reference().isBlank()) {
            throw new FinanceRefusedException("reference", "finance.import.payment.reference.required");
        }
        if (row.reference().strip().length() > REFERENCE_MAX) {
            throw new FinanceRefusedException("reference", "finance.import.payment.reference.too-long",
                    REFERENCE_MAX);
        }
    }

    /** Allocates to the named invoice up to what it has open now (earlier rows of the batch included). */
    private static Ready allocate(Row row, long customerId, Map<String, OpenInvoice> invoices) {
        if (row.invoiceNumber() == null) {
            return new Ready(row, customerId, null, BigDecimal.ZERO);
        }
        String key = row.invoiceNumber().toLowerCase(Locale.ROOT);
        OpenInvoice invoice = invoices.get(key);
        if (invoice == null || invoice.customerId() != customerId || !InvoiceKind.INVOICE.name().equals(invoice.kind())
                || InvoiceStatus.DRAFT.name().equals(invoice.status())) {
            throw new FinanceRefusedException("invoice", "finance.import.payment.invoice.not-found",
                    row.invoiceNumber());
        }
        BigDecimal allocated = invoice.openAmount().min(row.amount());
        invoices.put(key, new OpenInvoice(invoice.id(), invoice.customerId(), invoice.kind(), invoice.status(),
                invoice.openAmount().subtract(allocated)));
        return new Ready(row, customerId, allocated.signum() > 0 ? invoice.id() : null, allocated);
    }

    private Set<String> knownReferences(List<Row> rows) {
        Object[] references = rows.stream().map(Row::reference).filter(reference -> reference != null)
                .map(reference -> reference.strip().toLowerCase(Locale.ROOT)).distinct().toArray();
        if (references.length == 0) {
            return new HashSet<>();
        }
        return new HashSet<>(sql.client().sql("""
                        select customer_id || '|' || lower(reference) from payment
                        where reference is not null and lower(reference) = any(:references)""")
                .param("references", new SqlArrayValue("text", references))
                .query(String.class).list());
    }

    private Map<String, OpenInvoice> invoices(List<Row> rows) {
        Object[] numbers = rows.stream().map(Row::invoiceNumber).filter(number -> number != null)
                .map(number -> number.toLowerCase(Locale.ROOT)).distinct().toArray();
        var byNumber = new HashMap<String, OpenInvoice>();
        if (numbers.length == 0) {
            return byNumber;
        }
        sql.client().sql("""
                        select lower(number) as key, id, customer_id, kind, status, open_amount from invoice
                        where lower(number) = any(:numbers)""")
                .param("numbers", new SqlArrayValue("text", numbers))
                .query((row, n) -> byNumber.put(row.getString("key"), new OpenInvoice(row.getLong("id"),
                        row.getLong("customer_id"), row.getString("kind"), row.getString("status"),
                        row.getBigDecimal("open_amount"))))
                .list();
        return byNumber;
    }

    /** Inserts the payments and their allocations in two statements, then books each allocation in the ledger. */
    private void insert(List<Ready> ready, String currency, UUID by) {
        if (ready.isEmpty()) {
            return;
        }
        var ids = new HashMap<String, Long>();
        sql.client().sql("""
                        insert into payment (customer_id, received_on, amount, currency, method, reference,
                                             unallocated, origin, created_at, created_by)
                        select c, r, a, :currency, m, ref, a - al, 'IMPORT', :now, :by
                        from unnest(:customers, :received, :amounts, :methods, :references, :allocated)
                             as f(c, r, a, m, ref, al)
                        returning customer_id || '|' || lower(reference) as key, id""")
                .param("currency", currency).param("now", Timestamp.from(clock.instant())).param("by", by)
                .param("customers", new SqlArrayValue("bigint", ready.stream().map(Ready::customerId).toArray()))
                .param("received", new SqlArrayValue("date", ready.stream().map(r -> r.row().receivedOn()).toArray()))
                .param("amounts", new SqlArrayValue("numeric", ready.stream().map(r -> r.row().amount()).toArray()))
                .param("methods", new SqlArrayValue("text", ready.stream()
                        .map(r -> (r.row().method() == null ? PaymentMethod.BANK_TRANSFER : r.row().method()).name())
                        .toArray()))
                .param("references", new SqlArrayValue("text", ready.stream().map(r -> r.row().reference().strip())
                        .toArray()))
                .param("allocated", new SqlArrayValue("numeric", ready.stream().map(Ready::allocated).toArray()))
                .query((row, n) -> ids.put(row.getString("key"), row.getLong("id")))
                .list();
        List<Ready> allocations = ready.stream().filter(r -> r.invoiceId() != null).toList();
        if (allocations.isEmpty()) {
            return;
        }
        sql.client().sql("""
                        insert into payment_allocation (payment_id, invoice_id, amount, allocated_on)
                        select * from unnest(:payments, :invoices, :amounts, :days)""")
                .param("payments", new SqlArrayValue("bigint", allocations.stream().map(r -> ids.get(key(r))).toArray()))
                .param("invoices", new SqlArrayValue("bigint", allocations.stream().map(Ready::invoiceId).toArray()))
                .param("amounts", new SqlArrayValue("numeric", allocations.stream().map(Ready::allocated).toArray()))
                .param("days", new SqlArrayValue("date", allocations.stream().map(r -> r.row().receivedOn())
                        .toArray()))
                .update();
        for (Ready allocation : allocations) {
            ledger.book(allocation.invoiceId(), LedgerEntryKind.PAYMENT, allocation.row().receivedOn(),
                    allocation.allocated());
        }
    }

    private static String key(Ready ready) {
        return ready.customerId() + "|" + ready.row().reference().strip().toLowerCase(Locale.ROOT);
    }
}
