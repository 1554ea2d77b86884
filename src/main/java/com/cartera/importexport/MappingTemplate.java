package com.cartera.importexport;

import java.io.Serializable;
import java.util.Map;

/**
 * A column mapping saved under a name: which field each header goes into, headers compared without case
 * or accents, so that it fits any file with the same headers in any order.
 */
public record MappingTemplate(long id, ImportKind kind, String name, Map<String, ImportField> fieldsByHeader)
        implements Serializable {

    /** The mapping for a file with these column labels. */
    public ColumnMapping apply(java.util.List<String> headers) {
        var fields = new java.util.HashMap<Integer, ImportField>();
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = fieldsByHeader.get(CellValues.plain(headers.get(column)));
            if (field != null && !fields.containsValue(field)) {
                fields.put(column, field);
            }
        }
        return new ColumnMapping(fields);
    }
}
