package com.cartera.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.base.mention.NoteMentioned;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.live.LiveEvent.Kind;
import com.cartera.live.LiveEvents;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's customer portfolio: list, look up, create, edit, delete softly and restore customers.
 * Every change is checked against {@link CustomerPermissions} field group by field group.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerService {

    /** The sort property of the owner column. */
    public static final String OWNER_NAME = "owner.displayName";

    private final CustomerRepository customers;
    private final LifecycleChangeRepository lifecycleChanges;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final TeamDirectory teamDirectory;
    private final AuditTrail auditTrail;
    private final DuplicatePairs duplicatePairs;
    private final Validator validator;
    private final ApplicationEventPublisher notices;
    private final LiveEvents liveEvents;

    CustomerService(CustomerRepository customers, LifecycleChangeRepository lifecycleChanges,
                    CustomerPermissions permissions, CurrentUser currentUser, TeamDirectory teamDirectory,
                    AuditTrail auditTrail, DuplicatePairs duplicatePairs, Validator validator,
                    ApplicationEventPublisher notices, LiveEvents liveEvents) {
        this.notices = notices;
        this.customers = customers;
        this.lifecycleChanges = lifecycleChanges;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.teamDirectory = teamDirectory;
        this.auditTrail = auditTrail;
        this.duplicatePairs = duplicatePairs;
        this.validator = validator;
        this.liveEvents = liveEvents;
    }

    /**
     * One page of the customers matching {@code filter}, each with its owner loaded. The id breaks ties, in the
     * direction of the last sort order, so that paging is stable and an index on (column, id) serves the page.
     */
    public List<Customer> page(CustomerFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort();
        Sort.Direction last = sort.stream().reduce((first, second) -> second).map(Sort.Order::getDirection)
                .orElse(Sort.Direction.ASC);
        Sort stableSort = sort.and(Sort.by(last, "id"));
        Sort.Order firstOrder = sort.stream().findFirst().orElse(null);
        if (firstOrder != null && firstOrder.getProperty().equals(OWNER_NAME)) {
            Sort then = Sort.by(stableSort.stream().skip(1).toList());
            return customers.pageByOwnerName(filter, firstOrder, then, pageable.getOffset(),
                    pageable.getPageSize());
        }
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stableSort);
        // A slice, not a page: the grid asks for the count separately, once.
        return customers.findBy(CustomerSpecifications.matching(filter), query -> query.project("owner").slice(stable))
                .getContent();
    }

    /** The exact number of matches; on a large portfolio this reads every match, see {@link #countUpTo}. */
    public long count(CustomerFilter filter) {
        return customers.count(CustomerSpecifications.matching(filter));
    }

    /**
     * The number of matches counted up to {@code limit} and no further, so that it takes about as long for
     * a million matches as for {@code limit}: what the grid shows as "more than 100.000".
     */
    public CustomerCount countUpTo(CustomerFilter filter, int limit) {
        long counted = customers.countAtMost(filter, limit + 1L);
        return counted > limit ? new CustomerCount(limit, true) : new CustomerCount(counted, false);
    }

    /** A live customer with its owner and tags loaded, so that a form can show them after the transaction. */
    public Optional<Customer> find(long id) {
        return customers.findDetailedById(id).filter(customer -> !customer.isDeleted());
    }

    /** Every lifecycle transition of the customer, oldest first. */
    public List<LifecycleChange> lifecycleHistory(long customerId) {
        return lifecycleChanges.findByCustomerIdOrderByChangedAtAscIdAsc(customerId);
    }

    /**
     * Creates or updates a customer. A new customer made by a salesperson belongs to them unless they may
     * reassign; every lifecycle transition is recorded.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     * @throws AccessDeniedException when a changed field is not the signed-in person's to change
     */
    @Transactional
    public Customer save(Customer customer) {
        SignedInUser user = currentUser.require();
        requireValid(customer);
        boolean edit = customer.getId() != null;
        LifecycleStage previousStage;
        UUID previousOwner = null;
        String previousNotes = null;
        if (customer.getId() == null) {
            previousStage = null;
            prepareNew(customer, user);
        } else {
            Customer current = customers.findDetailedById(customer.getId())
                    .filter(stored -> !stored.isDeleted())
                    .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, customer.getId()));
            if (current.getVersion() != customer.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Customer.class, customer.getId());
            }
            requireEditable(current, customer);
            previousStage = current.getLifecycleStage();
            previousOwner = current.getOwner() == null ? null : current.getOwner().getUserId();
            previousNotes = current.getNotes();
        }
        customer.stampChangedBy(user.userId());
        Customer saved = customers.saveAndFlush(customer);
        if (saved.getLifecycleStage() != previousStage) {
            lifecycleChanges.save(new LifecycleChange(saved.getId(), previousStage, saved.getLifecycleStage(),
                    Instant.now(), user.userId()));
        }
        duplicatePairs.refresh(List.of(saved.getId()));
        if (!edit) {
            notices.publishEvent(new CustomersCreated(TenantScope.require(), Set.of(saved.getId())));
        }
        publishNotices(saved, previousOwner, previousNotes, user.userId());
        if (edit) {
            liveEvents.changed(Kind.CUSTOMER_EDITED, saved.getId(), saved.getVersion(),
                    saved.getOwner() == null ? null : saved.getOwner().getUserId());
        }
        return saved;
    }

    /** For the notification module: a new owner is told, and so is everyone newly mentioned in the notes. */
    private void publishNotices(Customer saved, UUID previousOwner, String previousNotes, UUID by) {
        UUID owner = saved.getOwner() == null ? null : saved.getOwner().getUserId();
        if (owner != null && !owner.equals(previousOwner)) {
            notices.publishEvent(new CustomerAssigned(TenantScope.require(), saved.getId(), saved.getName(), owner, by));
        }
        NoteMentioned.between(TenantScope.require(), "CUSTOMER", saved.getId(), saved.getName(),
                "customers/" + saved.getId(), previousNotes, saved.getNotes(), by).ifPresent(notices::publishEvent);
    }

    /**
     * Adds many new customers at once, in batches, in the current transaction, each with its first
     * lifecycle stage recorded.
     *
     * @throws ConstraintViolationException naming the first customer with wrong values; nothing is saved
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void createAll(List<Customer> newCustomers) {
        UUID userId = currentUser.require().userId();
        newCustomers.forEach(this::requireValid);
        newCustomers.forEach(customer -> customer.stampChangedBy(userId));
        Instant now = Instant.now();
        customers.saveAll(newCustomers).forEach(saved -> lifecycleChanges.save(
                new LifecycleChange(saved.getId(), null, saved.getLifecycleStage(), now, userId)));
        List<Long> ids = newCustomers.stream().map(Customer::getId).toList();
        duplicatePairs.refresh(ids);
        notices.publishEvent(new CustomersCreated(TenantScope.require(), Set.copyOf(ids)));
    }

    /**
     * Moves a customer to the bin; it can be restored.
     *
     * @throws ObjectOptimisticLockingFailureException when it changed or was deleted meanwhile
     */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Customer customer = live(id, expectedVersion);
        permissions.require(Action.DELETE, customer);
        customers.markDeleted(id, currentUser.require().userId(), Instant.now());
        auditTrail.record("DELETE", id, Map.of("name", customer.getName()));
    }

    /** Takes a customer out of the bin. */
    @Transactional
    public void restore(long id) {
        Customer customer = customers.findDetailedById(id)
                .filter(deleted -> deleted.isDeleted() && deleted.getMergedIntoId() == null)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, id));
        permissions.require(Action.DELETE, customer);
        customers.markRestored(id, Instant.now());
        duplicatePairs.refresh(List.of(id));
        auditTrail.record("RESTORE", id, Map.of("name", customer.getName()));
    }

    private Customer live(long id, long expectedVersion) {
        return customers.findDetailedById(id)
                .filter(customer -> !customer.isDeleted() && customer.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, id));
    }

    private void prepareNew(Customer customer, SignedInUser user) {
        if (!permissions.canCreate(customer.getLifecycleStage())) {
            throw new AccessDeniedException("Not allowed to create a customer at stage " + customer.getLifecycleStage());
        }
        if (customer.getOwner() == null && user.hasRole(Role.SALES) && !permissions.canReassign()) {
            customer.setOwner(teamDirectory.find(user.userId()).orElseThrow());
        }
        boolean ownOrNone = customer.getOwner() == null || user.userId().equals(customer.getOwner().getUserId());
        if (!ownOrNone && !permissions.canReassign()) {
            throw new AccessDeniedException("Not allowed to create a customer in someone else's portfolio");
        }
    }

    private void requireEditable(Customer current, Customer edited) {
        var editableGroups = permissions.editableGroups(current);
        for (CustomerField field : CustomerField.values()) {
            if (field.differs(current, edited) && !editableGroups.contains(field.group())) {
                throw new AccessDeniedException("Not allowed to change " + field + " of customer " + current.getId());
            }
        }
    }

    private void requireValid(Customer customer) {
        var violations = validator.validate(customer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
