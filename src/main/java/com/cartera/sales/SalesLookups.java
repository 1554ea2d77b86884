package com.cartera.sales;

import java.util.Collection;
import java.util.List;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sales screens need to know from the rest of the workspace, read directly: the workspace
 * currency, the product catalogue and the tags. Native statements on the session's connection, which
 * points at the workspace's schema.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class SalesLookups {

    /** A product an opportunity may name. */
    public record ProductChoice(long id, String name) {
    }

    /** A tag the board may be narrowed by. */
    public record TagChoice(long id, String name, String colour) {
    }

    private final EntityManager entityManager;

    SalesLookups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String workspaceCurrency() {
        return (String) entityManager.createNativeQuery("select currency from workspace_settings").getSingleResult();
    }

    /** Active products whose name contains {@code text} (any case), by name, one page. */
    public List<ProductChoice> products(String text, int offset, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        select id, name from product
                        where active and lower(name) like '%' || lower(:text) || '%'
                        order by name, id offset :offset limit :limit""")
                .setParameter("text", text == null ? "" : text.strip())
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new ProductChoice(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    public List<ProductChoice> productsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("select id, name from product where id in (:ids) order by name")
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new ProductChoice(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    public List<TagChoice> tags() {
        List<?> rows = entityManager.createNativeQuery("select id, name, colour from tag order by lower(name)")
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new TagChoice(((Number) row[0]).longValue(), (String) row[1], (String) row[2])).toList();
    }
}
