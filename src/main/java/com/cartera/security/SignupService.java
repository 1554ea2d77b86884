package com.cartera.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.cartera.tenancy.SlugTakenException;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantProvisioning;

/**
 * Opens a workspace for a new company: validates the form, creates the tenant schema and the admin's
 * account and membership in one step, and removes everything again if any part fails.
 */
@Service
public class SignupService {

    private static final Logger log = LoggerFactory.getLogger(SignupService.class);
    private static final Set<String> RESERVED_SLUGS = Set.of("admin", "api", "app", "www", "login", "signup",
            "cartera", "static", "help", "support", "status", "mail");

    private final Validator validator;
    private final TenantDirectory tenants;
    private final TenantProvisioning provisioning;
    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final TeamMemberRepository teamMembers;
    private final PasswordEncoder passwordEncoder;
    private final SignInService signIn;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final EmailVerification verification;
    private final AccountMessages messages;
    private final SignupLimit limit;

    SignupService(Validator validator, TenantDirectory tenants, TenantProvisioning provisioning,
                  UserAccountRepository accounts, MembershipRepository memberships,
                  TeamMemberRepository teamMembers, PasswordEncoder passwordEncoder, SignInService signIn,
                  JdbcTemplate jdbc, ApplicationEventPublisher events, EmailVerification verification,
                  AccountMessages messages, SignupLimit limit) {
        this.validator = validator;
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.memberships = memberships;
        this.teamMembers = teamMembers;
        this.passwordEncoder = passwordEncoder;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.events = events;
        this.verification = verification;
        this.messages = messages;
        this.limit = limit;
    }

    /**
     * Creates the workspace and its admin, and returns the admin signed in to it. Everything is validated before
     * the schema is built. The admin's address is not verified yet: a verification link is mailed to it.
     *
     * @param remoteAddr the client's address, whose sign-ups are rationed; null for the application's own callers
     * @throws FieldRejectedException naming the field when a value is refused, or {@code form} when the client
     *                                has made too many sign-ups
     * @throws SignupContinuesByMail  when the address already has an account: nothing is built, and its
     *                                owner gets a message instead
     */
    public SignedInUser signUp(SignupForm form, Locale locale, String remoteAddr) {
        String slug = form.getSlug().strip();
        String email = UserAccount.normaliseEmail(form.getEmail());
        if (remoteAddr != null && !limit.tryAcquire(remoteAddr)) {
            audit(slug, email, remoteAddr, "RATE_LIMITED", null);
            throw new FieldRejectedException("form", "signup.rate-limited");
        }
        // Stray spaces around what was typed are not worth refusing.
        form.setSlug(slug);
        form.setEmail(email);
        try {
            validate(form, slug, email);
            var existing = accounts.findByEmail(email);
            if (existing.isPresent()) {
                messages.signupWithExistingAddress(existing.get(), form.getCompanyName().strip());
                throw new SignupContinuesByMail(email);
            }
            UserAccount admin = provisioning.provision(slug, form.getCompanyName().strip(), tenant -> {
                var account = accounts.saveAndFlush(new UserAccount(email, form.getAdminName(),
                        passwordEncoder.encode(form.getPassword()), locale));
                memberships.saveAndFlush(new Membership(account, tenant.id(), Set.of(Role.ADMIN)));
                teamMembers.saveAndFlush(new TeamMember(account.getId(), account.getDisplayName(), email, true));
                events.publishEvent(new WorkspaceCreated(tenant, account.getId(), ZoneId.of(form.getTimeZone())));
                return account;
            });
            audit(slug, email, remoteAddr, "CREATED", null);
            verification.send(admin.getId());
            return signIn.signedIn(admin);
        } catch (SlugTakenException e) {
            audit(slug, email, remoteAddr, "REJECTED", "slug taken");
            throw new FieldRejectedException("slug", "signup.slug.taken");
        } catch (SignupContinuesByMail e) {
            audit(slug, email, remoteAddr, "MAILED", "email: has an account");
            throw e;
        } catch (DataIntegrityViolationException e) {
            // Another sign-up with this address won meanwhile: answered like any address with an account.
            audit(slug, email, remoteAddr, "REJECTED", "e-mail taken");
            accounts.findByEmail(email).ifPresent(owner ->
                    messages.signupWithExistingAddress(owner, form.getCompanyName().strip()));
            throw new SignupContinuesByMail(email);
        } catch (FieldRejectedException e) {
            audit(slug, email, remoteAddr, "REJECTED", e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            log.error("Sign-up of workspace {} failed", slug, e);
            audit(slug, email, remoteAddr, "FAILED", e.getClass().getSimpleName());
            throw e;
        }
    }

    private void validate(SignupForm form, String slug, String email) {
        for (ConstraintViolation<SignupForm> violation : validator.validate(form)) {
            String template = violation.getMessageTemplate();
            throw new FieldRejectedException(violation.getPropertyPath().toString(),
                    template.substring(1, template.length() - 1));
        }
        if (!ZoneId.getAvailableZoneIds().contains(form.getTimeZone())) {
            throw new FieldRejectedException("timeZone", "settings.time-zone.invalid");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw new FieldRejectedException("slug", "signup.slug.reserved");
        }
        PasswordPolicy.check(form.getPassword(), email).ifPresent(key -> {
            throw new FieldRejectedException("password", key);
        });
        if (tenants.isSlugTaken(slug)) {
            throw new FieldRejectedException("slug", "signup.slug.taken");
        }
    }

    private void audit(String slug, String email, String remoteAddr, String outcome, String detail) {
        jdbc.update("insert into cartera.signup_audit (slug, email, remote_addr, outcome, detail) values (?, ?, ?, ?, ?)",
                truncate(slug, 40), truncate(email, 254), truncate(remoteAddr, 64), outcome, truncate(detail, 500));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
