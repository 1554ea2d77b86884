package com.cartera.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
                String pattern = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\'),
                        cb.like(root.get("phone"), pattern, '\\'),
                        cb.like(cb.lower(root.get("taxId")), pattern, '\\')));
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
