package com.cartera.customer;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The grid's filter as a query: only customers not deleted, narrowed by each part that is set. */
final class CustomerSpecifications {

    private CustomerSpecifications() {
    }

    static Specification<Customer> matching(CustomerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.isNull(root.get("deletedAt")));
            if (filter.text() != null && !filter.text().isBlank()) {
                // Normalised by the same database function as the searched column, so both agree on accents.
                var normalised = cb.function("search_normalise", String.class, cb.literal(escape(filter.text().strip())));
                predicates.add(cb.like(root.get("searchText"), cb.concat(cb.concat("%", normalised), "%"), '\\'));
            }
            if (filter.stage() != null) {
                predicates.add(cb.equal(root.get("lifecycleStage"), filter.stage()));
            }
            if (filter.owner() != null) {
                predicates.add(cb.equal(root.get("owner").get("userId"), filter.owner()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
