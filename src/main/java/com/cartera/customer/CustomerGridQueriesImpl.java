package com.cartera.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.security.TeamMember;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * {@link CustomerGridQueries} with the Criteria API: counting as
 * {@code select count(*) from (select id from customer where ... limit n)}, and ordering by owner name one
 * owner at a time, each read in order from the index that leads with the owner, instead of joining every
 * match to its owner and sorting them all.
 */
class CustomerGridQueriesImpl implements CustomerGridQueries {

    private final EntityManager entityManager;

    CustomerGridQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long countAtMost(CustomerFilter filter, long limit) {
        return countAtMost(filter, null, limit);
    }

    @Override
    public List<Customer> pageByOwnerName(CustomerFilter filter, Sort.Order order, Sort then, long offset,
                                          int limit) {
        List<Customer> page = new ArrayList<>(limit);
        long toSkip = offset;
        for (List<UUID> owners : ownersByName(order)) {
            if (toSkip > 0) {
                long inGroup = countAtMost(filter, owners, toSkip);
                if (inGroup < toSkip) {
                    toSkip -= inGroup;
                    continue;
                }
            }
            page.addAll(fetch(filter, owners, then, toSkip, limit - page.size()));
            toSkip = 0;
            if (page.size() == limit) {
                break;
            }
        }
        return page;
    }

    /**
     * The owners grouped by display name in the order the grid shows them (people with the same name together,
     * as the database orders them all by name alone), and the empty group "no owner" where the order asks for
     * nulls, or by default where the database puts them: after the names ascending, before them descending.
     * An empty list stands for "no owner".
     */
    private List<List<UUID>> ownersByName(Sort.Order order) {
        Sort.Direction direction = order.getDirection();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(TeamMember.class);
        var member = query.from(TeamMember.class);
        Expression<String> name = member.get("displayName");
        query.orderBy(direction.isAscending() ? cb.asc(name) : cb.desc(name));
        Map<String, List<UUID>> byName = new LinkedHashMap<>();
        for (TeamMember m : entityManager.createQuery(query).getResultList()) {
            byName.computeIfAbsent(m.getDisplayName(), key -> new ArrayList<>()).add(m.getUserId());
        }
        List<List<UUID>> groups = new ArrayList<>(byName.values());
        boolean nullsLast = switch (order.getNullHandling()) {
            case NULLS_LAST -> true;
            case NULLS_FIRST -> false;
            case NATIVE -> direction.isAscending();
        };
        if (nullsLast) {
            groups.add(Collections.emptyList());
        } else {
            groups.addFirst(Collections.emptyList());
        }
        return groups;
    }

    /** Matches of {@code filter} owned by one of {@code owners} (none: unowned; null: anyone), up to {@code limit}. */
    private long countAtMost(CustomerFilter filter, List<UUID> owners, long limit) {
        var cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var matching = query.subquery(Long.class);
        var customer = matching.from(Customer.class);
        Expression<Long> id = customer.get("id");
        // Hibernate requires a name for every column of a subquery in the from clause.
        id.alias("id");
        matching.select(id)
                .where(matching(filter, owners, customer, matching, cb))
                .fetch(limit);
        query.from(matching);
        query.select(cb.count());
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<Customer> fetch(CustomerFilter filter, List<UUID> owners, Sort sort, long offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Customer.class);
        var customer = query.from(Customer.class);
        customer.fetch("owner", JoinType.LEFT);
        query.where(matching(filter, owners, customer, query, cb))
                .orderBy(QueryUtils.toOrders(sort, customer, cb));
        return entityManager.createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    private static Predicate matching(CustomerFilter filter, List<UUID> owners, Root<Customer> customer,
                                      CommonAbstractCriteria query, CriteriaBuilder cb) {
        Predicate matches = CustomerSpecifications.predicate(filter, customer, query, cb);
        if (owners == null) {
            return matches;
        }
        Predicate owned = owners.isEmpty() ? cb.isNull(customer.get("owner"))
                : customer.get("owner").get("userId").in(owners);
        return cb.and(matches, owned);
    }
}
