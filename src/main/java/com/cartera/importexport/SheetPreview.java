package com.cartera.importexport;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A sheet as the wizard shows it before importing.
 *
 * @param sheet            0-based index of the sheet in the file
 * @param headerRow        0-based row holding the column headers
 * @param headers          one label per column: its header, the column letter when it has none, and the
 *                         letter added when two columns have the same header
 * @param duplicateHeaders headers found on more than one column
 * @param dataRows         rows with values below the header row: what the import will go through
 * @param rows             the first data rows
 * @param suggestions      column to the field its header suggests
 */
public record SheetPreview(int sheet, String sheetName, boolean date1904, SheetScan scan, int headerRow,
                           List<String> headers, List<String> duplicateHeaders, int dataRows, List<PreviewRow> rows,
                           Map<Integer, ImportField> suggestions) implements Serializable {

    /** One row of the preview; {@code row} as the spreadsheet program numbers it (the first row is 1). */
    public record PreviewRow(int row, List<String> cells) implements Serializable {
    }

    public int mergedAreas() {
        return scan.merges().size();
    }
}
