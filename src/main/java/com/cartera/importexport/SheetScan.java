package com.cartera.importexport;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What a first pass over a sheet found.
 *
 * @param rows    rows holding at least one value
 * @param lastRow the 0-based index of the last such row, -1 for an empty sheet
 * @param merges  the sheet's merged cell areas
 */
public record SheetScan(int rows, int lastRow, List<CellRangeAddress> merges) {

    public SheetScan {
        merges = List.copyOf(merges);
    }
}
