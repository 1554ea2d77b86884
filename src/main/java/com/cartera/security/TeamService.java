package com.cartera.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.tenancy.TenantScope;

/** The admin's management of who works in the current workspace and with which roles. */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class TeamService {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final TeamMemberRepository teamMembers;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    TeamService(MembershipRepository memberships, UserAccountRepository accounts,
                TeamMemberRepository teamMembers, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.teamMembers = teamMembers;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** A member of the workspace as the admin sees them. */
    public record Member(UUID membershipId, UUID userId, String name, String email, Set<Role> roles,
                         boolean active, long version) {
    }

    @Transactional(readOnly = true)
    public List<Member> members() {
        return memberships.findByTenantIdOrderByUserDisplayName(tenantId()).stream().map(TeamService::toMember).toList();
    }

    /**
     * Adds a person to the workspace. An existing Cartera account (by e-mail) just gets a membership;
     * otherwise an account is created with the given initial password.
     *
     * @throws FieldRejectedException naming the field when a value is refused
     */
    public Member add(String email, String name, String initialPassword, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new FieldRejectedException("roles", "team.roles.required");
        }
        String normalised = UserAccount.normaliseEmail(email == null ? "" : email);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalised.length() > 254) {
            throw new FieldRejectedException("email", "signup.email.format");
        }
        UserAccount account = accounts.findByEmail(normalised).orElse(null);
        if (account == null) {
            if (name == null || name.isBlank()) {
                throw new FieldRejectedException("name", "signup.admin-name.required");
            }
            PasswordPolicy.check(initialPassword, normalised).ifPresent(key -> {
                throw new FieldRejectedException("password", key);
            });
            account = accounts.save(new UserAccount(normalised, name, passwordEncoder.encode(initialPassword),
                    Locale.forLanguageTag("es")));
        } else if (memberships.findByUserIdAndTenantId(account.getId(), tenantId()).isPresent()) {
            throw new FieldRejectedException("email", "team.email.already-member");
        }
        Membership membership = memberships.save(new Membership(account, tenantId(), roles));
        mirror(membership);
        return toMember(membership);
    }

    /** Replaces a member's roles; refuses to leave the workspace without an active admin. */
    public Member changeRoles(UUID membershipId, long expectedVersion, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new FieldRejectedException("roles", "team.roles.required");
        }
        Membership membership = load(membershipId, expectedVersion);
        if (membership.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(membership);
        }
        membership.setRoles(EnumSet.copyOf(roles));
        return toMember(memberships.saveAndFlush(membership));
    }

    /** Lets a member in or keeps them out of the workspace; an admin cannot shut themselves out. */
    public Member setActive(UUID membershipId, long expectedVersion, boolean active) {
        Membership membership = load(membershipId, expectedVersion);
        if (!active) {
            if (membership.getUser().getId().equals(currentUser.require().userId())) {
                throw new FieldRejectedException("active", "team.cannot-deactivate-self");
            }
            if (membership.getRoles().contains(Role.ADMIN)) {
                requireAnotherActiveAdmin(membership);
            }
        }
        membership.setActive(active);
        Membership saved = memberships.saveAndFlush(membership);
        mirror(saved);
        return toMember(saved);
    }

    private Membership load(UUID membershipId, long expectedVersion) {
        Membership membership = memberships.findByIdAndTenantId(membershipId, tenantId())
                .orElseThrow(() -> new IllegalArgumentException("No such member in this workspace"));
        if (membership.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Membership.class, membershipId);
        }
        return membership;
    }

    private void requireAnotherActiveAdmin(Membership changed) {
        boolean another = memberships.findByTenantIdOrderByUserDisplayName(tenantId()).stream()
                .anyMatch(m -> !m.getId().equals(changed.getId()) && m.isActive() && m.getRoles().contains(Role.ADMIN));
        if (!another) {
            throw new FieldRejectedException("roles", "team.last-admin");
        }
    }

    private void mirror(Membership membership) {
        UserAccount user = membership.getUser();
        TeamMember member = teamMembers.findById(user.getId())
                .orElseGet(() -> new TeamMember(user.getId(), user.getDisplayName(), user.getEmail(), true));
        member.update(user.getDisplayName(), user.getEmail(), membership.isActive());
        teamMembers.save(member);
    }

    private static UUID tenantId() {
        return TenantScope.require().id();
    }

    private static Member toMember(Membership m) {
        return new Member(m.getId(), m.getUser().getId(), m.getUser().getDisplayName(), m.getUser().getEmail(),
                m.getRoles(), m.isActive(), m.getVersion());
    }
}
