package com.cartera.customer;

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers a grid filter selects, in the grid's order, streamed from one query for an export: the
 * database hands rows over a few hundred at a time and the persistence context is emptied as it goes, so
 * a million customers never sit in memory together (page-by-page offsets would also slow down with depth).
 * Everyone in the workspace reads the whole portfolio, so everyone may export it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerExportQuery {

    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final WorkspaceSettingsRepository settings;

    CustomerExportQuery(EntityManager entityManager, WorkspaceSettingsRepository settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    /** Hands each customer matching {@code filter}, sorted by {@code sort} then id, to {@code sink}. */
    public void forEach(CustomerFilter filter, Sort sort, Consumer<Customer> sink) {
        var cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
        Root<Customer> root = query.from(Customer.class);
        query.select(root).where(CustomerSpecifications.matching(filter).toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort.and(Sort.by("id")), root, cb));
        try (Stream<Customer> customers = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            int[] count = {0};
            customers.forEach(customer -> {
                sink.accept(customer);
                if (++count[0] % FETCH_SIZE == 0) {
                    entityManager.clear();
                }
            });
        }
    }

    /** The workspace's currency (ISO 4217 code), for formatting money. */
    public String currency() {
        return settings.current().getCurrency();
    }
}
