package com.cartera.activity;

import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of contacts with customers. Whoever may log interactions with the customer
 * ({@link Action#LOG_INTERACTION}) logs them; each person corrects only their own. Each change recomputes the
 * customer's alert colour.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class InteractionService {

    private final InteractionRepository interactions;
    private final CustomerService customers;
    private final CustomerPermissions permissions;
    private final CurrentUser currentUser;
    private final InteractionRecorder recorder;

    InteractionService(InteractionRepository interactions, CustomerService customers, CustomerPermissions permissions,
                       CurrentUser currentUser, InteractionRecorder recorder) {
        this.interactions = interactions;
        this.customers = customers;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.recorder = recorder;
    }

    /** One page of the customer's interactions, newest first. */
    public List<Interaction> interactionsOf(long customerId, Pageable pageable) {
        return interactions.latestOf(customerId, pageable);
    }

    public long countOf(long customerId) {
        return interactions.countByCustomerId(customerId);
    }

    /** Whether the signed-in person may log interactions with {@code customer}. */
    public boolean canLog(Customer customer) {
        return permissions.can(Action.LOG_INTERACTION, customer);
    }

    /** Whether {@code interaction} is the signed-in person's own, and so theirs to correct. */
    public boolean isOwn(Interaction interaction) {
        return currentUser.require().userId().equals(interaction.getAuthorId());
    }

    /**
     * Logs an interaction with the customer, authored by the signed-in person.
     *
     * @throws ConstraintViolationException naming the fields with wrong values (a time in the future, ...)
     * @throws AccessDeniedException when the signed-in person may not log interactions with the customer
     * @throws ObjectOptimisticLockingFailureException when the customer is gone (deleted or merged meanwhile)
     */
    @Transactional
    public Interaction log(long customerId, InteractionDraft draft) {
        requireAllowed(customerId);
        return recorder.record(customerId, draft, currentUser.require().userId());
    }

    /**
     * Corrects one's own interaction.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws AccessDeniedException when it is someone else's, or the customer is no longer theirs to log for
     * @throws ObjectOptimisticLockingFailureException when it changed or was removed meanwhile
     */
    @Transactional
    public Interaction update(long interactionId, long expectedVersion, InteractionDraft draft) {
        Interaction interaction = interactions.findById(interactionId)
                .filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Interaction.class, interactionId));
        if (!isOwn(interaction)) {
            throw new AccessDeniedException("Interaction " + interactionId + " is someone else's");
        }
        requireAllowed(interaction.getCustomerId());
        return recorder.correct(interaction, draft);
    }

    private void requireAllowed(long customerId) {
        Customer customer = customers.find(customerId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Customer.class, customerId));
        permissions.require(Action.LOG_INTERACTION, customer);
    }
}
