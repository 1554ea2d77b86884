package com.cartera.importexport;

import java.util.List;

/**
 * An opened spreadsheet file whose sheets are read row by row, never whole: an .xlsx is parsed as a stream
 * of XML events, a .csv line by line. Problems with the file surface as {@link ImportProblem}s naming it.
 */
interface SpreadsheetSource extends AutoCloseable {

    /** Receives the rows of a sheet in order; returning false stops the reading. */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param rowIndex 0-based row of the sheet (row 1 in the spreadsheet program is 0)
         * @param cells    the cells' text, null where empty; never a row without any value
         */
        boolean accept(int rowIndex, String[] cells);
    }

    List<String> sheetNames();

    /** Whether serial-number dates count from 1904 (old Mac workbooks) instead of 1900. */
    boolean date1904();

    /**
     * Reads the whole sheet once to count its rows and find its merged cells.
     *
     * @param progress counts the rows read, and stops the reading when cancelled
     * @throws ImportProblem when the sheet holds more than {@code maxRows} rows with values
     */
    SheetScan scan(int sheet, int maxRows, ReadProgress progress);

    /** Reads the sheet's rows; each merged area repeats the value of its top-left cell over all its cells. */
    void read(int sheet, SheetScan scan, RowSink sink);

    @Override
    void close();
}
