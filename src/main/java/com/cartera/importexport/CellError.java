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

    static CellError at(Integer column, String key, Object... args) {
        return new CellError(column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
