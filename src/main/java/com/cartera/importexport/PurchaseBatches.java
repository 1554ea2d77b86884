package com.cartera.importexport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cartera.commerce.PurchaseBulkImport;
import com.cartera.customer.CustomerBulkImport;
import com.cartera.customer.CustomerBulkImport.Existing;
import com.cartera.customer.CustomerBulkImport.Key;

/**
 * Imports purchase rows batch by batch: each row is one purchase of one product by a customer found by
 * e-mail, tax id or external id. A purchase already stored (same customer, day and amount) or repeated in the
 * file is skipped, so loading the same history twice adds nothing. Products not in the catalogue are added.
 */
final class PurchaseBatches implements BatchProcessor<PurchaseBatches.Checked> {

    private final ImportRequest request;
    private final PurchaseRows reader;
    private final CustomerBulkImport customers;
    private final PurchaseBulkImport purchases;
    private final Map<ImportField, Integer> columns;
    private final SeenKeys seen = new SeenKeys();

    PurchaseBatches(ImportRequest request, CustomerBulkImport customers, PurchaseBulkImport purchases) {
        this.request = request;
        this.reader = new PurchaseRows(request.mapping(), request.sheet().date1904());
        this.customers = customers;
        this.purchases = purchases;
        this.columns = request.mapping().byField();
    }

    /** A batch read: the rows that passed their checks with their source rows, and the problems of the others. */
    record Checked(List<PurchaseRows.Parsed> parsedRows, List<SourceRow> sources, List<RowProblem> problems) {
    }

    @Override
    public Checked prepare(List<SourceRow> rows) {
        var problems = new ArrayList<RowProblem>();
        var parsedRows = new ArrayList<PurchaseRows.Parsed>();
        var sources = new ArrayList<SourceRow>();
        for (SourceRow row : rows) {
            PurchaseRows.Parsed parsed = reader.read(row.row(), row.cells());
            if (parsed.valid()) {
                parsedRows.add(parsed);
                sources.add(row);
            } else {
                problems.add(new RowProblem(row.row(), false, parsed.errors(), row.cells()));
            }
        }
        return new Checked(parsedRows, sources, problems);
    }

    @Override
    public Outcome apply(Checked batch) {
        var problems = new ArrayList<RowProblem>(batch.problems());
        List<PurchaseRows.Parsed> parsedRows = batch.parsedRows();
        List<SourceRow> sources = batch.sources();
        if (parsedRows.isEmpty()) {
            return outcome(0, problems);
        }
        MatchKey matchKey = parsedRows.getFirst().matchKey();
        Key customerKey = Key.valueOf(matchKey.name());
        Map<String, Existing> found = customers.find(customerKey,
                parsedRows.stream().map(PurchaseRows.Parsed::customerKey).toList());
        Integer keyColumn = columns.get(switch (matchKey) {
            case EMAIL -> ImportField.CUSTOMER_EMAIL;
            case TAX_ID -> ImportField.CUSTOMER_TAX_ID;
            case EXTERNAL_ID -> ImportField.CUSTOMER_EXTERNAL_ID;
        });
        Map<String, BigDecimal> unitPrices = new LinkedHashMap<>();
        var ready = new ArrayList<PurchaseRows.Parsed>();
        var readySources = new ArrayList<SourceRow>();
        var customerIds = new ArrayList<Long>();
        for (int i = 0; i < parsedRows.size(); i++) {
            PurchaseRows.Parsed parsed = parsedRows.get(i);
            SourceRow source = sources.get(i);
            Existing customer = found.get(customerKey.normalise(parsed.customerKey()));
            if (customer == null) {
                problems.add(problem(source, false, keyColumn, "import.row.customer-not-found", parsed.customerKey()));
                continue;
            }
            if (customer.matches() > 1) {
                problems.add(problem(source, false, keyColumn, "import.row.ambiguous", parsed.customerKey(),
                        customer.matches()));
                continue;
            }
            String identity = customer.id() + "|" + parsed.purchasedOn() + "|" + parsed.product().toLowerCase(Locale.ROOT)
                    + "|" + parsed.quantity().stripTrailingZeros().toPlainString() + "|"
                    + parsed.amount().stripTrailingZeros().toPlainString();
            int earlier = seen.firstRowOf(identity, source.row());
            if (earlier != 0 && earlier != source.row()) {
                problems.add(problem(source, true, null, "import.row.purchase-repeated", earlier));
                continue;
            }
            unitPrices.putIfAbsent(parsed.product(), parsed.amount().divide(parsed.quantity(), 2, RoundingMode.HALF_UP));
            ready.add(parsed);
            readySources.add(source);
            customerIds.add(customer.id());
        }
        Map<String, Long> products = purchases.products(unitPrices);
        var toWrite = new ArrayList<PurchaseBulkImport.Row>();
        for (int i = 0; i < ready.size(); i++) {
            PurchaseRows.Parsed parsed = ready.get(i);
            toWrite.add(new PurchaseBulkImport.Row(customerIds.get(i), parsed.purchasedOn(),
                    products.get(parsed.product().toLowerCase(Locale.ROOT)), parsed.quantity(), parsed.amount(),
                    parsed.channel(), parsed.paymentMethod()));
        }
        Set<String> stored = purchases.alreadyStored(toWrite);
        var inserts = new ArrayList<PurchaseBulkImport.Row>();
        for (int i = 0; i < toWrite.size(); i++) {
            if (stored.contains(toWrite.get(i).identity())) {
                problems.add(problem(readySources.get(i), true, null, "import.row.purchase-exists"));
            } else {
                inserts.add(toWrite.get(i));
            }
        }
        return outcome(purchases.insert(inserts, request.submittedBy()), problems);
    }

    private static RowProblem problem(SourceRow source, boolean skipped, Integer column, String key, Object... args) {
        return new RowProblem(source.row(), skipped, List.of(CellError.at(column, key, args)), source.cells());
    }

    private static Outcome outcome(int created, List<RowProblem> problems) {
        int skipped = (int) problems.stream().filter(RowProblem::skipped).count();
        return new Outcome(new ImportJobStore.Counts(created, 0, skipped, problems.size() - skipped), problems);
    }
}
