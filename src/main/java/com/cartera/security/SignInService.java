package com.cartera.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns an authenticated account into a signed-in user, and moves a user between their workspaces. */
@Service
@Transactional(readOnly = true)
public class SignInService {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final TenantDirectory tenants;

    SignInService(MembershipRepository memberships, UserAccountRepository accounts, TenantDirectory tenants) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    /** The workspaces a user may enter, by name. */
    public List<WorkspaceChoice> workspacesOf(UUID userId) {
        return memberships.findByUserIdAndActiveTrue(userId).stream()
                .flatMap(m -> tenants.find(m.getTenantId())
                        .filter(t -> t.getStatus() == Tenant.Status.ACTIVE)
                        .map(t -> new WorkspaceChoice(t.getId(), t.getSlug(), t.getName(), m.getRoles())).stream())
                .sorted(Comparator.comparing(WorkspaceChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The signed-in user for an account: straight into the workspace when there is exactly one. */
    SignedInUser signedIn(UserAccount account) {
        SignedInUser user = SignedInUser.withoutWorkspace(account);
        List<WorkspaceChoice> choices = workspacesOf(account.getId());
        return choices.size() == 1 ? enter(user, choices.getFirst().tenantId()).orElse(user) : user;
    }

    /** The signed-in user for the account with this id, as after a fresh sign-in. */
    public Optional<SignedInUser> signedIn(UUID userId) {
        return accounts.findById(userId).filter(UserAccount::isEnabled).map(this::signedIn);
    }

    /** {@code user} working in the given workspace, if they are an active member of it. */
    public Optional<SignedInUser> enter(SignedInUser user, UUID tenantId) {
        return memberships.findByUserIdAndTenantId(user.userId(), tenantId)
                .filter(m -> m.isActive() && m.getUser().isEnabled())
                .flatMap(m -> tenants.find(tenantId)
                        .filter(t -> t.getStatus() == Tenant.Status.ACTIVE)
                        .map(t -> user.inWorkspace(new SignedInUser.Workspace(t.ref(), t.getName()), m.getRoles())));
    }

    /**
     * The signed-in user as their membership stands now: their current roles, or empty when they may no longer
     * work in their workspace.
     */
    Optional<SignedInUser> refresh(SignedInUser user) {
        return user.currentWorkspace().flatMap(workspace -> enter(user, workspace.tenant().id()));
    }

    /** A workspace a user may enter. */
    public record WorkspaceChoice(UUID tenantId, String slug, String name, java.util.Set<Role> roles) {
    }
}
