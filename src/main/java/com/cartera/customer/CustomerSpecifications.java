package com.cartera.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/** The grid's filter as a query: live (or, for the bin, deleted) customers, narrowed by each part that is set. */
final class CustomerSpecifications {

    private CustomerSpecifications() {
    }

    static Specification<Customer> matching(CustomerFilter filter) {
        return (root, query, cb) -> predicate(filter, root, query, cb);
    }

    /**
     * The filter as one predicate on {@code root}; {@code statement} is the query, update or delete it goes
     * into (it makes the subqueries), so that bulk changes narrow exactly as the grid does.
     */
    static Predicate predicate(CustomerFilter filter, Root<Customer> root, CommonAbstractCriteria statement,
                               CriteriaBuilder cb) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(filter.deleted() ? cb.isNotNull(root.get("deletedAt")) : cb.isNull(root.get("deletedAt")));
        if (filter.deleted()) {
            // Customers folded into another by a merge are not in the bin: there is nothing to restore.
            predicates.add(cb.isNull(root.get("mergedIntoId")));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // Normalised by the same database function as the searched column, so both agree on accents.
            var normalised = cb.function("search_normalise", String.class, cb.literal(escape(filter.text().strip())));
            predicates.add(cb.like(root.get("searchText"), cb.concat(cb.concat("%", normalised), "%"), '\\'));
        }
        if (!filter.stages().isEmpty()) {
            predicates.add(root.get("lifecycleStage").in(filter.stages()));
        }
        if (!filter.tiers().isEmpty()) {
            predicates.add(root.get("tier").in(filter.tiers()));
        }
        if (filter.unassigned() && !filter.owners().isEmpty()) {
            predicates.add(cb.or(cb.isNull(root.get("owner")), root.get("owner").get("userId").in(filter.owners())));
        } else if (filter.unassigned()) {
            predicates.add(cb.isNull(root.get("owner")));
        } else if (!filter.owners().isEmpty()) {
            predicates.add(root.get("owner").get("userId").in(filter.owners()));
        }
        if (!filter.tagIds().isEmpty()) {
            // Correlated, so that only the link table is read: exists (select from customer_tag where ...).
            var tagged = statement.subquery(Integer.class);
            var customer = tagged.correlate(root);
            tagged.select(cb.literal(1)).where(customer.join("tags").get("id").in(filter.tagIds()));
            predicates.add(cb.exists(tagged));
        }
        if (!filter.alerts().isEmpty()) {
            predicates.add(root.get("alertColour").in(filter.alerts()));
        }
        addTextEquals(predicates, cb, root, "city", filter.city());
        addTextEquals(predicates, cb, root, "region", filter.region());
        addTextEquals(predicates, cb, root, "sector", filter.sector());
        if (filter.lastPurchaseFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("lastPurchaseOn"), filter.lastPurchaseFrom()));
        }
        if (filter.lastPurchaseTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("lastPurchaseOn"), filter.lastPurchaseTo()));
        }
        if (filter.clvMin() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("revenue"), filter.clvMin()));
        }
        if (filter.clvMax() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("revenue"), filter.clvMax()));
        }
        if (!filter.churnRisks().isEmpty()) {
            predicates.add(root.get("churnRiskLevel").in(filter.churnRisks()));
        }
        if (filter.noPaymentRisk() && !filter.paymentRisks().isEmpty()) {
            predicates.add(cb.or(cb.isNull(root.get("paymentRisk")), root.get("paymentRisk").in(filter.paymentRisks())));
        } else if (filter.noPaymentRisk()) {
            predicates.add(cb.isNull(root.get("paymentRisk")));
        } else if (!filter.paymentRisks().isEmpty()) {
            // Served by the partial index customer_payment_risk_idx: few customers carry a risk.
            predicates.add(root.get("paymentRisk").in(filter.paymentRisks()));
        }
        if (filter.listId() != null) {
            // Correlated on the list's primary key: exists (select from customer_list_entry where list and customer).
            var listed = statement.subquery(Integer.class);
            var entry = listed.from(CustomerListEntry.class);
            listed.select(cb.literal(1)).where(cb.equal(entry.get("id").get("listId"), filter.listId()),
                    cb.equal(entry.get("id").get("customerId"), root.get("id")));
            predicates.add(cb.exists(listed));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private static void addTextEquals(List<Predicate> predicates, CriteriaBuilder cb, Root<Customer> root,
                                      String attribute, String value) {
        if (value != null && !value.isBlank()) {
            Expression<String> column = cb.lower(root.get(attribute));
            predicates.add(cb.equal(column, value.strip().toLowerCase(Locale.ROOT)));
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
