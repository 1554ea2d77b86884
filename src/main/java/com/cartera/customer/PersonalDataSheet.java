package com.cartera.customer;

import java.util.List;

/**
 * One table of a person's data as exported: the rows a query returned, with the database's column names as
 * headers (the export says exactly what is stored). Values are {@code String}, {@code Number},
 * {@code Boolean}, {@code LocalDate}, {@code Instant} or null; see {@link PersonalDataSql#read}.
 *
 * @param titleKey translation key of the sheet's name
 */
public record PersonalDataSheet(String titleKey, List<String> columns, List<List<Object>> rows) {

    public PersonalDataSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
