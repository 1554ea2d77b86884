package com.cartera.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.tenancy.TenantScope;

/** The admin's management of who works in the current workspace and with which roles. */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class TeamService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final TeamMemberMirror teamMemberMirror;
    private final InvitationRepository invitations;
    private final CurrentUser currentUser;
    private final AccountMessages messages;
    private final ApplicationEventPublisher events;

    TeamService(MembershipRepository memberships, UserAccountRepository accounts, TeamMemberMirror teamMemberMirror,
                InvitationRepository invitations, CurrentUser currentUser, AccountMessages messages,
                ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.teamMemberMirror = teamMemberMirror;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.messages = messages;
        this.events = events;
    }

    /** An invitation not yet accepted, as the admin sees it. */
    public record OpenInvitation(UUID id, String email, Set<Role> roles, Instant expiresAt) {
    }

    /**
     * Invites a person by e-mail with the given roles: the only way anyone joins a workspace. The invitation is
     * mailed from the workspace's outbox (committed together with it); the returned token goes into the same link,
     * which the admin may also pass on; it is shown once and only its hash is kept. A new
     * invitation for the same address replaces the open one. The answer is the same whether or not the
     * address has a Cartera account; only a member of this workspace is refused, as the admin sees them anyway.
     *
     * @throws FieldRejectedException naming the field when a value is refused
     */
    public String invite(String email, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new FieldRejectedException("roles", "team.roles.required");
        }
        String normalised = validEmail(email);
        var existingAccount = accounts.findByEmail(normalised);
        existingAccount
                .flatMap(account -> memberships.findByUserIdAndTenantId(account.getId(), tenantId()))
                .ifPresent(existing -> {
                    throw new FieldRejectedException("email", "team.email.already-member");
                });
        Instant now = Instant.now();
        invitations.findOpen(tenantId(), now).stream()
                .filter(open -> open.getEmail().equals(normalised))
                .forEach(open -> revoke(open, now));
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(tenantId(), normalised, roles,
                InvitationTokens.hash(token), currentUser.require().userId(), now.plus(INVITATION_VALIDITY)));
        events.publishEvent(new TeamChanged(tenantId(), TeamChanged.Kind.INVITATION_SENT, invitation.getId(),
                normalised, Map.of(), Map.of("roles", TeamChanged.roles(roles),
                "expiresAt", invitation.getExpiresAt().toString())));
        SignedInUser inviter = currentUser.require();
        Locale locale = existingAccount.map(UserAccount::getLocale).orElse(inviter.locale());
        messages.invitation(normalised, locale, inviter.displayName(),
                inviter.currentWorkspace().map(SignedInUser.Workspace::name).orElse(""), token,
                INVITATION_VALIDITY.toDays());
        return token;
    }

    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitations() {
        return invitations.findOpen(tenantId(), Instant.now()).stream()
                .map(i -> new OpenInvitation(i.getId(), i.getEmail(), i.getRoles(), i.getExpiresAt()))
                .toList();
    }

    public void revokeInvitation(UUID invitationId) {
        invitations.findByIdAndTenantId(invitationId, tenantId()).ifPresent(i -> revoke(i, Instant.now()));
    }

    private void revoke(Invitation invitation, Instant now) {
        invitation.revoke(now);
        events.publishEvent(new TeamChanged(tenantId(), TeamChanged.Kind.INVITATION_REVOKED, invitation.getId(),
                invitation.getEmail(), Map.of("roles", TeamChanged.roles(invitation.getRoles())), Map.of()));
    }

    /** A member of the workspace as the admin sees them. */
    public record Member(UUID membershipId, UUID userId, String name, String email, Set<Role> roles,
                         boolean active, long version) {
    }

    @Transactional(readOnly = true)
    public List<Member> members() {
        return memberships.findByTenantIdOrderByUserDisplayName(tenantId()).stream().map(TeamService::toMember).toList();
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
        String before = TeamChanged.roles(membership.getRoles());
        membership.setRoles(EnumSet.copyOf(roles));
        Membership saved = memberships.saveAndFlush(membership);
        events.publishEvent(new TeamChanged(tenantId(), TeamChanged.Kind.ROLES_CHANGED, saved.getId(),
                saved.getUser().getEmail(), Map.of("roles", before), Map.of("roles", TeamChanged.roles(roles))));
        return toMember(saved);
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
        boolean before = membership.isActive();
        membership.setActive(active);
        Membership saved = memberships.saveAndFlush(membership);
        teamMemberMirror.mirror(saved);
        events.publishEvent(new TeamChanged(tenantId(), active ? TeamChanged.Kind.MEMBER_ACTIVATED
                : TeamChanged.Kind.MEMBER_DEACTIVATED, saved.getId(), saved.getUser().getEmail(),
                Map.of("active", Boolean.toString(before)), Map.of("active", Boolean.toString(active))));
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

    private static String validEmail(String email) {
        String normalised = UserAccount.normaliseEmail(email == null ? "" : email);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalised.length() > 254) {
            throw new FieldRejectedException("email", "signup.email.format");
        }
        return normalised;
    }

    private static UUID tenantId() {
        return TenantScope.require().id();
    }

    private static Member toMember(Membership m) {
        return new Member(m.getId(), m.getUser().getId(), m.getUser().getDisplayName(), m.getUser().getEmail(),
                m.getRoles(), m.isActive(), m.getVersion());
    }
}
