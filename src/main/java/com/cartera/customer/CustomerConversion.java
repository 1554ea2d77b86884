package com.cartera.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a lead or prospect an active customer because a sale was won, recording the lifecycle change
 * like any other. Who wins a deal may do this even for a customer in someone else's portfolio: it follows
 * from the sale, it is not an edit of the profile.
 */
@Service
public class CustomerConversion {

    private final CustomerRepository customers;
    private final LifecycleChangeRepository lifecycleChanges;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;

    CustomerConversion(CustomerRepository customers, LifecycleChangeRepository lifecycleChanges,
                       CustomerPermissions permissions, CurrentUser currentUser, AuditTrail auditTrail) {
        this.customers = customers;
        this.lifecycleChanges = lifecycleChanges;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
    }

    /**
     * Moves the customer to ACTIVE if it is a LEAD or PROSPECT, in the caller's transaction.
     *
     * @param reason what caused it, kept in the audit trail (e.g. "opportunity 42 won")
     * @return the stage it was converted from, or empty when it was not a lead or prospect
     * @throws ObjectOptimisticLockingFailureException when the customer was deleted
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MANAGEMENT})
    public Optional<LifecycleStage> convertToActive(long customerId, String reason) {
        if (!permissions.canCreate(LifecycleStage.ACTIVE)) {
            throw new AccessDeniedException("Not allowed to make customer " + customerId + " active");
        }
        Customer customer = customers.findById(customerId)
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, customerId));
        LifecycleStage previous = customer.getLifecycleStage();
        if (previous != LifecycleStage.LEAD && previous != LifecycleStage.PROSPECT) {
            return Optional.empty();
        }
        UUID userId = currentUser.require().userId();
        customer.setLifecycleStage(LifecycleStage.ACTIVE);
        customer.stampChangedBy(userId);
        lifecycleChanges.save(new LifecycleChange(customerId, previous, LifecycleStage.ACTIVE, Instant.now(), userId));
        auditTrail.record("CONVERT", customerId, Map.of("from", previous.name(), "reason", reason));
        return Optional.of(previous);
    }
}
