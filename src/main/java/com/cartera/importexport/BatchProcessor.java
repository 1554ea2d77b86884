package com.cartera.importexport;

import java.util.List;

/**
 * Imports one kind of row, batch by batch, in two steps: reading and checking the rows without the database
 * (on the thread that reads the sheet, ahead of the writes), then applying them inside the batch's
 * transaction. Both steps see the batches in the order of the sheet.
 *
 * @param <P> a batch read and checked
 */
interface BatchProcessor<P> {

    /** A row of the sheet; {@code row} as the spreadsheet program numbers it (the first row is 1). */
    record SourceRow(int row, String[] cells) {
    }

    /** What a batch did: its counts, and the rows not applied with the reasons. */
    record Outcome(ImportJobStore.Counts counts, List<RowProblem> problems) {
    }

    /** Reads and checks the rows; touches no database. */
    P prepare(List<SourceRow> rows);

    /**
     * The rows {@link #prepare} held back because they belong with rows still to come (the lines of one invoice),
     * read and checked, once the sheet has ended; null when none.
     */
    default P rest() {
        return null;
    }

    /** Applies a prepared batch; runs inside the batch's transaction. */
    Outcome apply(P batch);
}
