package com.cartera.customer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicate customers: those that look like a customer being created or edited, and the candidate
 * pairs of the whole workspace for review. Two customers look alike when they share the normalised
 * e-mail, phone or tax id, or have similar names in the same city (the rules are in the V9 migration).
 */
@Service
@Transactional(readOnly = true)
public class DuplicateService {

    /** The most candidates shown for one customer: enough to recognise it, few enough to read. */
    private static final int MAX_CANDIDATES = 10;

    private final EntityManager entityManager;
    private final CustomerRepository customers;
    private final CustomerPermissions permissions;
    private final DuplicatePairs duplicatePairs;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;

    DuplicateService(EntityManager entityManager, CustomerRepository customers, CustomerPermissions permissions,
                     DuplicatePairs duplicatePairs, CurrentUser currentUser, AuditTrail auditTrail) {
        this.entityManager = entityManager;
        this.customers = customers;
        this.permissions = permissions;
        this.duplicatePairs = duplicatePairs;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
    }

    /**
     * The live customers that look like {@code draft} (new or being edited), most likely first; never the
     * draft itself nor a customer it was said not to duplicate. Index lookups only, so cheap on every save.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
            Role.Names.MANAGEMENT})
    public List<DuplicateCandidate> candidatesFor(Customer draft) {
        useSimilarityThreshold();
        List<?> rows = entityManager.createNativeQuery("""
                        select customer_id, same_email, same_phone, same_tax_id, name_similarity, score
                        from duplicate_candidates(cast(:id as bigint), cast(:name as text), cast(:email as text),
                                                  cast(:phone as text), cast(:taxId as text), cast(:city as text))
                        order by score desc, customer_id
                        limit :max""")
                .setParameter("id", draft.getId())
                .setParameter("name", draft.getName())
                .setParameter("email", draft.getEmail())
                .setParameter("phone", draft.getPhone())
                .setParameter("taxId", draft.getTaxId())
                .setParameter("city", draft.getCity())
                .setParameter("max", MAX_CANDIDATES)
                .getResultList();
        List<Match> matches = rows.stream().map(row -> Match.of((Object[]) row, 0)).toList();
        Map<Long, Customer> found = loaded(matches.stream().map(Match::customerId).toList());
        return matches.stream()
                .map(match -> new DuplicateCandidate(found.get(match.customerId()), match.score(), match.reasons()))
                .toList();
    }

    /** One page of the workspace's candidate pairs, highest score first (ties by the customers' ids). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public List<DuplicatePair> pairs(int offset, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        select p.customer_id, p.other_customer_id, p.same_email, p.same_phone, p.same_tax_id,
                               p.name_similarity, p.score
                        from duplicate_pair p
                                 join customer a on a.id = p.customer_id and a.deleted_at is null
                                 join customer b on b.id = p.other_customer_id and b.deleted_at is null
                        order by p.score desc, p.customer_id, p.other_customer_id
                        offset :offset limit :limit""")
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        List<Object[]> pairRows = rows.stream().map(row -> (Object[]) row).toList();
        List<Long> ids = new ArrayList<>();
        pairRows.forEach(row -> {
            ids.add(((Number) row[0]).longValue());
            ids.add(((Number) row[1]).longValue());
        });
        Map<Long, Customer> found = loaded(ids);
        return pairRows.stream().map(row -> {
            Match match = Match.of(row, 1);
            return new DuplicatePair(found.get(((Number) row[0]).longValue()), found.get(match.customerId()),
                    match.score(), match.reasons());
        }).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public long countPairs() {
        return ((Number) entityManager.createNativeQuery("""
                        select count(*)
                        from duplicate_pair p
                                 join customer a on a.id = p.customer_id and a.deleted_at is null
                                 join customer b on b.id = p.other_customer_id and b.deleted_at is null""")
                .getSingleResult()).longValue();
    }

    /**
     * Records that two customers are not the same one: the pair is not proposed again, neither on the
     * review screen nor when either is edited. For those who may merge them.
     *
     * @throws ObjectOptimisticLockingFailureException when either is gone (deleted or merged) meanwhile
     * @throws AccessDeniedException when the signed-in person may not merge them
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public void dismiss(long customerId, long otherCustomerId) {
        if (customerId == otherCustomerId) {
            throw new IllegalArgumentException("A customer is no duplicate of itself: " + customerId);
        }
        Customer first = live(Math.min(customerId, otherCustomerId));
        Customer second = live(Math.max(customerId, otherCustomerId));
        permissions.require(Action.MERGE, first);
        permissions.require(Action.MERGE, second);
        entityManager.createNativeQuery("""
                        insert into duplicate_dismissal (customer_id, other_customer_id, dismissed_by)
                        values (:first, :second, cast(:by as uuid))
                        on conflict do nothing""")
                .setParameter("first", first.getId())
                .setParameter("second", second.getId())
                .setParameter("by", currentUser.require().userId())
                .executeUpdate();
        duplicatePairs.forget(first.getId(), second.getId());
        auditTrail.record("NOT_DUPLICATE", first.getId(), Map.of(
                "customerId", first.getId(), "customerName", first.getName(),
                "otherCustomerId", second.getId(), "otherCustomerName", second.getName()));
    }

    /** Lets the trigram index return only names similar enough, for the rest of this transaction. */
    private void useSimilarityThreshold() {
        entityManager.createNativeQuery("select set_config('pg_trgm.similarity_threshold', '0.6', true)")
                .getSingleResult();
    }

    private Customer live(long id) {
        return customers.findById(id).filter(customer -> !customer.isDeleted())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, id));
    }

    private Map<Long, Customer> loaded(List<Long> ids) {
        return customers.findWithOwnerByIdIn(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
    }

    /** One matched customer as the database function reports it, from {@code start} in a result row. */
    private record Match(long customerId, int score, Set<DuplicateReason> reasons) {

        static Match of(Object[] row, int start) {
            Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
            if ((Boolean) row[start + 1]) {
                reasons.add(DuplicateReason.EMAIL);
            }
            if ((Boolean) row[start + 2]) {
                reasons.add(DuplicateReason.PHONE);
            }
            if ((Boolean) row[start + 3]) {
                reasons.add(DuplicateReason.TAX_ID);
            }
            if (row[start + 4] != null) {
                reasons.add(DuplicateReason.NAME_AND_CITY);
            }
            return new Match(((Number) row[start]).longValue(), ((Number) row[start + 5]).intValue(), reasons);
        }
    }
}
