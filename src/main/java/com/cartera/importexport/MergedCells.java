package com.cartera.importexport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Spreads the value of each merged area's top-left cell over the whole area while a sheet is read in row
 * order, as a person sees it on screen: a city merged down three rows belongs to each of the three.
 */
final class MergedCells {

    private final List<CellRangeAddress> pending;
    private final List<CellRangeAddress> active = new ArrayList<>();
    private final List<String> activeValues = new ArrayList<>();
    private int next;

    /**
     * @param maxColumns areas are cut at the sheet's column limit: an area merged to the last column of the
     *                   sheet (XFD) would otherwise make every row it covers 16,384 cells wide
     */
    MergedCells(List<CellRangeAddress> merges, int maxColumns) {
        pending = new ArrayList<>();
        for (CellRangeAddress merge : merges) {
            if (merge.getFirstColumn() < maxColumns) {
                pending.add(new CellRangeAddress(merge.getFirstRow(), merge.getLastRow(), merge.getFirstColumn(),
                        Math.min(merge.getLastColumn(), maxColumns - 1)));
            }
        }
        pending.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    }

    /** The row's cells with the merged areas that cover it filled in; {@code cells} when none does. */
    String[] fill(int row, String[] cells) {
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i).getLastRow() < row) {
                active.remove(i);
                activeValues.remove(i);
            }
        }
        while (next < pending.size() && pending.get(next).getFirstRow() <= row) {
            CellRangeAddress merge = pending.get(next++);
            if (merge.getLastRow() >= row) {
                active.add(merge);
                activeValues.add(merge.getFirstRow() == row && merge.getFirstColumn() < cells.length
                        ? cells[merge.getFirstColumn()] : null);
            }
        }
        if (active.isEmpty()) {
            return cells;
        }
        String[] filled = cells;
        for (int i = 0; i < active.size(); i++) {
            CellRangeAddress merge = active.get(i);
            String value = activeValues.get(i);
            if (value == null) {
                continue;
            }
            if (filled.length <= merge.getLastColumn()) {
                filled = Arrays.copyOf(filled, merge.getLastColumn() + 1);
            }
            for (int column = merge.getFirstColumn(); column <= merge.getLastColumn(); column++) {
                filled[column] = value;
            }
        }
        return filled;
    }
}
