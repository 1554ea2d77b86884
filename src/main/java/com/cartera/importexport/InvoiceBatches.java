package com.cartera.importexport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.finance.InvoiceBulkImport;

/**
 * Imports invoice rows batch by batch through finance's {@link InvoiceBulkImport}: the rows with the same number
 * form one invoice. The rows of the batch's last number are held back for the next batch, since that invoice's
 * lines may go on there; the sheet's last rows come through {@link #rest()}. An invoice imported before is
 * reported "unchanged" on each of its rows (skipped), or refused when its amounts differ.
 */
final class InvoiceBatches implements BatchProcessor<InvoiceBatches.Checked> {

    private final ImportRequest request;
    private final InvoiceRows reader;
    private final InvoiceBulkImport invoices;
    /** Rows read and checked, of the last number seen, waiting for the rest of their invoice. */
    private final List<Read> held = new ArrayList<>();

    InvoiceBatches(ImportRequest request, InvoiceBulkImport invoices) {
        this.request = request;
        this.reader = new InvoiceRows(request.mapping(), request.sheet().date1904());
        this.invoices = invoices;
    }

    private record Read(SourceRow source, InvoiceRows.Parsed parsed) {
    }

    /** A batch read: whole invoices with their source rows, and the problems of the rows that failed their checks. */
    record Checked(List<InvoiceBulkImport.Invoice> invoices, Map<Integer, SourceRow> sources,
                   List<RowProblem> problems) {
    }

    @Override
    public Checked prepare(List<SourceRow> rows) {
        var read = new ArrayList<Read>(held);
        held.clear();
        for (SourceRow row : rows) {
            read.add(new Read(row, reader.read(row.row(), row.cells())));
        }
        String last = null;
        for (int i = read.size() - 1; i >= 0 && last == null; i--) {
            last = key(read.get(i).parsed().number());
        }
        if (last != null) {
            for (Read row : read) {
                if (last.equals(key(row.parsed().number()))) {
                    held.add(row);
                }
            }
            read.removeAll(held);
        }
        return checked(read);
    }

    @Override
    public Checked rest() {
        if (held.isEmpty()) {
            return null;
        }
        Checked rest = checked(List.copyOf(held));
        held.clear();
        return rest;
    }

    private static String key(String number) {
        return number == null ? null : number.strip().toLowerCase(Locale.ROOT);
    }

    /** Groups the rows by number; an invoice with a row in error is refused whole, on each of its rows. */
    private Checked checked(List<Read> read) {
        var problems = new ArrayList<RowProblem>();
        Map<String, List<Read>> byNumber = new LinkedHashMap<>();
        for (Read row : read) {
            String key = key(row.parsed().number());
            if (key == null) {
                problems.add(new RowProblem(row.source().row(), false, row.parsed().errors(), row.source().cells()));
            } else {
                byNumber.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        var ready = new ArrayList<InvoiceBulkImport.Invoice>();
        for (List<Read> rows : byNumber.values()) {
            Read bad = rows.stream().filter(row -> !row.parsed().valid()).findFirst().orElse(null);
            if (bad != null) {
                for (Read row : rows) {
                    problems.add(new RowProblem(row.source().row(), false, row.parsed().valid()
                            ? List.of(CellError.at(null, "import.row.invoice-line-refused", bad.source().row()))
                            : row.parsed().errors(), row.source().cells()));
                }
                continue;
            }
            InvoiceRows.Parsed first = rows.getFirst().parsed();
            ready.add(new InvoiceBulkImport.Invoice(first.number(), first.customerKey(), first.issuedOn(),
                    first.dueOn(), first.currency(), rows.stream().map(row -> row.parsed().line()).toList()));
        }
        Map<Integer, SourceRow> sources = read.stream().map(Read::source)
                .collect(Collectors.toMap(SourceRow::row, Function.identity(), (a, b) -> a));
        return new Checked(ready, sources, problems);
    }

    @Override
    public Outcome apply(Checked batch) {
        var problems = new ArrayList<RowProblem>(batch.problems());
        int created = 0;
        int unchanged = 0;
        for (InvoiceBulkImport.Result result : invoices.apply(batch.invoices(), request.submittedBy())) {
            List<Integer> rows = result.invoice().rows();
            switch (result.status()) {
                case CREATED -> created += rows.size();
                case UNCHANGED -> {
                    unchanged += rows.size();
                    rows.forEach(row -> problems.add(new RowProblem(row, true,
                            List.of(CellError.at(reader.columnOf("number"), "import.row.invoice-unchanged",
                                    result.invoice().number())), batch.sources().get(row).cells())));
                }
                case REFUSED -> rows.forEach(row -> problems.add(new RowProblem(row, false,
                        List.of(CellError.at(reader.columnOf(result.refusal().field()), result.refusal().messageKey(),
                                result.refusal().arguments().toArray())), batch.sources().get(row).cells())));
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        int failed = (int) problems.stream().filter(problem -> !problem.skipped()).count();
        return new Outcome(new ImportJobStore.Counts(created, 0, unchanged, failed), problems);
    }
}
