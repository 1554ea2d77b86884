package com.cartera.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.tenancy.TenantPrincipal;
import com.cartera.tenancy.TenantRef;

/**
 * Who is signed in and in which workspace, with the roles held there. Before a user with several
 * workspaces chooses one, {@code workspace} is empty and no role is held.
 */
public record SignedInUser(UUID userId, String email, String displayName, Locale locale,
                           Workspace workspace, Set<Role> roles) implements TenantPrincipal, Serializable {

    /** The workspace the user works in. */
    public record Workspace(TenantRef tenant, String name) implements Serializable {
    }

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static SignedInUser withoutWorkspace(UserAccount account) {
        return new SignedInUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getLocale(),
                null, Set.of());
    }

    SignedInUser inWorkspace(Workspace chosen, Set<Role> heldRoles) {
        return new SignedInUser(userId, email, displayName, locale, chosen, heldRoles);
    }

    @Override
    public Optional<TenantRef> tenant() {
        return Optional.ofNullable(workspace).map(Workspace::tenant);
    }

    public Optional<Workspace> currentWorkspace() {
        return Optional.ofNullable(workspace);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
