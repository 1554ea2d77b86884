package com.cartera.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.marketing.SpendBulkImport;

/**
 * Imports spend rows batch by batch through marketing's {@link SpendBulkImport}: a row with an external reference
 * met before (in an earlier import) corrects that entry; a reference repeated within the file is skipped.
 */
final class SpendBatches implements BatchProcessor<SpendBatches.Checked> {

    private final ImportRequest request;
    private final SpendRows reader;
    private final SpendBulkImport spend;
    private final SeenKeys seen = new SeenKeys();

    SpendBatches(ImportRequest request, SpendBulkImport spend) {
        this.request = request;
        this.reader = new SpendRows(request.mapping(), request.sheet().date1904());
        this.spend = spend;
    }

    /** A batch read: the rows that passed their checks with their source rows, and the problems of the others. */
    record Checked(List<SpendBulkImport.Row> rows, Map<Integer, SourceRow> sources, List<RowProblem> problems) {
    }

    @Override
    public Checked prepare(List<SourceRow> rows) {
        var problems = new ArrayList<RowProblem>();
        var ready = new ArrayList<SpendBulkImport.Row>();
        for (SourceRow row : rows) {
            SpendRows.Parsed parsed = reader.read(row.row(), row.cells());
            if (!parsed.valid()) {
                problems.add(new RowProblem(row.row(), false, parsed.errors(), row.cells()));
                continue;
            }
            String key = parsed.entry().importKey();
            int earlier = key == null ? 0 : seen.firstRowOf(key.strip(), row.row());
            if (earlier != 0 && earlier != row.row()) {
                problems.add(new RowProblem(row.row(), true,
                        List.of(CellError.at(reader.columnOf("importKey"), "import.row.spend-repeated", earlier)),
                        row.cells()));
                continue;
            }
            ready.add(parsed.entry());
        }
        Map<Integer, SourceRow> sources = rows.stream()
                .collect(Collectors.toMap(SourceRow::row, Function.identity(), (a, b) -> a));
        return new Checked(ready, sources, problems);
    }

    @Override
    public Outcome apply(Checked batch) {
        var problems = new ArrayList<RowProblem>(batch.problems());
        int created = 0;
        int updated = 0;
        for (SpendBulkImport.Result result : spend.apply(batch.rows(), request.submittedBy())) {
            switch (result.status()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case REFUSED -> problems.add(new RowProblem(result.row(), false,
                        List.of(CellError.at(reader.columnOf(result.refusal().field()), result.refusal().messageKey(),
                                result.refusal().arguments().toArray())),
                        batch.sources().get(result.row()).cells()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        int skipped = (int) problems.stream().filter(RowProblem::skipped).count();
        return new Outcome(new ImportJobStore.Counts(created, updated, skipped, problems.size() - skipped), problems);
    }
}
