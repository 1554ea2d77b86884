package com.cartera.importexport;

import org.apache.poi.ss.util.CellReference;

/**
 * How wide a sheet and how long a cell may be. Readers check both while they stream, before they build anything
 * as wide as the sheet or as long as the cell, and refuse the file naming the limit and where it was passed.
 */
record CellLimits(int maxColumns, int maxCellChars) {

    static CellLimits of(ImportProperties properties) {
        return new CellLimits(properties.maxColumns(), properties.maxCellChars());
    }

    /** @param column 0-based column that holds a value beyond the limit */
    ImportProblem tooManyColumns(String fileName, int column) {
        return new ImportProblem("import.file.too-many-columns", fileName,
                CellReference.convertNumToColString(column), maxColumns);
    }

    /** @param row 0-based row, @param column 0-based column of the cell that is too long */
    ImportProblem cellTooLong(String fileName, int row, int column) {
        return new ImportProblem("import.file.cell-too-long", fileName,
                CellReference.convertNumToColString(column) + (row + 1), maxCellChars);
    }
}
