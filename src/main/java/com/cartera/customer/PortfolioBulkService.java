package com.cartera.customer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.CustomerField.FieldGroup;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaInsertSelect;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes many customers at once — owner, tags, lifecycle stage, a hand-over between agents — as set-based
 * statements in the database, so that a selection of any size is never loaded. Each change applies only to
 * the customers the signed-in person may change ({@link CustomerPermissions}); the others are counted as
 * skipped. Changed customers get a new version, so an editor still open on one of them sees a conflict.
 * Every action leaves one entry in the {@link AuditTrail}.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class PortfolioBulkService {

    private final EntityManager entityManager;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final TeamDirectory teamDirectory;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher notices;

    PortfolioBulkService(EntityManager entityManager, CustomerPermissions permissions, CurrentUser currentUser,
                         TeamDirectory teamDirectory, AuditTrail auditTrail, ApplicationEventPublisher notices) {
        this.notices = notices;
        this.entityManager = entityManager;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.teamDirectory = teamDirectory;
        this.auditTrail = auditTrail;
    }

    /** Gives the selected customers to {@code ownerId}; only management and admin may move customers. */
    public BulkResult assignOwner(CustomerSelection selection, UUID ownerId) {
        TeamMember owner = activeMember(ownerId, "owner");
        BulkResult result = changeOwner(selection, owner);
        audit("BULK_OWNER", selection, result, Map.of("owner", ownerId));
        return result;
    }

    public BulkResult addTag(CustomerSelection selection, long tagId) {
        Tag tag = tag(tagId);
        Counts counts = counts(selection, FieldGroup.TAGS);
        long changed = bumpVersions(selection, FieldGroup.TAGS,
                (root, statement, cb) -> cb.not(tagged(root, statement, cb, tagId)));
        insertTagLinks(selection, tagId);
        BulkResult result = counts.result(changed);
        audit("BULK_TAG_ADD", selection, result, Map.of("tag", tag.getName()));
        return result;
    }

    public BulkResult removeTag(CustomerSelection selection, long tagId) {
        Tag tag = tag(tagId);
        Counts counts = counts(selection, FieldGroup.TAGS);
        long changed = bumpVersions(selection, FieldGroup.TAGS,
                (root, statement, cb) -> tagged(root, statement, cb, tagId));
        deleteTagLinks(selection, tagId);
        BulkResult result = counts.result(changed);
        audit("BULK_TAG_REMOVE", selection, result, Map.of("tag", tag.getName()));
        return result;
    }

    /**
     * Moves the selected customers to {@code stage}, recording each transition as a single edit would: the
     * customers are stamped first, then their transitions are written from the stamp, then their stage changes.
     */
    public BulkResult changeStage(CustomerSelection selection, LifecycleStage stage) {
        if (stage == null) {
            throw new FieldRejectedException("stage", "customer.stage.required");
        }
        Counts counts = counts(selection, FieldGroup.PROFILE);
        Condition moves = (root, statement, cb) -> cb.notEqual(root.get("lifecycleStage"), stage);
        long changed = bumpVersions(selection, FieldGroup.PROFILE, moves);
        insertLifecycleChanges(selection, stage, moves);
        moveStage(selection, stage, moves);
        BulkResult result = counts.result(changed);
        audit("BULK_STAGE", selection, result, Map.of("stage", stage));
        return result;
    }

    /**
     * How many live customers of {@code fromId} a hand-over would move: all of them, or those matching
     * {@code scope} (whose own owner part is replaced by the agent handing over).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public long handoverCount(UUID fromId, CustomerFilter scope) {
        return count(handoverSelection(fromId, scope), (root, statement, cb) -> cb.conjunction());
    }

    /**
     * Hands the portfolio of {@code fromId} (all of it, or the part matching {@code scope}) over to
     * {@code toId}, in one statement.
     *
     * @throws FieldRejectedException naming {@code from} or {@code to} when an agent is missing or both are the same
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public BulkResult handOver(UUID fromId, UUID toId, CustomerFilter scope) {
        if (fromId == null || teamDirectory.find(fromId).isEmpty()) {
            throw new FieldRejectedException("from", "handover.from.required");
        }
        TeamMember to = activeMember(toId, "to");
        if (fromId.equals(toId)) {
            throw new FieldRejectedException("to", "handover.same-agent");
        }
        CustomerSelection selection = handoverSelection(fromId, scope);
        BulkResult result = changeOwner(selection, to);
        var details = new LinkedHashMap<String, Object>();
        details.put("from", fromId);
        details.put("to", toId);
        details.put("count", result.changed());
        details.put("filter", scope);
        auditTrail.record("HANDOVER", null, details);
        return result;
    }

    /** The team members who own at least one live customer, by name: the agents a portfolio can come from. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public List<TeamMember> portfolioOwners() {
        return entityManager.createQuery("select distinct m from Customer c join c.owner m"
                        + " where c.deletedAt is null order by m.displayName", TeamMember.class)
                .getResultList();
    }

    private static CustomerSelection handoverSelection(UUID fromId, CustomerFilter scope) {
        CustomerFilter base = scope == null ? CustomerFilter.NONE : scope;
        return CustomerSelection.matching(base.withOwners(Set.of(fromId), false).withDeleted(false));
    }

    private BulkResult changeOwner(CustomerSelection selection, TeamMember owner) {
        Counts counts = counts(selection, FieldGroup.OWNER);
        long changed = update(selection, FieldGroup.OWNER,
                (root, statement, cb) -> cb.or(cb.isNull(root.get("owner")),
                        cb.notEqual(root.get("owner").get("userId"), owner.getUserId())),
                (update, root) -> update.set(root.get("owner"), owner));
        if (changed > 0) {
            // For the notification module: the new owner is told once of the whole batch.
            notices.publishEvent(new CustomersAssigned(TenantScope.require(), owner.getUserId(), changed,
                    currentUser.require().userId()));
        }
        return counts.result(changed);
    }

    /** A part of a statement's where clause, on the customer {@code root} of {@code statement}. */
    @FunctionalInterface
    private interface Condition {
        Predicate on(Root<Customer> root, CommonAbstractCriteria statement, CriteriaBuilder cb);
    }

    /** What an update sets besides the version and the change stamp. */
    @FunctionalInterface
    private interface Assignment {
        void apply(CriteriaUpdate<Customer> update, Root<Customer> root);
    }

    private record Counts(long selected, long allowed) {
        BulkResult result(long changed) {
            return new BulkResult(selected, changed, selected - allowed);
        }
    }

    private Counts counts(CustomerSelection selection, FieldGroup group) {
        return new Counts(count(selection, (root, statement, cb) -> cb.conjunction()),
                count(selection, (root, statement, cb) -> permissions.editable(group, root, cb)));
    }

    private long count(CustomerSelection selection, Condition condition) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Customer> root = query.from(Customer.class);
        query.select(cb.count(root)).where(selects(selection, root, query, cb), condition.on(root, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    private long bumpVersions(CustomerSelection selection, FieldGroup group, Condition needsChange) {
        return update(selection, group, needsChange, (update, root) -> {
        });
    }

    /** Updates the allowed customers of the selection that need the change; returns how many it changed. */
    private long update(CustomerSelection selection, FieldGroup group, Condition needsChange, Assignment assignment) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaUpdate<Customer> update = cb.createCriteriaUpdate(Customer.class);
        Root<Customer> root = update.from(Customer.class);
        assignment.apply(update, root);
        update.set(root.<Long>get("version"), cb.sum(root.get("version"), 1L));
        update.set(root.get("updatedAt"), Instant.now());
        update.set(root.get("updatedBy"), currentUser.require().userId());
        update.where(selects(selection, root, update, cb), permissions.editable(group, root, cb),
                needsChange.on(root, update, cb));
        return entityManager.createQuery(update).executeUpdate();
    }

    private void insertTagLinks(CustomerSelection selection, long tagId) {
        HibernateCriteriaBuilder cb = hibernateBuilder();
        JpaCriteriaInsertSelect<CustomerTagLink> insert = cb.createCriteriaInsertSelect(CustomerTagLink.class);
        JpaRoot<CustomerTagLink> link = insert.getTarget();
        insert.setInsertionTargetPaths(link.get("customerId"), link.get("tagId"));
        JpaCriteriaQuery<Tuple> select = cb.createTupleQuery();
        JpaRoot<Customer> root = select.from(Customer.class);
        // The one parameter is a Long like the first item: see insertLifecycleChanges.
        select.multiselect(root.get("id"), cb.value(tagId));
        select.where(selects(selection, root, select, cb), permissions.editable(FieldGroup.TAGS, root, cb),
                cb.not(tagged(root, select, cb, tagId)));
        insert.select(select);
        session().createMutationQuery(insert).executeUpdate();
    }

    private void deleteTagLinks(CustomerSelection selection, long tagId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var delete = cb.createCriteriaDelete(CustomerTagLink.class);
        Root<CustomerTagLink> link = delete.from(CustomerTagLink.class);
        var allowed = delete.subquery(Long.class);
        Root<Customer> root = allowed.from(Customer.class);
        allowed.select(root.get("id")).where(selects(selection, root, allowed, cb),
                permissions.editable(FieldGroup.TAGS, root, cb));
        delete.where(cb.equal(link.get("tagId"), tagId), link.get("customerId").in(allowed));
        entityManager.createQuery(delete).executeUpdate();
    }

    /**
     * One transition per customer about to move, with when and by whom taken from the stamp just written on the
     * customer. Hibernate 7.4 gives every parameter in the select list of an insert the type of the first item
     * (and refuses enum literals there), so the one parameter, the new stage, comes first.
     */
    private void insertLifecycleChanges(CustomerSelection selection, LifecycleStage stage, Condition moves) {
        HibernateCriteriaBuilder cb = hibernateBuilder();
        JpaCriteriaInsertSelect<LifecycleChange> insert = cb.createCriteriaInsertSelect(LifecycleChange.class);
        JpaRoot<LifecycleChange> change = insert.getTarget();
        insert.setInsertionTargetPaths(change.get("toStage"), change.get("customerId"), change.get("fromStage"),
                change.get("changedAt"), change.get("changedBy"));
        JpaCriteriaQuery<Tuple> select = cb.createTupleQuery();
        JpaRoot<Customer> root = select.from(Customer.class);
        select.multiselect(cb.value(stage), root.get("id"), root.get("lifecycleStage"), root.get("updatedAt"),
                root.get("updatedBy"));
        select.where(selects(selection, root, select, cb), permissions.editable(FieldGroup.PROFILE, root, cb),
                moves.on(root, select, cb));
        insert.select(select);
        session().createMutationQuery(insert).executeUpdate();
    }

    private void moveStage(CustomerSelection selection, LifecycleStage stage, Condition moves) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaUpdate<Customer> update = cb.createCriteriaUpdate(Customer.class);
        Root<Customer> root = update.from(Customer.class);
        update.set(root.get("lifecycleStage"), stage);
        update.where(selects(selection, root, update, cb), permissions.editable(FieldGroup.PROFILE, root, cb),
                moves.on(root, update, cb));
        entityManager.createQuery(update).executeUpdate();
    }

    private static Predicate selects(CustomerSelection selection, Root<Customer> root,
                                     CommonAbstractCriteria statement, CriteriaBuilder cb) {
        return switch (selection) {
            case CustomerSelection.Picked picked ->
                    cb.and(root.get("id").in(picked.ids()), cb.isNull(root.get("deletedAt")));
            case CustomerSelection.Matching matching ->
                    CustomerSpecifications.predicate(matching.filter(), root, statement, cb);
        };
    }

    private static Predicate tagged(Root<Customer> root, CommonAbstractCriteria statement, CriteriaBuilder cb,
                                    long tagId) {
        var links = statement.subquery(Long.class);
        Root<CustomerTagLink> link = links.from(CustomerTagLink.class);
        links.select(link.get("customerId"))
                .where(cb.equal(link.get("customerId"), root.get("id")), cb.equal(link.get("tagId"), tagId));
        return cb.exists(links);
    }

    private TeamMember activeMember(UUID userId, String field) {
        return Optional.ofNullable(userId).flatMap(teamDirectory::find)
                .filter(TeamMember::isActive)
                .orElseThrow(() -> new FieldRejectedException(field, "bulk.owner.required"));
    }

    private Tag tag(long tagId) {
        Tag tag = entityManager.find(Tag.class, tagId);
        if (tag == null) {
            throw new FieldRejectedException("tag", "bulk.tag.required");
        }
        return tag;
    }

    private void audit(String action, CustomerSelection selection, BulkResult result, Map<String, ?> change) {
        var details = new LinkedHashMap<String, Object>(change);
        details.put("selected", result.selected());
        details.put("changed", result.changed());
        details.put("skipped", result.skipped());
        details.putAll(selection.describe());
        auditTrail.record(action, null, details);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private HibernateCriteriaBuilder hibernateBuilder() {
        return session().getCriteriaBuilder();
    }
}
