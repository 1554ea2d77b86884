package com.cartera.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting an invitation through its link. Anyone holding the link may use it, as the link is the
 * secret: a person with a Cartera account proves it is theirs with its password, a new person
 * chooses a name and password.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final TeamMemberMirror teamMemberMirror;
    private final TenantDirectory tenants;
    private final PasswordEncoder passwordEncoder;
    private final SignInService signIn;
    private final LoginThrottle throttle;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts,
                      MembershipRepository memberships, TeamMemberMirror teamMemberMirror, TenantDirectory tenants,
                      PasswordEncoder passwordEncoder, SignInService signIn, LoginThrottle throttle,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.teamMemberMirror = teamMemberMirror;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.signIn = signIn;
        this.throttle = throttle;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** What the invitation link offers, if it is still open. */
    public record InvitationDetails(String workspaceName, String email, Set<Role> roles, boolean accountExists) {
    }

    public Optional<InvitationDetails> find(String token) {
        return transaction.execute(status -> open(token).flatMap(invitation -> tenants.find(invitation.getTenantId())
                .filter(t -> t.getStatus() == Tenant.Status.ACTIVE)
                .map(tenant -> new InvitationDetails(tenant.getName(), invitation.getEmail(), invitation.getRoles(),
                        accounts.existsByEmail(invitation.getEmail())))));
    }

    /**
     * Accepts the invitation and returns the person signed in to the workspace.
     *
     * @param name     the new account's name; ignored when the account exists
     * @param password the existing account's password, or the new account's
     * @throws FieldRejectedException on {@code token}, {@code name} or {@code password}
     */
    public SignedInUser accept(String token, String name, String password) {
        Invitation found = transaction.execute(status -> open(token).orElse(null));
        if (found == null) {
            throw new FieldRejectedException("token", "invitation.invalid");
        }
        Tenant tenant = tenants.find(found.getTenantId()).filter(t -> t.getStatus() == Tenant.Status.ACTIVE)
                .orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
        // The membership (control schema) and its mirror (tenant schema) commit together.
        UserAccount account = TenantScope.call(tenant.ref(), () -> transaction.execute(status -> {
            Invitation invitation = open(token).orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
            UserAccount user = accounts.findByEmail(invitation.getEmail())
                    .map(existing -> checkedPassword(existing, password))
                    .orElseGet(() -> newAccount(invitation.getEmail(), name, password));
            Membership membership = memberships.findByUserIdAndTenantId(user.getId(), tenant.getId())
                    .orElseGet(() -> new Membership(user, tenant.getId(), invitation.getRoles()));
            membership.setRoles(invitation.getRoles());
            membership.setActive(true);
            teamMemberMirror.mirror(memberships.save(membership));
            invitation.accept(Instant.now());
            events.publishEvent(new TeamChanged(tenant.getId(), TeamChanged.Kind.INVITATION_ACCEPTED,
                    invitation.getId(), invitation.getEmail(), Map.of(), Map.of("roles",
                    TeamChanged.roles(invitation.getRoles()), "membership", membership.getId().toString())));
            return user;
        }));
        return signIn.enter(SignedInUser.withoutWorkspace(account), tenant.getId())
                .orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
    }

    private Optional<Invitation> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token)).filter(i -> i.isOpen(Instant.now()));
    }

    /** The existing account's password, checked and throttled like a sign-in. */
    private UserAccount checkedPassword(UserAccount account, String password) {
        if (throttle.isLocked(account.getEmail())) {
            throw new FieldRejectedException("password", "login.locked.message");
        }
        String hash = account.getPasswordHash();
        if (hash == null || password == null || !passwordEncoder.matches(password, hash)) {
            throw failedPassword(account);
        }
        return account;
    }

    private FieldRejectedException failedPassword(UserAccount account) {
        throttle.recordFailure(account.getEmail(), null);
        return new FieldRejectedException("password", "invitation.password.wrong");
    }

    private UserAccount newAccount(String email, String name, String password) {
        if (name == null || name.isBlank()) {
            throw new FieldRejectedException("name", "signup.admin-name.required");
        }
        PasswordPolicy.check(password, email).ifPresent(key -> {
            throw new FieldRejectedException("password", key);
        });
        return accounts.save(new UserAccount(email, name, passwordEncoder.encode(password), Locale.forLanguageTag("es")));
    }
}
