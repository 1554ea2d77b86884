package com.cartera.support;

import java.util.List;

/**
 * What a saved queue view brings back: the filter, the sort and the visible columns.
 *
 * @param filter  the queue's filter
 * @param sort    its sort
 * @param columns the keys of the visible columns, in the queue view's own terms
 */
public record QueueView(TicketFilter filter, TicketSort sort, List<String> columns) {

    public QueueView {
        filter = filter == null ? TicketFilter.NONE : filter;
        sort = sort == null ? TicketSort.NEWEST : sort;
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
