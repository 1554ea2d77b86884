package com.cartera.support;

/**
 * A column a queue can be sorted by, with its direction; the ticket number breaks ties in the same direction so
 * that paging is stable.
 */
public record TicketSort(Column column, boolean descending) {

    /** Newest first: the queues' default. */
    public static final TicketSort NEWEST = new TicketSort(Column.OPENED, true);

    /** The sortable columns, each with the SQL expression the queue's indexes are built on. */
    public enum Column {
        NUMBER("t.id"),
        OPENED("t.opened_at"),
        UPDATED("t.updated_at"),
        SUBJECT("t.subject"),
        STATUS("t.status"),
        // Most urgent first reads "descending" as the desk means it; ties oldest first, as they wait longest.
        PRIORITY("ticket_priority_rank(t.priority)");

        final String expression;

        Column(String expression) {
            this.expression = expression;
        }
    }

    public TicketSort {
        if (column == null) {
            throw new IllegalArgumentException("A sort needs a column");
        }
    }

    /** The ORDER BY clause, tie-breakers included. */
    String orderBy() {
        String direction = descending ? " desc" : "";
        if (column == Column.PRIORITY) {
            // Within one priority, the ticket waiting longest first: the index (rank desc, opened_at, id).
            String then = descending ? "" : " desc";
            return column.expression + direction + ", t.opened_at" + then + ", t.id" + then;
        }
        if (column == Column.NUMBER) {
            return column.expression + direction;
        }
        return column.expression + direction + ", t.id" + direction;
    }
}
