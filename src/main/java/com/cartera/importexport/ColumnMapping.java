package com.cartera.importexport;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Which column (0-based) goes into which field; columns not listed are left out of the import. */
public record ColumnMapping(Map<Integer, ImportField> fields) implements Serializable {

    public ColumnMapping {
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** The column of {@code field}, or null when no column goes into it. */
    public Integer columnOf(ImportField field) {
        for (var entry : fields.entrySet()) {
            if (entry.getValue() == field) {
                return entry.getKey();
            }
        }
        return null;
    }

    public boolean has(ImportField field) {
        return fields.containsValue(field);
    }

    /** Field to column, for reading rows. */
    Map<ImportField, Integer> byField() {
        var byField = new EnumMap<ImportField, Integer>(ImportField.class);
        fields.forEach((column, field) -> byField.putIfAbsent(field, column));
        return byField;
    }
}
