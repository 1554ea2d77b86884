package com.cartera.importexport;

import java.util.List;

/** Applies one batch of rows inside the batch's transaction and says what it did. */
interface BatchProcessor {

    /** A row of the sheet; {@code row} as the spreadsheet program numbers it (the first row is 1). */
    record SourceRow(int row, String[] cells) {
    }

    /** What a batch did: its counts, and the rows not applied with the reasons. */
    record Outcome(ImportJobStore.Counts counts, List<RowProblem> problems) {
    }

    Outcome apply(List<SourceRow> rows);
}
