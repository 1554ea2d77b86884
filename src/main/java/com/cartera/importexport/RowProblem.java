package com.cartera.importexport;

import java.util.List;

/**
 * A row an import did not apply, with the original cells for the error report.
 *
 * @param row     as the spreadsheet program numbers it (the first row is 1)
 * @param skipped true when the row was left out on purpose (a duplicate, no match), false when it was wrong
 */
record RowProblem(int row, boolean skipped, List<CellError> errors, String[] cells) {
}
