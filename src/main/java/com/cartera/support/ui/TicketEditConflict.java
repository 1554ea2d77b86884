package com.cartera.support.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.cartera.support.TicketFields;

/**
 * Someone saved the ticket while it was being edited here: what they changed, what the editor changed, where both
 * changed a field differently, and the stored values with the editor's changes put back on top. As
 * {@code customer.EditConflict} does for customers: nothing the editor typed is dropped unless they choose so.
 */
final class TicketEditConflict {

    enum Choice {
        MINE, THEIRS
    }

    record Change(TicketField field, Object before, Object after) {
    }

    private final TicketFields base;
    private final TicketFields edited;
    private final TicketFields current;

    /**
     * @param base    the values when the editor started
     * @param edited  the editor's values
     * @param current the values stored now
     */
    TicketEditConflict(TicketFields base, TicketFields edited, TicketFields current) {
        this.base = base;
        this.edited = edited;
        this.current = current;
    }

    List<Change> theirChanges() {
        return changes(base, current);
    }

    List<Change> myChanges() {
        return changes(base, edited);
    }

    /** The fields both changed, to different values. */
    List<TicketField> clashes() {
        var clashes = new ArrayList<TicketField>();
        for (TicketField field : TicketField.values()) {
            if (differs(field, base, edited) && differs(field, base, current) && differs(field, edited, current)) {
                clashes.add(field);
            }
        }
        return clashes;
    }

    TicketFields current() {
        return current;
    }

    /**
     * The stored values with every field only the editor changed, and every clash chosen {@link Choice#MINE}.
     *
     * @throws IllegalArgumentException when a clash has no choice
     */
    TicketFields applyMine(Map<TicketField, Choice> choices) {
        List<TicketField> clashes = clashes();
        Map<TicketField, Object> result = TicketField.values(current);
        for (Change mine : myChanges()) {
            TicketField field = mine.field();
            if (clashes.contains(field) && choices.get(field) == null) {
                throw new IllegalArgumentException("No choice for " + field);
            }
            if (!clashes.contains(field) || choices.get(field) == Choice.MINE) {
                result.put(field, mine.after());
            }
        }
        return TicketField.fields(result);
    }

    private static List<Change> changes(TicketFields from, TicketFields to) {
        var changes = new ArrayList<Change>();
        for (TicketField field : TicketField.values()) {
            if (differs(field, from, to)) {
                changes.add(new Change(field, field.get(from), field.get(to)));
            }
        }
        return changes;
    }

    private static boolean differs(TicketField field, TicketFields one, TicketFields other) {
        return !Objects.equals(normal(field.get(one)), normal(field.get(other)));
    }

    /** Blank text and none are the same. */
    private static Object normal(Object value) {
        return value instanceof String text && text.isBlank() ? null : value instanceof String text ? text.strip()
                : value;
    }
}
