package com.cartera.importexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.cartera.finance.PaymentBulkImport;

/**
 * Imports payment rows batch by batch through finance's {@link PaymentBulkImport}. A payment imported before (the
 * customer has its reference) is reported "unchanged" (skipped); a payment that leaves credit unallocated is
 * imported and its row says how much stayed as credit.
 */
final class PaymentBatches implements BatchProcessor<PaymentBatches.Checked> {

    private final ImportRequest request;
    private final PaymentRows reader;
    private final PaymentBulkImport payments;
    private final Supplier<LocalDate> today;

    PaymentBatches(ImportRequest request, PaymentBulkImport payments, Supplier<LocalDate> today) {
        this.request = request;
        this.reader = new PaymentRows(request.mapping(), request.sheet().date1904());
        this.payments = payments;
        this.today = today;
    }

    /** A batch read: the rows that passed their checks with their source rows, and the problems of the others. */
    record Checked(List<PaymentBulkImport.Row> rows, Map<Integer, SourceRow> sources, List<RowProblem> problems) {
    }

    @Override
    public Checked prepare(List<SourceRow> rows) {
        var problems = new ArrayList<RowProblem>();
        var ready = new ArrayList<PaymentBulkImport.Row>();
        for (SourceRow row : rows) {
            PaymentRows.Parsed parsed = reader.read(row.row(), row.cells());
            if (parsed.valid()) {
                ready.add(parsed.payment());
            } else {
                problems.add(new RowProblem(row.row(), false, parsed.errors(), row.cells()));
            }
        }
        Map<Integer, SourceRow> sources = rows.stream()
                .collect(Collectors.toMap(SourceRow::row, Function.identity(), (a, b) -> a));
        return new Checked(ready, sources, problems);
    }

    @Override
    public Outcome apply(Checked batch) {
        var problems = new ArrayList<RowProblem>(batch.problems());
        int created = 0;
        int unchanged = 0;
        for (PaymentBulkImport.Result result : payments.apply(batch.rows(), today.get(), request.submittedBy())) {
            String[] cells = batch.sources().get(result.row()).cells();
            switch (result.status()) {
                case CREATED -> {
                    created++;
                    if (result.unallocated().signum() > 0 && hasInvoice(batch, result.row())) {
                        // Imported: the row only tells what stayed as credit, so it counts as created.
                        problems.add(new RowProblem(result.row(), true, List.of(CellError.at(
                                reader.columnOf("amount"), "import.row.payment-credit-left",
                                result.unallocated().toPlainString())), cells));
                    }
                }
                case UNCHANGED -> {
                    unchanged++;
                    problems.add(new RowProblem(result.row(), true, List.of(CellError.at(
                            reader.columnOf("reference"), "import.row.payment-unchanged")), cells));
                }
                case REFUSED -> problems.add(new RowProblem(result.row(), false,
                        List.of(CellError.at(reader.columnOf(result.refusal().field()), result.refusal().messageKey(),
                                result.refusal().arguments().toArray())), cells));
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        int failed = (int) problems.stream().filter(problem -> !problem.skipped()).count();
        return new Outcome(new ImportJobStore.Counts(created, 0, unchanged, failed), problems);
    }

    private static boolean hasInvoice(Checked batch, int row) {
        return batch.rows().stream().anyMatch(payment -> payment.row() == row && payment.invoiceNumber() != null);
    }
}
