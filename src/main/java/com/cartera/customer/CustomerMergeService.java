package com.cartera.customer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds one customer into another: the survivor keeps the chosen field values, every tag and note of
 * both, the merged customer's contact persons, lifecycle history, referrals and "not a duplicate"
 * decisions; other modules move their rows (purchases, interactions, ...) on {@link CustomersMerged}.
 * The merged customer is soft-deleted pointing at the survivor and cannot be restored. All or nothing.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class CustomerMergeService {

    /** Whose value of a field the survivor keeps. */
    public enum Side {
        SURVIVOR, MERGED
    }

    /** Fields the merge combines instead of choosing a side: tags are united, the notes of both are kept. */
    public static final Set<CustomerField> COMBINED = EnumSet.of(CustomerField.TAGS, CustomerField.NOTES);

    private final CustomerRepository customers;
    private final LifecycleChangeRepository lifecycleChanges;
    private final CustomerPermissions permissions;
    private final DuplicatePairs duplicatePairs;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Validator validator;

    CustomerMergeService(CustomerRepository customers, LifecycleChangeRepository lifecycleChanges,
                         CustomerPermissions permissions, DuplicatePairs duplicatePairs, CurrentUser currentUser,
                         AuditTrail auditTrail, ApplicationEventPublisher events, EntityManager entityManager,
                         Validator validator) {
        this.customers = customers;
        this.lifecycleChanges = lifecycleChanges;
        this.permissions = permissions;
        this.duplicatePairs = duplicatePairs;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.entityManager = entityManager;
        this.validator = validator;
    }

    /** The notes of the survivor followed by those of the merged customer under a line naming it. */
    public static String combinedNotes(Customer survivor, Customer merged) {
        String kept = survivor.getNotes() == null ? "" : survivor.getNotes().strip();
        String added = merged.getNotes() == null ? "" : merged.getNotes().strip();
        if (added.isEmpty()) {
            return survivor.getNotes();
        }
        String separator = "--- " + merged.getName() + " (#" + merged.getId() + ") ---";
        return kept.isEmpty() ? separator + "\n" + added : kept + "\n\n" + separator + "\n" + added;
    }

    /**
     * Merges customer {@code mergedId} into {@code survivorId}.
     *
     * @param choices per field, whose value the survivor keeps; a field not listed keeps the survivor's.
     *                {@link #COMBINED} fields are never chosen.
     * @throws ObjectOptimisticLockingFailureException when either customer changed, was deleted or merged
     *                                                 since the given versions were read
     * @throws AccessDeniedException                   when the signed-in person may not merge them
     * @throws ConstraintViolationException            when the survivor's combined values are not valid
     *                                                 (e.g. the notes of both are too long together)
     */
    public void merge(long survivorId, long survivorVersion, long mergedId, long mergedVersion,
                      Map<CustomerField, Side> choices) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A customer cannot be merged into itself: " + survivorId);
        }
        choices.keySet().stream().filter(COMBINED::contains).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException(field + " is combined by the merge, not chosen");
        });
        SignedInUser user = currentUser.require();
        Customer survivor = live(survivorId, survivorVersion);
        Customer merged = live(mergedId, mergedVersion);
        permissions.require(Action.MERGE, survivor);
        permissions.require(Action.MERGE, merged);
        // Locks the survivor's row and moves its version on even if no field of it changes.
        entityManager.lock(survivor, LockModeType.PESSIMISTIC_FORCE_INCREMENT);

        LifecycleStage stageBefore = survivor.getLifecycleStage();
        Map<String, Object> chosenValues = applyChoices(survivor, merged, choices);
        survivor.getTags().addAll(merged.getTags());
        survivor.setNotes(combinedNotes(survivor, merged));
        var violations = validator.validate(survivor);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        survivor.stampChangedBy(user.userId());
        customers.saveAndFlush(survivor);

        moveRowsOfTheCustomerModule(survivorId, mergedId);
        if (survivor.getLifecycleStage() != stageBefore) {
            lifecycleChanges.save(new LifecycleChange(survivorId, stageBefore, survivor.getLifecycleStage(),
                    Instant.now(), user.userId()));
        }
        events.publishEvent(new CustomersMerged(user.workspace().tenant(), mergedId, survivorId));
        markMerged(mergedId, mergedVersion, survivorId, user.userId());
        duplicatePairs.forget(mergedId);
        duplicatePairs.refresh(List.of(survivorId));

        var details = new LinkedHashMap<String, Object>();
        details.put("survivorId", survivorId);
        details.put("survivorName", survivor.getName());
        details.put("mergedId", mergedId);
        details.put("mergedName", merged.getName());
        details.put("fields", chosenValues);
        details.put("takenFromMerged", choices.entrySet().stream().filter(choice -> choice.getValue() == Side.MERGED)
                .map(choice -> choice.getKey().name()).sorted().toList());
        auditTrail.record("MERGE", survivorId, details);
    }

    /** Applies the chosen values to the survivor; returns every chosen field's resulting value, as recorded. */
    private static Map<String, Object> applyChoices(Customer survivor, Customer merged, Map<CustomerField, Side> choices) {
        var values = new LinkedHashMap<String, Object>();
        for (CustomerField field : CustomerField.values()) {
            if (COMBINED.contains(field)) {
                continue;
            }
            if (choices.getOrDefault(field, Side.SURVIVOR) == Side.MERGED) {
                field.copy(merged, survivor);
            }
            Object value = CustomerField.comparable(field.get(survivor));
            values.put(field.name(), value == null ? null : String.valueOf(value));
        }
        // Neither may refer the survivor once they are one customer.
        Customer referrer = survivor.getReferredBy();
        if (referrer != null && (referrer.getId().equals(survivor.getId()) || referrer.getId().equals(merged.getId()))) {
            survivor.setReferredBy(null);
            values.put(CustomerField.REFERRED_BY.name(), null);
        }
        return values;
    }

    private void moveRowsOfTheCustomerModule(long survivorId, long mergedId) {
        execute("update contact_person set company_id = :survivor, version = version + 1 where company_id = :merged",
                survivorId, mergedId);
        execute("update lifecycle_change set customer_id = :survivor where customer_id = :merged", survivorId, mergedId);
        // The survivor already carries the union of both customers' tags.
        execute("delete from customer_tag where customer_id = :merged", survivorId, mergedId);
        execute("""
                update customer set referred_by_id = :survivor, version = version + 1
                where referred_by_id = :merged and id <> :survivor""", survivorId, mergedId);
        // What was said about the merged customer holds for the survivor: it is not a duplicate of those.
        execute("""
                insert into duplicate_dismissal (customer_id, other_customer_id, dismissed_by, dismissed_at)
                select least(other, :survivor), greatest(other, :survivor), dismissed_by, dismissed_at
                from (select case when customer_id = :merged then other_customer_id else customer_id end as other,
                             dismissed_by, dismissed_at
                      from duplicate_dismissal
                      where customer_id = :merged or other_customer_id = :merged) d
                where other <> :survivor
                on conflict do nothing""", survivorId, mergedId);
        execute("delete from duplicate_dismissal where customer_id = :merged or other_customer_id = :merged",
                survivorId, mergedId);
    }

    private void markMerged(long mergedId, long mergedVersion, long survivorId, UUID by) {
        int marked = entityManager.createNativeQuery("""
                        update customer
                        set deleted_at = now(), deleted_by = :by, merged_into_id = :survivor, version = version + 1
                        where id = :merged and version = :version and deleted_at is null""")
                .setParameter("by", by)
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .setParameter("version", mergedVersion)
                .executeUpdate();
        if (marked != 1) {
            throw new ObjectOptimisticLockingFailureException(Customer.class, mergedId);
        }
    }

    /** Runs a statement naming {@code :merged} and, where it needs it, {@code :survivor}. */
    private void execute(String sql, long survivorId, long mergedId) {
        var statement = entityManager.createNativeQuery(sql).setParameter("merged", mergedId);
        if (sql.contains(":survivor")) {
            statement.setParameter("survivor", survivorId);
        }
        statement.executeUpdate();
    }

    private Customer live(long id, long expectedVersion) {
        return customers.findDetailedById(id)
                .filter(customer -> !customer.isDeleted() && customer.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, id));
    }
}
