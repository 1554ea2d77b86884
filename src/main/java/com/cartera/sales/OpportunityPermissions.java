package com.cartera.sales;

import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with opportunities and pipelines. Everyone in the workspace reads the board; sales
 * create opportunities and edit and move their own (others' are read-only to them); management and admin
 * edit all, hand them to other owners and configure the pipelines.
 */
@Component
public class OpportunityPermissions {

    private final CurrentUser currentUser;

    OpportunityPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canCreate() {
        SignedInUser user = currentUser.require();
        return isManager(user) || user.hasRole(Role.SALES);
    }

    /** Whether the signed-in person may edit or move an opportunity owned by {@code ownerId} (null: nobody). */
    public boolean canEdit(UUID ownerId) {
        SignedInUser user = currentUser.require();
        return isManager(user) || user.hasRole(Role.SALES) && user.userId().equals(ownerId);
    }

    /** Giving an opportunity to someone else is for management and admin. */
    public boolean canReassign() {
        return isManager(currentUser.require());
    }

    /** Adding pipelines and changing their stages. */
    public boolean canConfigure() {
        return isManager(currentUser.require());
    }

    void requireEdit(Opportunity opportunity) {
        UUID owner = opportunity.getOwner() == null ? null : opportunity.getOwner().getUserId();
        if (!canEdit(owner)) {
            throw new AccessDeniedException("Not allowed to change opportunity " + opportunity.getId());
        }
    }

    private static boolean isManager(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
    }
}
