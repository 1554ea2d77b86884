package com.cartera.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What marketing may know of an audience (the live customers a grid filter, optionally narrowed to one RFM
 * segment, selects): whether each gave marketing consent and has an e-mail address or a phone number, read in
 * one streamed query so that target lists of hundreds of thousands are built without loading customers; and the
 * contact details of given customers, read again each time (consent may have been withdrawn since).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class MarketingReach {

    private static final int FETCH_SIZE = 5_000;

    /** One customer of an audience: consent, and whether an e-mail address and a phone number are on record. */
    public record Reach(long customerId, boolean consent, boolean hasEmail, boolean hasPhone) {
    }

    /**
     * How an audience splits: all its customers, those without consent, and of those with consent, the ones
     * without an e-mail address and the ones with neither an e-mail address nor a phone number.
     */
    public record ReachCount(long customers, long withoutConsent, long consentWithoutEmail,
                             long consentWithoutEmailOrPhone) {
    }

    /** A customer's details as a mailing tool needs them; {@code live} is false once deleted or merged away. */
    public record Contact(long customerId, CustomerKind kind, String name, String email, String phone,
                          boolean consent, boolean live) {
    }

    private final EntityManager entityManager;
    private final TenantSql sql;

    MarketingReach(EntityManager entityManager, TenantSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    public ReachCount count(CustomerFilter filter, RfmSegment segment) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> root = query.from(Customer.class);
        Predicate consent = cb.isTrue(root.get("marketingConsent"));
        Predicate email = present(cb, root.get("email"));
        Predicate phone = present(cb, root.get("phone"));
        query.multiselect(cb.count(root),
                sumWhere(cb, cb.not(consent)),
                sumWhere(cb, cb.and(consent, cb.not(email))),
                sumWhere(cb, cb.and(consent, cb.not(email), cb.not(phone))));
        query.where(audience(filter, segment, root, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        return new ReachCount(number(row.get(0)), number(row.get(1)), number(row.get(2)), number(row.get(3)));
    }

    /** Hands the audience's customers to {@code sink} in batches of {@code batchSize}, in id order. */
    public void forEachBatch(CustomerFilter filter, RfmSegment segment, int batchSize, Consumer<List<Reach>> sink) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> root = query.from(Customer.class);
        query.multiselect(root.get("id"), root.get("marketingConsent"),
                cb.selectCase().when(present(cb, root.get("email")), true).otherwise(false),
                cb.selectCase().when(present(cb, root.get("phone")), true).otherwise(false));
        query.where(audience(filter, segment, root, query, cb)).orderBy(cb.asc(root.get("id")));
        List<Reach> batch = new ArrayList<>(batchSize);
        try (Stream<Tuple> rows = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .getResultStream()) {
            rows.forEach(row -> {
                batch.add(new Reach(row.get(0, Long.class), Boolean.TRUE.equals(row.get(1)),
                        Boolean.TRUE.equals(row.get(2)), Boolean.TRUE.equals(row.get(3))));
                if (batch.size() == batchSize) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    /** The contact details of those of {@code customerIds} that exist (live or not), by id. */
    public Map<Long, Contact> contacts(Collection<Long> customerIds) {
        Map<Long, Contact> found = new HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        sql.client().sql("""
                        select id, kind, name, email, phone, marketing_consent, deleted_at is null as live
                        from customer where id = any(:ids)""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query((rs, n) -> new Contact(rs.getLong("id"), CustomerKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                        rs.getBoolean("marketing_consent"), rs.getBoolean("live")))
                .list().forEach(contact -> found.put(contact.customerId(), contact));
        return found;
    }

    /**
     * Those of {@code customerIds} whose name, e-mail, phone or tax id contain {@code text}, ignoring case and
     * accents as the customer grid's search does.
     */
    public List<Long> matchingText(String text, Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return sql.client().sql("""
                        select id from customer
                        where id = any(:ids) and search_text like '%' || search_normalise(:text) || '%'""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .param("text", escaped)
                .query(Long.class).list();
    }

    private static Predicate audience(CustomerFilter filter, RfmSegment segment, Root<Customer> root,
                                      CriteriaQuery<Tuple> query, CriteriaBuilder cb) {
        Predicate matches = CustomerSpecifications.predicate(filter.withDeleted(false), root, query, cb);
        return segment == null ? matches : cb.and(matches, cb.equal(root.get("rfmSegment"), segment.name()));
    }

    private static Predicate present(CriteriaBuilder cb, Expression<String> column) {
        return cb.and(cb.isNotNull(column), cb.notEqual(cb.trim(column), ""));
    }

    private static Expression<Long> sumWhere(CriteriaBuilder cb, Predicate condition) {
        return cb.sumAsLong(cb.<Integer>selectCase().when(condition, 1).otherwise(0));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
