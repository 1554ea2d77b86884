package com.cartera.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happened when someone saved a customer while another person was editing it: what they changed,
 * what the editor changed, where both changed the same field differently, and the current version with
 * the editor's changes put back on top. Nothing the editor typed is dropped unless they choose so.
 */
public final class EditConflict {

    /** Which value to keep where both people changed a field differently. */
    public enum Choice {
        MINE, THEIRS
    }

    /** One field that differs between two versions. */
    public record FieldChange(CustomerField field, Object before, Object after) {
    }

    private final Customer base;
    private final Customer edited;
    private final Customer current;
    private final Customer currentValues;

    private EditConflict(Customer base, Customer edited, Customer current) {
        this.base = base;
        this.edited = edited;
        this.current = current;
        this.currentValues = valuesOf(current);
    }

    /**
     * @param base    the customer's values when the editor started (see {@link #valuesOf})
     * @param edited  the editor's values
     * @param current the version stored now, freshly loaded; {@link #applyMine} writes onto it
     */
    public static EditConflict between(Customer base, Customer edited, Customer current) {
        return new EditConflict(base, edited, current);
    }

    /** A detached copy of every editable field's value, to compare against later. */
    public static Customer valuesOf(Customer customer) {
        var copy = new Customer();
        for (CustomerField field : CustomerField.values()) {
            field.copy(customer, copy);
        }
        return copy;
    }

    /** The fields the other person changed, from the editor's starting value to the stored one. */
    public List<FieldChange> theirChanges() {
        return changes(base, currentValues);
    }

    /** The fields the editor changed, from their starting value to the value they typed. */
    public List<FieldChange> myChanges() {
        return changes(base, edited);
    }

    /** The fields both changed, to different values: someone has to choose. */
    public List<CustomerField> clashes() {
        var clashes = new ArrayList<CustomerField>();
        for (CustomerField field : CustomerField.values()) {
            if (field.differs(base, edited) && field.differs(base, currentValues)
                    && field.differs(edited, currentValues)) {
                clashes.add(field);
            }
        }
        return clashes;
    }

    /** The stored values when the conflict was found: what the editor starts from after resolving it. */
    public Customer currentValues() {
        return currentValues;
    }

    /**
     * Puts the editor's changes on the current version: every field only they changed, and every clash
     * where {@code choices} says {@link Choice#MINE}. Their other changes stay.
     *
     * @return the current version with the editor's changes, ready to save
     * @throws IllegalArgumentException when a clash has no choice
     */
    public Customer applyMine(Map<CustomerField, Choice> choices) {
        List<CustomerField> clashes = clashes();
        for (CustomerField field : clashes) {
            if (choices.get(field) == null) {
                throw new IllegalArgumentException("No choice for " + field);
            }
        }
        for (FieldChange mine : myChanges()) {
            CustomerField field = mine.field();
            if (!clashes.contains(field) || choices.get(field) == Choice.MINE) {
                field.copy(edited, current);
            }
        }
        return current;
    }

    /** The person whose save caused the conflict, or null if unknown. */
    public UUID changedBy() {
        return current.getUpdatedBy();
    }

    public Instant changedAt() {
        return current.getUpdatedAt();
    }

    private static List<FieldChange> changes(Customer from, Customer to) {
        var changes = new ArrayList<FieldChange>();
        for (CustomerField field : CustomerField.values()) {
            if (field.differs(from, to)) {
                changes.add(new FieldChange(field, field.get(from), field.get(to)));
            }
        }
        return changes;
    }
}
