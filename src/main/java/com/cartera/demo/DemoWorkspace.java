package com.cartera.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.base.db.EmbeddedPostgres;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.notification.NotificationPause;
import com.cartera.security.InvitationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.security.TeamService;
import com.cartera.security.WorkspaceAuthentication;
import com.cartera.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded database, a workspace {@value #SLUG} with one user per role and a
 * living Spanish-language portfolio, so that a newcomer sees a working CRM. Built through the same
 * services a person would use, acting as the demo admin.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoWorkspace implements ApplicationRunner {

    static final String SLUG = "demo";
    static final String PASSWORD = "Cartera-Demo-2026";
    static final String DOMAIN = "@demo.cartera.test";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    private static final int BATCH = 1000;

    /** The demo's people: e-mail local part, name, role. The first one is the admin. */
    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Alicia Romero", Role.ADMIN),
            new DemoUser("ventas", "Bruno Sánchez", Role.SALES),
            new DemoUser("ventas2", "Carla Núñez", Role.SALES),
            new DemoUser("marketing", "Diego Fernández", Role.MARKETING),
            new DemoUser("soporte", "Elena Castro", Role.SUPPORT),
            new DemoUser("finanzas", "Fernando Gil", Role.FINANCE),
            new DemoUser("direccion", "Gloria Ortega", Role.MANAGEMENT));

    private record DemoUser(String localPart, String name, Role role) {
        String email() {
            return localPart + DOMAIN;
        }
    }

    private final DemoProperties properties;
    private final ObjectProvider<EmbeddedPostgres> embeddedDatabase;
    private final TenantDirectory tenants;
    private final SignupService signupService;
    private final TeamService teamService;
    private final InvitationService invitationService;
    private final TeamDirectory teamDirectory;
    private final CustomerService customerService;
    private final DemoHistory history;
    private final DemoTickets demoTickets;
    private final DemoMarketing demoMarketing;
    private final DemoFinance demoFinance;
    private final PortfolioAnalytics analytics;
    private final PredictionService predictions;
    private final NotificationPause notificationPause;

    DemoWorkspace(DemoProperties properties, ObjectProvider<EmbeddedPostgres> embeddedDatabase,
                  TenantDirectory tenants, SignupService signupService, TeamService teamService,
                  InvitationService invitationService, TeamDirectory teamDirectory, CustomerService customerService,
                  DemoHistory history, DemoTickets demoTickets, PortfolioAnalytics analytics,
                  PredictionService predictions, NotificationPause notificationPause, DemoMarketing demoMarketing,
                  DemoFinance demoFinance) {
        this.demoMarketing = demoMarketing;
        this.demoFinance = demoFinance;
        this.notificationPause = notificationPause;
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
        this.tenants = tenants;
        this.signupService = signupService;
        this.teamService = teamService;
        this.invitationService = invitationService;
        this.teamDirectory = teamDirectory;
        this.customerService = customerService;
        this.history = history;
        this.demoTickets = demoTickets;
        this.analytics = analytics;
        this.predictions = predictions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || embeddedDatabase.getIfAvailable() == null) {
            return;
        }
        if (tenants.findBySlug(SLUG).isEmpty()) {
            create(SLUG, properties.customers());
        }
        logCredentials();
    }

    /** Creates a demo workspace under {@code slug} with {@code customers} customers. */
    void create(String slug, int customers) {
        long start = System.nanoTime();
        DemoUser adminUser = USERS.getFirst();
        var form = new SignupForm();
        form.setCompanyName("Distribuciones Ibéricas (demo)");
        form.setSlug(slug);
        form.setAdminName(adminUser.name());
        form.setEmail(emailFor(adminUser, slug));
        form.setPassword(PASSWORD);
        SignedInUser admin = signupService.signUp(form, Locale.forLanguageTag("es"), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(admin));
        SecurityContextHolder.setContext(context);
        try {
            List<TeamMember> owners = new ArrayList<>();
            SignedInUser agent = admin;
            teamDirectory.find(admin.userId()).ifPresent(owners::add);
            for (DemoUser user : USERS.subList(1, USERS.size())) {
                // Each demo person accepts their invitation as anyone would, choosing the demo password.
                String token = teamService.invite(emailFor(user, slug), Set.of(user.role()));
                var outcome = invitationService.acceptWithNewAccount(token, user.name(), PASSWORD);
                if (outcome instanceof InvitationService.NewAccountOutcome.Joined joined) {
                    if (user.role() == Role.SALES) {
                        teamDirectory.find(joined.user().userId()).ifPresent(owners::add);
                    } else if (user.role() == Role.SUPPORT) {
                        agent = joined.user();
                    }
                }
            }
            // Campaigns before customers: the portfolio's campaign customers name them, and are attributed at creation.
            demoMarketing.campaigns(admin.userId());
            var made = new DemoPortfolio(2026);
            var portfolio = made.customers(customers, owners);
            for (int from = 0; from < portfolio.size(); from += BATCH) {
                customerService.createAll(portfolio.subList(from, Math.min(portfolio.size(), from + BATCH)));
            }
            // Seeded history is nobody's news: no notices nor mails for its assignments.
            notificationPause.during(() -> history.create(2026, admin.userId(), made.cameAsLeads().stream()
                    .map(Customer::getId).collect(Collectors.toSet())));
            demoMarketing.afterHistory(portfolio.stream().map(Customer::getId).toList());
            SignedInUser supportAgent = agent;
            notificationPause.during(() -> demoTickets.create(admin, supportAgent));
            // Dunning follow-ups land in the owners' agendas as seeded work, without notices.
            notificationPause.during(() -> demoFinance.create(portfolio));
            long seeded = System.nanoTime();
            // The dashboards read aggregates and the churn list reads predictions: made now, as their jobs would,
            // so that the first start shows everything instead of waiting for the next refresh and the night.
            analytics.rebuild();
            predictions.refitNow();
            log.info("Created the demo workspace '{}' with {} customers in {} ms (analytics and predictions: {} ms)",
                    slug, customers, (System.nanoTime() - start) / 1_000_000, (System.nanoTime() - seeded) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The demo workspace's own addresses; another slug (tests) gets its own, as e-mails are global. */
    static String emailFor(DemoUser user, String slug) {
        return user.localPart() + (SLUG.equals(slug) ? "" : "." + slug) + DOMAIN;
    }

    private void logCredentials() {
        var text = new StringBuilder("Demo workspace '" + SLUG + "' — sign in at /login with password " + PASSWORD + " as:");
        for (DemoUser user : USERS) {
            text.append("\n    ").append(String.format("%-34s %s", user.email(), user.role()));
        }
        log.info(text.toString());
    }
}
