package com.cartera.customer;

import java.util.List;

/**
 * What a saved grid view brings back: the filter, the sort and the visible columns.
 *
 * @param filter  the grid's filter (never the bin)
 * @param sort    the sort, most significant first
 * @param columns the keys of the visible columns, in the grid's own terms
 */
public record SavedViewDefinition(CustomerFilter filter, List<SortKey> sort, List<String> columns) {

    /** One sort criterion: a column key and its direction. */
    public record SortKey(String column, boolean descending) {
    }

    public SavedViewDefinition {
        filter = filter == null ? CustomerFilter.NONE : filter.withDeleted(false);
        sort = sort == null ? List.of() : List.copyOf(sort);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
