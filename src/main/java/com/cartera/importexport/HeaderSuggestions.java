package com.cartera.importexport;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests a field for each column from its header. An exact header ("Correo electrónico", "Phone Number")
 * wins over one that merely contains a known header as whole words ("Teléfono de contacto"); each field goes
 * to one column at most, the first. With a surname column, a plain "Nombre"/"Name" column is the first name.
 */
final class HeaderSuggestions {

    private HeaderSuggestions() {
    }

    /** Column index to suggested field. */
    static Map<Integer, ImportField> suggest(ImportKind kind, List<String> headers) {
        var byColumn = new HashMap<Integer, ImportField>();
        var taken = new EnumMap<ImportField, Integer>(ImportField.class);
        for (boolean exact : new boolean[] {true, false}) {
            for (int column = 0; column < headers.size(); column++) {
                if (headers.get(column) == null || byColumn.containsKey(column)) {
                    continue;
                }
                String header = CellValues.plain(headers.get(column));
                for (ImportField field : ImportField.of(kind)) {
                    if (!taken.containsKey(field) && matches(field, header, exact)) {
                        byColumn.put(column, field);
                        taken.put(field, column);
                        break;
                    }
                }
            }
        }
        Integer name = taken.get(ImportField.NAME);
        if (name != null && taken.containsKey(ImportField.LAST_NAME) && !taken.containsKey(ImportField.FIRST_NAME)
                && List.of("nombre", "name").contains(CellValues.plain(headers.get(name)))) {
            byColumn.put(name, ImportField.FIRST_NAME);
        }
        return byColumn;
    }

    /** How many of the headers name a known field: the header row is the row that names most. */
    static int recognised(ImportKind kind, List<String> headers) {
        return suggest(kind, headers).size();
    }

    private static boolean matches(ImportField field, String header, boolean exact) {
        for (String known : field.headers()) {
            if (exact ? header.equals(known) : known.length() > 3 && (" " + header + " ").contains(" " + known + " ")) {
                return true;
            }
        }
        return false;
    }
}
