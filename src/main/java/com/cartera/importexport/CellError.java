package com.cartera.importexport;

import java.util.List;

/**
 * Why a row cannot be imported: a translation key with its arguments, and the column at fault (0-based),
 * or null when the row as a whole is at fault.
 */
public record CellError(Integer column, String key, List<String> args) {

    public CellError {
        args = List.copyOf(args);
    }

    /**
     * The column as a person finds it: its header and letter, "Correo electrónico (C)"; headers that already
     * carry their letter (repeated or empty ones) are not given it twice.
     */
    public static String columnLabel(List<String> headers, int column) {
        String letter = "(" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + ")";
        String header = column < headers.size() ? headers.get(column) : "";
        return header.endsWith(letter) ? header : (header + " " + letter).strip();
    }

    static CellError at(Integer column, String key, Object... args) {
        return new CellError(column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
