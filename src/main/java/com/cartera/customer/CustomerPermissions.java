package com.cartera.customer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.CustomerField.FieldGroup;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a customer. Everyone in the workspace reads the whole portfolio. Sales edit their
 * own customers (all of them when the workspace allows it); management and admin edit all; marketing
 * manages leads, tags and segmentation; finance edits payment fields and records purchases; support logs
 * interactions. Checked on the server by the services; the views ask the same rules to show what is editable.
 */
@Component
public class CustomerPermissions {

    /** An action on one customer, beyond reading it. */
    public enum Action {
        LOG_INTERACTION, RECORD_PURCHASE, OVERRIDE_TIER, DELETE, MERGE, EDIT_CONTACTS
    }

    private final CurrentUser currentUser;
    private final WorkspaceSettingsRepository settings;

    CustomerPermissions(CurrentUser currentUser, WorkspaceSettingsRepository settings) {
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /** Whether the signed-in person may change the fields of {@code group} on {@code customer}. */
    public boolean canEdit(FieldGroup group, Customer customer) {
        SignedInUser user = currentUser.require();
        return allows(group, user, canEditProfile(user, customer));
    }

    /**
     * Every field group the signed-in person may change on {@code customer}, decided at once (the workspace's
     * settings are read once, not once per field).
     */
    public Set<FieldGroup> editableGroups(Customer customer) {
        SignedInUser user = currentUser.require();
        boolean profile = canEditProfile(user, customer);
        Set<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            if (allows(group, user, profile)) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static boolean allows(FieldGroup group, SignedInUser user, boolean profile) {
        return switch (group) {
            case PROFILE -> profile;
            case SEGMENTATION, TAGS -> profile || user.hasRole(Role.MARKETING);
            case PAYMENT -> profile || user.hasRole(Role.FINANCE);
            case OWNER -> isManager(user);
        };
    }

    public boolean can(Action action, Customer customer) {
        SignedInUser user = currentUser.require();
        boolean profile = canEditProfile(user, customer);
        return switch (action) {
            case LOG_INTERACTION -> profile || user.hasRole(Role.SUPPORT);
            case RECORD_PURCHASE -> profile || user.hasRole(Role.FINANCE);
            case OVERRIDE_TIER -> isManager(user) || user.hasRole(Role.MARKETING);
            case DELETE, EDIT_CONTACTS -> profile;
            case MERGE -> isManager(user);
        };
    }

    /** Whether the signed-in person may create customers at {@code stage} (marketing brings in leads only). */
    public boolean canCreate(LifecycleStage stage) {
        SignedInUser user = currentUser.require();
        return isManager(user) || user.hasRole(Role.SALES) || user.hasRole(Role.MARKETING) && stage == LifecycleStage.LEAD;
    }

    /** Moving customers between portfolios (owner changes, hand-overs) is for management and admin. */
    public boolean canReassign() {
        return isManager(currentUser.require());
    }

    /** Whether the signed-in person may edit anything at all on {@code customer}. */
    public boolean canEditAnything(Customer customer) {
        return !editableGroups(customer).isEmpty();
    }

    /**
     * The customers of which the signed-in person may change the fields of {@code group}, as a predicate on
     * {@code customer}: {@link #canEdit} for a bulk change that must not load the customers one by one.
     */
    Predicate editable(FieldGroup group, Path<Customer> customer, CriteriaBuilder cb) {
        SignedInUser user = currentUser.require();
        Predicate profile = editableProfile(user, customer, cb);
        return switch (group) {
            case PROFILE -> profile;
            case SEGMENTATION, TAGS -> user.hasRole(Role.MARKETING) ? cb.conjunction() : profile;
            case PAYMENT -> user.hasRole(Role.FINANCE) ? cb.conjunction() : profile;
            case OWNER -> canReassign() ? cb.conjunction() : cb.disjunction();
        };
    }

    private Predicate editableProfile(SignedInUser user, Path<Customer> customer, CriteriaBuilder cb) {
        if (isManager(user) || user.hasRole(Role.SALES) && settings.current().isSalesEditAll()) {
            return cb.conjunction();
        }
        List<Predicate> allowed = new ArrayList<>();
        if (user.hasRole(Role.SALES)) {
            allowed.add(cb.equal(customer.get("owner").get("userId"), user.userId()));
        }
        if (user.hasRole(Role.MARKETING)) {
            allowed.add(cb.equal(customer.get("lifecycleStage"), LifecycleStage.LEAD));
        }
        return cb.or(allowed.toArray(Predicate[]::new));
    }

    public void require(Action action, Customer customer) {
        if (!can(action, customer)) {
            throw new AccessDeniedException("Not allowed to " + action + " customer " + customer.getId());
        }
    }

    private boolean canEditProfile(SignedInUser user, Customer customer) {
        if (isManager(user)) {
            return true;
        }
        if (user.hasRole(Role.SALES) && (ownedBy(customer, user.userId()) || settings.current().isSalesEditAll())) {
            return true;
        }
        return user.hasRole(Role.MARKETING) && customer.getLifecycleStage() == LifecycleStage.LEAD;
    }

    private static boolean ownedBy(Customer customer, UUID userId) {
        return customer.getOwner() != null && userId.equals(customer.getOwner().getUserId());
    }

    private static boolean isManager(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
    }
}
