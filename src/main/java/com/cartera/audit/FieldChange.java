package com.cartera.audit;

/**
 * One field's value before and after a change: {@code before} is null for a new record, {@code after} for a
 * deleted one. Values are strings, numbers or booleans as the trail stores them.
 */
public record FieldChange(String field, Object before, Object after) {

    public FieldChange {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A field change needs the field's name");
        }
    }

    /** "field: old → new", as the audit screen and its export show it. */
    public String describe() {
        return field + ": " + shown(before) + " → " + shown(after);
    }

    /** A value as a reader sees it: an empty one as ∅, so that "cleared" reads differently from "blank". */
    public static String shown(Object value) {
        return value == null || value.toString().isEmpty() ? "∅" : value.toString();
    }
}
