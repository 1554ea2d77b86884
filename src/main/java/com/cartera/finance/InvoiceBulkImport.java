package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books invoices read from the ERP's export, for the import wizard: each is issued (origin IMPORT) and its total
 * booked in the receivables ledger. An invoice number met before keeps the invoice as it is: with the same customer,
 * lines and totals the invoice is "unchanged" and nothing is written, which makes re-importing the same export
 * harmless; with other amounts it is refused, since an issued invoice's amounts change only by a credit note.
 *
 * <p>No permission check here: imports run on background threads where nobody is signed in; the importer checks
 * the submitting person's rights when the job is submitted and passes whom it acts for.
 */
@Component
public class InvoiceBulkImport {

    public static final int NUMBER_MAX = 40;
    public static final int DESCRIPTION_MAX = 300;
    /** The largest amount numeric(14, 2) holds, kept clear of. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

    /** A line of an invoice, from one row of the file. */
    public record Line(int row, String description, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal discountPercent, BigDecimal taxRate) {
    }

    /**
     * An invoice: the rows of the file with its number.
     *
     * @param customerKey the customer's tax id, e-mail or external id
     * @param dueOn       null: from the customer's payment terms
     * @param currency    null: the workspace's
     */
    public record Invoice(String number, String customerKey, LocalDate issuedOn, LocalDate dueOn, String currency,
                          List<Line> lines) {

        public List<Integer> rows() {
            return lines.stream().map(Line::row).toList();
        }
    }

    public enum Status {
        CREATED, UNCHANGED, REFUSED
    }

    /** What became of an invoice (all its rows); a refused one names the field and the message. */
    public record Result(Invoice invoice, Status status, FinanceRefusedException refusal) {
    }

    private record Stored(long id, String kind, long customerId, BigDecimal total) {
    }

    private record StoredLine(long invoiceId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                              BigDecimal taxRate) {
    }

    private record Terms(long customerId, Integer termsDays, Integer termsDayOfMonth) {
    }

    private record Checked(Invoice invoice, long customerId, InvoiceTotals totals) {
    }

    private record Ready(Invoice invoice, long customerId, LocalDate dueOn, InvoiceTotals totals) {
    }

    private final TenantSql sql;
    private final CustomerBulkImport customers;
    private final WorkspaceSettingsService workspace;
    private final ReceivableLedger ledger;
    private final Clock clock;

    InvoiceBulkImport(TenantSql sql, CustomerBulkImport customers, WorkspaceSettingsService workspace,
                      ReceivableLedger ledger, Clock clock) {
        this.sql = sql;
        this.customers = customers;
        this.workspace = workspace;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Books the invoices in the transaction in progress, on behalf of {@code by}; one result per invoice. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Result> apply(List<Invoice> invoices, UUID by) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        var found = new ImportedCustomers(customers, invoices.stream().map(Invoice::customerKey).toList());
        String currency = workspace.current().getCurrency();
        Map<String, Stored> stored = stored(invoices);
        Map<Long, List<StoredLine>> storedLines = storedLines(stored.values());
        var results = new ArrayList<Result>(invoices.size());
        var ready = new ArrayList<Ready>();
        var checked = new ArrayList<Checked>();
        for (Invoice invoice : invoices) {
            try {
                long customerId = found.require(invoice.customerKey());
                InvoiceTotals totals = check(invoice, currency);
                Stored before = stored.get(invoice.number().toLowerCase(Locale.ROOT));
                if (before != null) {
                    compare(invoice, customerId, totals, before, storedLines.getOrDefault(before.id(), List.of()));
                    results.add(new Result(invoice, Status.UNCHANGED, null));
                } else {
                    checked.add(new Checked(invoice, customerId, totals));
                }
            } catch (FinanceRefusedException refused) {
                results.add(new Result(invoice, Status.REFUSED, refused));
            }
        }
        Map<Long, Terms> terms = terms(checked.stream().map(Checked::customerId).distinct().toList());
        PaymentTerms workspaceTerms = new PaymentTerms(defaultTermsDays(), null);
        for (Checked c : checked) {
            Invoice invoice = c.invoice();
            long customerId = c.customerId();
            LocalDate dueOn = invoice.dueOn();
            if (dueOn == null) {
                Terms own = terms.get(customerId);
                PaymentTerms customerTerms = own == null ? workspaceTerms : new PaymentTerms(
                        own.termsDays() == null ? workspaceTerms.days() : own.termsDays(), own.termsDayOfMonth());
                dueOn = customerTerms.dueDate(invoice.issuedOn());
            }
            ready.add(new Ready(invoice, customerId, dueOn, c.totals()));
            results.add(new Result(invoice, Status.CREATED, null));
        }
        insert(ready, currency, by);
        return results;
    }

    private InvoiceTotals check(Invoice invoice, String currency) {
        if (invoice.number().length() > NUMBER_MAX) {
            throw new FinanceRefusedException("number", "finance.import.number.too-long", NUMBER_MAX);
        }
        if (invoice.currency() != null && !invoice.currency().equalsIgnoreCase(currency)) {
            throw new FinanceRefusedException("currency", "finance.import.currency.other", invoice.currency(),
                    currency);
        }
        if (invoice.dueOn() != null && invoice.dueOn().isBefore(invoice.issuedOn())) {
            throw new FinanceRefusedException("dueOn", "finance.import.due.before-issue");
        }
        for (Line line : invoice.lines()) {
            if (line.description().length() > DESCRIPTION_MAX) {
                throw new FinanceRefusedException("description", "finance.import.description.too-long",
                        DESCRIPTION_MAX);
            }
            if (line.quantity().signum() <= 0 || decimals(line.quantity()) > 3) {
                throw new FinanceRefusedException("quantity", "finance.import.quantity.positive");
            }
            if (line.unitPrice().signum() < 0 || decimals(line.unitPrice()) > 2) {
                throw new FinanceRefusedException("unitPrice", "finance.import.price.invalid");
            }
            if (line.discountPercent().signum() < 0 || line.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0
                    || decimals(line.discountPercent()) > 2) {
                throw new FinanceRefusedException("discount", "finance.import.discount.range");
            }
            if (line.taxRate().signum() < 0 || line.taxRate().compareTo(BigDecimal.valueOf(100)) >= 0
                    || decimals(line.taxRate()) > 2) {
                throw new FinanceRefusedException("taxRate", "finance.import.tax-rate.range");
            }
        }
        InvoiceTotals totals = InvoiceTotals.of(invoice.lines().stream().map(line -> new InvoiceTotals.LineInput(
                line.quantity(), line.unitPrice(), line.discountPercent(), line.taxRate())).toList());
        if (totals.total().compareTo(AMOUNT_MAX) > 0) {
            throw new FinanceRefusedException("unitPrice", "finance.import.amount.too-large");
        }
        return totals;
    }

    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** An invoice imported before: the same one, or refused naming what differs. */
    private static void compare(Invoice invoice, long customerId, InvoiceTotals totals, Stored before,
                                List<StoredLine> lines) {
        if (!InvoiceKind.INVOICE.name().equals(before.kind())) {
            throw new FinanceRefusedException("number", "finance.import.number.credit-note", invoice.number());
        }
        if (before.customerId() != customerId) {
            throw new FinanceRefusedException("number", "finance.import.number.other-customer", invoice.number());
        }
        if (before.total().compareTo(totals.total()) != 0) {
            throw new FinanceRefusedException("unitPrice", "finance.import.invoice.total-differs", invoice.number(),
                    before.total().toPlainString(), totals.total().toPlainString());
        }
        boolean same = lines.size() == invoice.lines().size();
        for (int i = 0; same && i < lines.size(); i++) {
            StoredLine was = lines.get(i);
            Line now = invoice.lines().get(i);
            same = was.quantity().compareTo(now.quantity()) == 0 && was.unitPrice().compareTo(now.unitPrice()) == 0
                    && was.discountPercent().compareTo(now.discountPercent()) == 0
                    && was.taxRate().compareTo(now.taxRate()) == 0;
        }
        if (!same) {
            throw new FinanceRefusedException("quantity", "finance.import.invoice.lines-differ", invoice.number(),
                    lines.size(), invoice.lines().size());
        }
    }

    private Map<String, Stored> stored(List<Invoice> invoices) {
        Object[] numbers = invoices.stream().map(invoice -> invoice.number().toLowerCase(Locale.ROOT)).distinct()
                .toArray();
        var byNumber = new HashMap<String, Stored>();
        sql.client().sql("""
                        select lower(number) as key, id, kind, customer_id, total from invoice
                        where lower(number) = any(:numbers)""")
                .param("numbers", new SqlArrayValue("text", numbers))
                .query((row, n) -> byNumber.put(row.getString("key"), new Stored(row.getLong("id"),
                        row.getString("kind"), row.getLong("customer_id"), row.getBigDecimal("total"))))
                .list();
        return byNumber;
    }

    private Map<Long, List<StoredLine>> storedLines(java.util.Collection<Stored> invoices) {
        if (invoices.isEmpty()) {
            return Map.of();
        }
        var byInvoice = new HashMap<Long, List<StoredLine>>();
        sql.client().sql("""
                        select invoice_id, quantity, unit_price, discount_percent, tax_rate from invoice_line
                        where invoice_id = any(:ids) order by invoice_id, position""")
                .param("ids", new SqlArrayValue("bigint", invoices.stream().map(Stored::id).toArray()))
                .query(StoredLine.class).list()
                .forEach(line -> byInvoice.computeIfAbsent(line.invoiceId(), id -> new ArrayList<>()).add(line));
        return byInvoice;
    }

    private Map<Long, Terms> terms(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        var byCustomer = new HashMap<Long, Terms>();
        sql.client().sql("""
                        select customer_id, terms_days, terms_day_of_month from customer_credit
                        where customer_id = any(:ids)""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(Terms.class).list()
                .forEach(terms -> byCustomer.put(terms.customerId(), terms));
        return byCustomer;
    }

    private int defaultTermsDays() {
        return sql.client().sql("select default_terms_days from finance_settings").query(Integer.class).single();
    }

    /** Inserts the invoices and their lines in two statements, then books their issue in the ledger. */
    private void insert(List<Ready> ready, String currency, UUID by) {
        if (ready.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        var ids = new HashMap<String, Long>();
        sql.client().sql("""
                        insert into invoice (number, customer_id, status, issued_on, due_on, currency, subtotal,
                                             tax_total, total, origin, created_at, created_by, updated_at, updated_by)
                        select n, c, 'DRAFT', i, d, :currency, s, t, tt, 'IMPORT', :now, :by, :now, :by
                        from unnest(:numbers, :customers, :issued, :due, :subtotals, :taxes, :totals)
                             as f(n, c, i, d, s, t, tt)
                        returning lower(number) as key, id""")
                .param("currency", currency).param("now", now).param("by", by)
                .param("numbers", new SqlArrayValue("text", ready.stream().map(r -> r.invoice().number()).toArray()))
                .param("customers", new SqlArrayValue("bigint", ready.stream().map(Ready::customerId).toArray()))
                .param("issued", new SqlArrayValue("date", ready.stream().map(r -> r.invoice().issuedOn()).toArray()))
                .param("due", new SqlArrayValue("date", ready.stream().map(Ready::dueOn).toArray()))
                .param("subtotals", new SqlArrayValue("numeric", ready.stream().map(r -> r.totals().subtotal())
                        .toArray()))
                .param("taxes", new SqlArrayValue("numeric", ready.stream().map(r -> r.totals().taxTotal()).toArray()))
                .param("totals", new SqlArrayValue("numeric", ready.stream().map(r -> r.totals().total()).toArray()))
                .query((row, n) -> ids.put(row.getString("key"), row.getLong("id")))
                .list();
        var lineInvoices = new ArrayList<Long>();
        var positions = new ArrayList<Integer>();
        var descriptions = new ArrayList<String>();
        var quantities = new ArrayList<BigDecimal>();
        var prices = new ArrayList<BigDecimal>();
        var discounts = new ArrayList<BigDecimal>();
        var rates = new ArrayList<BigDecimal>();
        var nets = new ArrayList<BigDecimal>();
        var taxes = new ArrayList<BigDecimal>();
        for (Ready r : ready) {
            long id = ids.get(r.invoice().number().toLowerCase(Locale.ROOT));
            for (int i = 0; i < r.invoice().lines().size(); i++) {
                Line line = r.invoice().lines().get(i);
                lineInvoices.add(id);
                positions.add(i + 1);
                descriptions.add(line.description());
                quantities.add(line.quantity());
                prices.add(line.unitPrice());
                discounts.add(line.discountPercent());
                rates.add(line.taxRate());
                nets.add(r.totals().lines().get(i).net());
                taxes.add(r.totals().lines().get(i).tax());
            }
        }
        sql.client().sql("""
                        insert into invoice_line (invoice_id, position, description, quantity, unit_price,
                                                  discount_percent, tax_rate, net, tax)
                        select * from unnest(:invoices, :positions, :descriptions, :quantities, :prices, :discounts,
                                             :rates, :nets, :taxes)""")
                .param("invoices", new SqlArrayValue("bigint", lineInvoices.toArray()))
                .param("positions", new SqlArrayValue("integer", positions.toArray()))
                .param("descriptions", new SqlArrayValue("text", descriptions.toArray()))
                .param("quantities", new SqlArrayValue("numeric", quantities.toArray()))
                .param("prices", new SqlArrayValue("numeric", prices.toArray()))
                .param("discounts", new SqlArrayValue("numeric", discounts.toArray()))
                .param("rates", new SqlArrayValue("numeric", rates.toArray()))
                .param("nets", new SqlArrayValue("numeric", nets.toArray()))
                .param("taxes", new SqlArrayValue("numeric", taxes.toArray()))
                .update();
        ledger.issueAll(ids.values());
    }
}
