package com.cartera.customer;

import java.util.Map;
import java.util.Set;

/** The customers a bulk action acts on: rows picked in the grid, or every live customer matching a filter. */
public sealed interface CustomerSelection {

    /** Customers picked one by one (only the live ones among them are acted on). */
    record Picked(Set<Long> ids) implements CustomerSelection {
        public Picked {
            if (ids == null || ids.isEmpty()) {
                throw new IllegalArgumentException("Pick at least one customer");
            }
            ids = Set.copyOf(ids);
        }
    }

    /** Every live customer the filter matches, however many: acted on in the database, never loaded. */
    record Matching(CustomerFilter filter) implements CustomerSelection {
        public Matching {
            if (filter == null || filter.deleted()) {
                throw new IllegalArgumentException("Bulk actions apply to live customers, not to the bin");
            }
        }
    }

    static CustomerSelection picked(Set<Long> ids) {
        return new Picked(ids);
    }

    static CustomerSelection matching(CustomerFilter filter) {
        return new Matching(filter);
    }

    /** What the audit trail records of the selection. */
    default Map<String, Object> describe() {
        return switch (this) {
            case Picked picked -> Map.of("ids", picked.ids());
            case Matching matching -> Map.of("filter", matching.filter());
        };
    }
}
