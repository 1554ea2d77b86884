package com.cartera.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's reading of the current workspace's audit trail and of its members' sign-ins, page by page,
 * newest first with the id as tie-breaker (a stable order for a lazy grid).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.ADMIN)
public class AuditSearch {

    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final JsonMapper json;
    private final TeamDirectory team;
    private final SignInLog signIns;

    AuditSearch(EntityManager entityManager, JsonMapper json, TeamDirectory team, SignInLog signIns) {
        this.entityManager = entityManager;
        this.json = json;
        this.team = team;
        this.signIns = signIns;
    }

    public List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        Query query = entityManager.createNativeQuery("select id, occurred_at, actor_id, action, entity_type,"
                + " entity_id, customer_id, summary, cast(details as text) as details, cast(changes as text) as changes"
                + " from audit_event" + where(filter) + " order by occurred_at desc, id desc offset :offset limit :limit",
                Tuple.class);
        bind(query, filter).setParameter("offset", offset).setParameter("limit", limit);
        List<AuditRecord> records = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Tuple tuple = (Tuple) row;
            Number customer = tuple.get("customer_id", Number.class);
            records.add(new AuditRecord(tuple.get("id", Number.class).longValue(), instant(tuple.get("occurred_at")),
                    tuple.get("actor_id", UUID.class), tuple.get("action", String.class),
                    tuple.get("entity_type", String.class), tuple.get("entity_id", String.class),
                    customer == null ? null : customer.longValue(), tuple.get("summary", String.class),
                    tuple.get("details", String.class), changes(tuple.get("changes", String.class))));
        }
        return records;
    }

    public int count(AuditFilter filter) {
        Query query = entityManager.createNativeQuery("select count(*) from audit_event" + where(filter));
        return ((Number) bind(query, filter).getSingleResult()).intValue();
    }

    /** The actions and record types on record, for the screen's filters. */
    public List<String> actions() {
        return strings("select distinct action from audit_event order by 1");
    }

    public List<String> entityTypes() {
        return strings("select distinct entity_type from audit_event where entity_type is not null order by 1");
    }

    /** Everyone who is or was a member, by id: who acted. */
    public Map<UUID, String> people() {
        Map<UUID, String> people = new LinkedHashMap<>();
        for (TeamMember member : team.allMembers()) {
            people.put(member.getUserId(), member.getDisplayName());
        }
        return people;
    }

    /** Sign-in attempts of this workspace's members (and those that entered it), never anyone else's. */
    public List<SignInRecord> signIns(Instant from, Instant to, int offset, int limit) {
        return signIns.page(TenantScope.require().id(), memberEmails(), from, to, offset, limit).stream()
                .map(s -> new SignInRecord(s.occurredAt(), s.email(), s.method(), s.outcome(), s.remoteAddress()))
                .toList();
    }

    public int countSignIns(Instant from, Instant to) {
        return signIns.count(TenantScope.require().id(), memberEmails(), from, to);
    }

    private List<String> memberEmails() {
        return team.allMembers().stream().map(TeamMember::getEmail).toList();
    }

    private List<String> strings(String sql) {
        return entityManager.createNativeQuery(sql).getResultList().stream().map(String::valueOf).toList();
    }

    private List<FieldChange> changes(String stored) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map<String, Object> change : json.readValue(stored, CHANGES)) {
            changes.add(new FieldChange(String.valueOf(change.get("field")), change.get("old"), change.get("new")));
        }
        return changes;
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
        }
        if (filter.actor() != null) {
            where.append(" and actor_id = :actor");
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
        }
        if (filter.entityType() != null) {
            where.append(" and entity_type = :entityType");
        }
        if (filter.customerId() != null) {
            where.append(" and customer_id = :customer");
        }
        if (hasText(filter)) {
            where.append(" and (entity_id = :exact or summary ilike :pattern escape '\\'"
                    + " or cast(changes as text) ilike :pattern escape '\\' or cast(details as text) ilike :pattern escape '\\')");
        }
        return where.toString();
    }

    private static Query bind(Query query, AuditFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            query.setParameter("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.entityType() != null) {
            query.setParameter("entityType", filter.entityType());
        }
        if (filter.customerId() != null) {
            query.setParameter("customer", filter.customerId());
        }
        if (hasText(filter)) {
            String text = filter.text().strip();
            query.setParameter("exact", text);
            query.setParameter("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    private static boolean hasText(AuditFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected time value " + value);
        };
    }
}
