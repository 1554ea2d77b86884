package com.cartera.importexport;

import java.util.List;

/**
 * A file that cannot be imported, with the reason as a translation key and its arguments (the file's name,
 * the sheet, the row or the column), so that the person importing reads what to fix instead of a stack trace.
 */
public class ImportProblem extends RuntimeException {

    private final String key;
    private final List<String> args;

    public ImportProblem(String key, Object... args) {
        this(null, key, args);
    }

    public ImportProblem(Throwable cause, String key, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
