package com.cartera.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting an invitation through its link. A person without an account chooses a name and password on
 * the invitation page; an existing account accepts only while signed in as itself, with its address
 * verified. The page looks the same either way: whether the address has an account is said only to
 * its owner, by mail.
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
    private final CurrentUser currentUser;
    private final EmailVerification verification;
    private final AccountMessages messages;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts,
                      MembershipRepository memberships, TeamMemberMirror teamMemberMirror, TenantDirectory tenants,
                      PasswordEncoder passwordEncoder, SignInService signIn, CurrentUser currentUser,
                      EmailVerification verification, AccountMessages messages, Clock clock,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.teamMemberMirror = teamMemberMirror;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.verification = verification;
        this.messages = messages;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** What the invitation link offers, if it is still open. Says nothing about existing accounts. */
    public record InvitationDetails(String workspaceName, String email, Set<Role> roles) {
    }

    public Optional<InvitationDetails> find(String token) {
        return transaction.execute(status -> open(token).flatMap(invitation -> activeTenant(invitation)
                .map(tenant -> new InvitationDetails(tenant.getName(), invitation.getEmail(), invitation.getRoles()))));
    }

    /** What became of accepting with a new account. */
    public sealed interface NewAccountOutcome {
        /** The account was made and joined the workspace; the person is signed in to it. */
        record Joined(SignedInUser user) implements NewAccountOutcome {
        }

        /**
         * Nothing was made: the address's owner was told by mail how to accept. The page shows this for
         * an address that has an account, without saying so.
         */
        record CheckYourMail(String email) implements NewAccountOutcome {
        }
    }

    /**
     * Accepts the invitation with a new account of the given name and password. When the invited address
     * already has an account, accepts nothing and mails its owner how to accept while signed in.
     * The new account's address counts as unverified: the link may have passed through other hands
     * (the admin copies it), so it proves nothing about the mailbox; a verification link is mailed.
     *
     * @throws FieldRejectedException on {@code token}, {@code name} or {@code password}
     */
    public NewAccountOutcome acceptWithNewAccount(String token, String name, String password) {
        Invitation found = transaction.execute(status -> open(token).orElse(null));
        if (found == null) {
            throw new FieldRejectedException("token", "invitation.invalid");
        }
        Tenant tenant = activeTenant(found).orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
        if (name == null || name.isBlank()) {
            throw new FieldRejectedException("name", "signup.admin-name.required");
        }
        if (name.strip().length() > 120) {
            throw new FieldRejectedException("name", "signup.admin-name.too-long");
        }
        PasswordPolicy.check(password, found.getEmail()).ifPresent(key -> {
            throw new FieldRejectedException("password", key);
        });
        Optional<UserAccount> existing = accounts.findByEmail(found.getEmail());
        if (existing.isPresent()) {
            messages.invitationForExistingAccount(existing.get(), tenant.getName(), token);
            return new NewAccountOutcome.CheckYourMail(found.getEmail());
        }
        UserAccount account;
        try {
            account = join(token, tenant, invitation -> accounts.saveAndFlush(new UserAccount(
                    invitation.getEmail(), name, passwordEncoder.encode(password), Locale.forLanguageTag("es"))));
        } catch (DataIntegrityViolationException sameAddressMeanwhile) {
            // Another invitation for the address was accepted at the same moment: it has an account now.
            accounts.findByEmail(found.getEmail())
                    .ifPresent(owner -> messages.invitationForExistingAccount(owner, tenant.getName(), token));
            return new NewAccountOutcome.CheckYourMail(found.getEmail());
        }
        verification.send(account.getId());
        return new NewAccountOutcome.Joined(enter(account, tenant));
    }

    /**
     * Accepts the invitation for the signed-in account, which must be the invited address and verified.
     *
     * @return the account working in the invitation's workspace
     * @throws FieldRejectedException on {@code token} (not open, or another person's) or {@code email}
     *                                (address not verified yet)
     */
    public SignedInUser acceptAsSignedIn(String token) {
        SignedInUser user = currentUser.require();
        Invitation found = transaction.execute(status -> open(token).orElse(null));
        if (found == null) {
            throw new FieldRejectedException("token", "invitation.invalid");
        }
        if (!found.getEmail().equals(user.email())) {
            throw new FieldRejectedException("token", "invitation.other-account");
        }
        Tenant tenant = activeTenant(found).orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
        UserAccount account = join(token, tenant, invitation -> {
            UserAccount signedIn = accounts.findById(user.userId()).filter(UserAccount::isEnabled)
                    .orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
            if (!signedIn.isEmailVerified()) {
                throw new FieldRejectedException("email", "invitation.unverified");
            }
            return signedIn;
        });
        return enter(account, tenant);
    }

    /** The membership (control schema) and its mirror (tenant schema) commit together with the acceptance. */
    private UserAccount join(String token, Tenant tenant, java.util.function.Function<Invitation, UserAccount> who) {
        return TenantScope.call(tenant.ref(), () -> transaction.execute(status -> {
            Invitation invitation = open(token).orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
            UserAccount user = who.apply(invitation);
            Membership membership = memberships.findByUserIdAndTenantId(user.getId(), tenant.getId())
                    .orElseGet(() -> new Membership(user, tenant.getId(), invitation.getRoles()));
            membership.setRoles(invitation.getRoles());
            membership.setActive(true);
            teamMemberMirror.mirror(memberships.save(membership));
            invitation.accept(clock.instant());
            events.publishEvent(new TeamChanged(tenant.getId(), TeamChanged.Kind.INVITATION_ACCEPTED,
                    invitation.getId(), invitation.getEmail(), Map.of(), Map.of("roles",
                    TeamChanged.roles(invitation.getRoles()), "membership", membership.getId().toString())));
            return user;
        }));
    }

    private SignedInUser enter(UserAccount account, Tenant tenant) {
        return signIn.enter(SignedInUser.withoutWorkspace(account), tenant.getId())
                .orElseThrow(() -> new FieldRejectedException("token", "invitation.invalid"));
    }

    private Optional<Tenant> activeTenant(Invitation invitation) {
        return tenants.find(invitation.getTenantId()).filter(t -> t.getStatus() == Tenant.Status.ACTIVE);
    }

    private Optional<Invitation> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token)).filter(i -> i.isOpen(clock.instant()));
    }
}
