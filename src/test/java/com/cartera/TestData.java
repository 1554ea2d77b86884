package com.cartera;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.InvitationService;
import com.cartera.security.Role;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.TeamService;
import com.cartera.security.WorkspaceAuthentication;

/**
 * Real workspaces, people and customers, made through the application's own services. The database is
 * shared by all test classes, so every slug and e-mail address is unique.
 */
public final class TestData {

    /** The password every person made here has; it satisfies the password policy. */
    public static final String PASSWORD = "Cartera-2024!";

    private final SignupService signupService;
    private final SignInService signInService;
    private final TeamService teamService;
    private final InvitationService invitationService;
    private final CustomerService customerService;
    private final JdbcTemplate jdbc;

    public TestData(ApplicationContext context) {
        this.signupService = context.getBean(SignupService.class);
        this.signInService = context.getBean(SignInService.class);
        this.teamService = context.getBean(TeamService.class);
        this.invitationService = context.getBean(InvitationService.class);
        this.customerService = context.getBean(CustomerService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A slug nobody has used: {@code prefix} plus a random suffix. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "@example.org";
    }

    public static SignupForm signupForm(String companyName, String slug, String adminName, String email,
                                        String password) {
        var form = new SignupForm();
        form.setCompanyName(companyName);
        form.setSlug(slug);
        form.setAdminName(adminName);
        form.setEmail(email);
        form.setPassword(password);
        return form;
    }

    /** Opens a new workspace named {@code companyName}; returns its admin, signed in to it. */
    public SignedInUser newWorkspace(String companyName) {
        return newWorkspace(companyName, uniqueSlug("ws"), uniqueEmail("admin"));
    }

    public SignedInUser newWorkspace(String companyName, String slug, String adminEmail) {
        return as(null, () -> signupService.signUp(
                signupForm(companyName, slug, "Admin " + companyName, adminEmail, PASSWORD),
                Locale.forLanguageTag("es"), "127.0.0.1"));
    }

    /**
     * Adds a person with {@code roles} to the admin's workspace the way people join: the admin invites,
     * and a new person accepts choosing {@link #PASSWORD}, an existing account accepts while signed in
     * as itself. Returns them as after a fresh sign-in.
     */
    public SignedInUser addMember(SignedInUser admin, String email, String name, Set<Role> roles) {
        String token = as(admin, () -> teamService.invite(email, roles));
        List<UUID> existing = jdbc.queryForList("select id from cartera.user_account where email = ?", UUID.class,
                email.strip().toLowerCase(Locale.ROOT));
        if (existing.isEmpty()) {
            var outcome = as(null, () -> invitationService.acceptWithNewAccount(token, name, PASSWORD));
            UUID userId = ((InvitationService.NewAccountOutcome.Joined) outcome).user().userId();
            return signInService.signedIn(userId).orElseThrow();
        }
        UUID userId = existing.getFirst();
        verifyEmail(userId);
        SignedInUser self = signInService.signedIn(userId).orElseThrow();
        as(self, () -> invitationService.acceptAsSignedIn(token));
        return signInService.signedIn(userId).orElseThrow();
    }

    /** Marks the account's address verified, as opening the mailed link while signed in would. */
    public void verifyEmail(UUID userId) {
        jdbc.update("update cartera.user_account set email_verified_at = now() where id = ? and email_verified_at is null",
                userId);
    }

    /** {@code user} working in the admin's workspace (they must be a member of it). */
    public SignedInUser inWorkspaceOf(SignedInUser user, SignedInUser admin) {
        return signInService.enter(user, admin.workspace().tenant().id()).orElseThrow();
    }

    public Customer customer(SignedInUser user, String name, String email, LifecycleStage stage) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setLifecycleStage(stage);
        return as(user, () -> customerService.save(customer));
    }

    public long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    public boolean schemaExists(String schema) {
        return count("select count(*) from information_schema.schemata where schema_name = ?", schema) == 1;
    }

    /**
     * Runs {@code work} with {@code user} signed in (nobody when null) and restores the previous
     * authentication afterwards, both on the thread and in the current Vaadin session, if any (Vaadin's
     * security-context holder strategy prefers the session's). The work is nobody's browser tab: a tab keeps the
     * workspace it started in, and setting up data elsewhere is not the tab's doing.
     */
    public static <T> T as(SignedInUser user, Supplier<T> work) {
        UI tab = UI.getCurrent();
        UI.setCurrent(null);
        SecurityContext previous = SecurityContextHolder.getContext();
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object previousInSession = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContext temporary = SecurityContextHolder.createEmptyContext();
        if (user != null) {
            temporary.setAuthentication(new WorkspaceAuthentication(user));
        }
        SecurityContextHolder.setContext(temporary);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, temporary);
        }
        try {
            return work.get();
        } finally {
            UI.setCurrent(tab);
            SecurityContextHolder.setContext(previous);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, previousInSession);
            }
        }
    }
}
