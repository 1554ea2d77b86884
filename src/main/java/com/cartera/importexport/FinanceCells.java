package com.cartera.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the cells of an invoice or payment row: required and optional dates, numbers, words. */
final class FinanceCells {

    private final Map<ImportField, Integer> columns;
    private final boolean date1904;
    private final String[] cells;
    private final List<CellError> errors;

    FinanceCells(Map<ImportField, Integer> columns, boolean date1904, String[] cells, List<CellError> errors) {
        this.columns = columns;
        this.date1904 = date1904;
        this.cells = cells;
        this.errors = errors;
    }

    String text(ImportField field) {
        Integer column = columns.get(field);
        return column == null || column >= cells.length ? null : CellValues.text(cells[column]);
    }

    String required(ImportField field) {
        String text = text(field);
        if (text == null) {
            errors.add(CellError.at(columns.get(field), "import.cell.required"));
        }
        return text;
    }

    LocalDate date(ImportField field, boolean required) {
        String text = required ? required(field) : text(field);
        if (text == null) {
            return null;
        }
        LocalDate date = CellValues.date(text, date1904);
        if (date == null) {
            errors.add(CellError.at(columns.get(field), "import.cell.date", text));
        }
        return date;
    }

    BigDecimal number(ImportField field, BigDecimal absent) {
        String text = absent == null ? required(field) : text(field);
        if (text == null) {
            return absent;
        }
        BigDecimal value = CellValues.decimal(text.replace("%", ""));
        if (value == null) {
            errors.add(CellError.at(columns.get(field), "import.cell.number", text));
        }
        return value;
    }

    /** A currency code, upper case; null when the column is absent or empty. */
    String currency(ImportField field) {
        String text = text(field);
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
