package com.cartera.importexport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of figures to export (a screen's table of figures): a title, column headers and rows. A cell is
 * {@code null} (left empty), a {@link String}, a {@link java.time.LocalDate}, a whole {@link Number} (a count),
 * a {@link Money} or a {@link Percent}.
 */
public record FigureSheet(String title, List<String> headers, List<List<Object>> rows) {

    /** An amount in the workspace's currency. */
    public record Money(BigDecimal amount) {
    }

    /** A rate as a fraction (0.25 = 25 %), shown as a percentage. */
    public record Percent(BigDecimal fraction) {
    }

    public FigureSheet {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A sheet needs a title");
        }
        headers = List.copyOf(headers);
        // Rows may hold nulls (empty cells), which List.copyOf refuses.
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** A sheet to fill row by row. */
    public static Builder of(String title, String... headers) {
        return new Builder(title, List.of(headers));
    }

    public static final class Builder {
        private final String title;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title, List<String> headers) {
            this.title = title;
            this.headers = headers;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public FigureSheet build() {
            return new FigureSheet(title, headers, rows);
        }
    }
}
