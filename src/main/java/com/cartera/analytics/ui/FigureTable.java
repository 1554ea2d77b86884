package com.cartera.analytics.ui;

import java.util.ArrayList;
import java.util.List;

import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/**
 * A small table of figures in a card: a name per row and numbers in columns, scrolling sideways on a narrow screen
 * rather than squeezing; a cell may open the customers behind it. Its rows are also the export's sheet.
 */
final class FigureTable extends Div {

    final NativeTable table = new NativeTable();
    private final String title;
    private final List<String> headers;
    private final List<Object[]> exported = new ArrayList<>();

    FigureTable(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
        addClassName("figure-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            var cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        add(table);
    }

    /** Adds a row named {@code name}; returns it, for {@link #cell}. */
    NativeTableRow row(String name, Object... exportedCells) {
        NativeTableRow row = table.getBody().addRow();
        var first = row.addHeaderCell();
        first.setText(name);
        first.getElement().setAttribute("scope", "row");
        var export = new Object[exportedCells.length + 1];
        export[0] = name;
        System.arraycopy(exportedCells, 0, export, 1, exportedCells.length);
        exported.add(export);
        return row;
    }

    /** Adds a number cell to {@code row}; with {@code open} given, the number opens the customers behind it. */
    static NativeTableCell cell(NativeTableRow row, String text, Runnable open) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName("figure-table-number");
        if (open == null) {
            cell.setText(text);
        } else {
            var link = new Span(text);
            DrillDownLinks.linked(link, open);
            cell.add(link);
        }
        return cell;
    }

    /** The rows as the export's sheet. */
    FigureSheet sheet() {
        var sheet = FigureSheet.of(title, headers.toArray(String[]::new));
        exported.forEach(sheet::row);
        return sheet.build();
    }

    boolean isEmpty() {
        return exported.isEmpty();
    }
}
