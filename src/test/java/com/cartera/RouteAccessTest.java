package com.cartera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import com.cartera.activity.ui.AgendaView;
import com.cartera.activity.ui.AlertRulesView;
import com.cartera.analytics.prediction.ui.ChurnRiskView;
import com.cartera.analytics.prediction.ui.PredictionModelView;
import com.cartera.analytics.ui.ProfitabilityView;
import com.cartera.analytics.ui.DashboardPage;
import com.cartera.analytics.ui.FinanceDashboardView;
import com.cartera.analytics.ui.ManagementDashboardView;
import com.cartera.analytics.ui.MarketingDashboardView;
import com.cartera.analytics.ui.SalesDashboardView;
import com.cartera.analytics.ui.SupportDashboardView;
import com.cartera.finance.ui.ReceivablesView;
import com.cartera.support.ui.SupportQueueView;
import com.cartera.marketing.target.ui.CampaignListsView;
import com.cartera.marketing.target.ui.TargetListView;
import com.cartera.audit.ui.AuditView;
import com.cartera.calendar.ui.CalendarFeedView;
import com.cartera.commerce.ui.ProductsView;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ui.CustomerView;
import com.cartera.customer.ui.CustomersView;
import com.cartera.customer.ui.DuplicatesView;
import com.cartera.customer.ui.TagsView;
import com.cartera.sales.ui.PipelineBoardView;
import com.cartera.sales.ui.PipelineSettingsView;
import com.cartera.sales.ui.SalesTargetsView;
import com.cartera.finance.ui.DunningSettingsView;
import com.cartera.importexport.ui.ImportView;
import com.cartera.marketing.ui.CampaignView;
import com.cartera.marketing.ui.CampaignsView;
import com.cartera.marketing.ui.NewCampaignView;
import com.cartera.marketing.ui.SourcesSettingsView;
import com.cartera.marketing.ui.SpendView;
import com.cartera.customer.ui.SegmentsView;
import com.cartera.customer.ui.WorkspaceSettingsView;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;
import com.cartera.notification.ui.NotificationPreferencesView;
import com.cartera.security.ui.AccountView;
import com.cartera.security.ui.IdentityLinkConfirmView;
import com.cartera.security.ui.IdentityLinkView;
import com.cartera.security.ui.InvitationSignInView;
import com.cartera.security.ui.InvitationView;
import com.cartera.security.ui.VerifyEmailView;
import com.cartera.security.ui.PasswordResetRequestView;
import com.cartera.security.ui.PasswordResetView;
import com.cartera.mail.ui.MailView;
import com.cartera.marketing.attribution.MarketingSettingsView;
import com.cartera.marketing.attribution.ReferralsView;
import com.cartera.support.sla.ui.SlaSettingsView;
import com.cartera.security.ui.LoginView;
import com.cartera.security.ui.SignupView;
import com.cartera.security.ui.TeamView;
import com.cartera.security.ui.WorkspaceChooserView;
import com.cartera.shell.HomeView;
import com.cartera.shell.MainLayout;
import com.cartera.support.ui.NewTicketView;
import com.cartera.support.ui.SupportSettingsView;
import com.cartera.support.ui.TicketView;
import com.cartera.support.csat.ui.SurveyView;
import com.cartera.support.webform.ui.SupportFormSettingsView;
import com.cartera.support.webform.ui.SupportFormView;

/**
 * Who may open which route, for every route the application has. The expectations are written out by
 * hand below rather than read from the annotations, so that a wrong annotation makes this test fail;
 * a route missing from the table fails it too.
 */
@CarteraIntegrationTest
class RouteAccessTest extends KaribuTest {

    /** Someone trying a route: nobody signed in, or a member holding exactly one role. */
    enum Actor {
        ANONYMOUS(null), ADMIN(Role.ADMIN), SALES(Role.SALES), MARKETING(Role.MARKETING), SUPPORT(Role.SUPPORT),
        FINANCE(Role.FINANCE), MANAGEMENT(Role.MANAGEMENT);

        final Role role;

        Actor(Role role) {
            this.role = role;
        }
    }

    /** What happens when an actor navigates to a route. */
    enum Outcome {
        /** The route's view (or where it forwards signed-in users) is shown. */
        ENTERS,
        /** Sent to the login view: nobody is signed in. */
        SENT_TO_LOGIN,
        /** Signed in, but refused (in production mode Vaadin answers "not found"). */
        REFUSED
    }

    private static final Set<Actor> EVERY_ROLE = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));

    /** One route: its view, where a signed-in user who enters ends up, and who gets in. */
    record Rule(Class<? extends Component> view, Class<? extends Component> landsOn, Set<Actor> enter) {

        Outcome expectedFor(Actor actor) {
            if (enter.contains(actor)) {
                return Outcome.ENTERS;
            }
            return actor == Actor.ANONYMOUS ? Outcome.SENT_TO_LOGIN : Outcome.REFUSED;
        }
    }

    /** THE TABLE: every route of the application, by path. */
    private static final Map<String, Rule> ROUTES = new TreeMap<>(Map.ofEntries(
            Map.entry("login", new Rule(LoginView.class, LoginView.class, EnumSet.allOf(Actor.class))),
            Map.entry("signup", new Rule(SignupView.class, SignupView.class, EnumSet.allOf(Actor.class))),
            // The start page sends people with a workspace on to their customers.
            Map.entry("", new Rule(HomeView.class, DashboardPage.class, EVERY_ROLE)),
            Map.entry("dashboard", new Rule(ManagementDashboardView.class, ManagementDashboardView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT))),
            Map.entry("dashboard/sales", new Rule(SalesDashboardView.class, SalesDashboardView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.SALES))),
            Map.entry("dashboard/marketing", new Rule(MarketingDashboardView.class, MarketingDashboardView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.MARKETING))),
            Map.entry("dashboard/support", new Rule(SupportDashboardView.class, SupportDashboardView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.SUPPORT))),
            Map.entry("support", new Rule(SupportQueueView.class, SupportQueueView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.SUPPORT, Actor.SALES))),
            Map.entry("dashboard/finance", new Rule(FinanceDashboardView.class, FinanceDashboardView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.FINANCE))),
            Map.entry("finance/receivables", new Rule(ReceivablesView.class, ReceivablesView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.FINANCE))),
            Map.entry("finance/profitability", new Rule(ProfitabilityView.class, ProfitabilityView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.FINANCE))),
            Map.entry("workspaces", new Rule(WorkspaceChooserView.class, WorkspaceChooserView.class, EVERY_ROLE)),
            Map.entry("customers", new Rule(CustomersView.class, CustomersView.class, EVERY_ROLE)),
            Map.entry("team", new Rule(TeamView.class, TeamView.class, EnumSet.of(Actor.ADMIN))),
            Map.entry("audit", new Rule(AuditView.class, AuditView.class, EnumSet.of(Actor.ADMIN))),
            Map.entry("account", new Rule(AccountView.class, AccountView.class, EVERY_ROLE)),
            Map.entry("account/notifications", new Rule(NotificationPreferencesView.class,
                    NotificationPreferencesView.class, EVERY_ROLE)),
            Map.entry("account/calendar", new Rule(CalendarFeedView.class, CalendarFeedView.class, EVERY_ROLE)),
            // The link's secret is the token; anyone holding a link may open it (here an unknown one).
            Map.entry("invite/:token", new Rule(InvitationView.class, InvitationView.class, EnumSet.allOf(Actor.class))),
            // "I have an account": signed-in users only, so that the login page comes first; then the invitation.
            Map.entry("invite/:token/sign-in", new Rule(InvitationSignInView.class, InvitationView.class, EVERY_ROLE)),
            // A verification link proves the mailbox and the account together: signed-in users only.
            Map.entry("verify-email/:token", new Rule(VerifyEmailView.class, VerifyEmailView.class, EVERY_ROLE)),
            Map.entry("forgot-password", new Rule(PasswordResetRequestView.class, PasswordResetRequestView.class,
                    EnumSet.allOf(Actor.class))),
            Map.entry("reset-password/:token", new Rule(PasswordResetView.class, PasswordResetView.class,
                    EnumSet.allOf(Actor.class))),
            // A customer answers a satisfaction survey with nobody signed in: the signed token is the key.
            Map.entry("survey/:token", new Rule(SurveyView.class, SurveyView.class, EnumSet.allOf(Actor.class))),
            Map.entry("settings/mail", new Rule(MailView.class, MailView.class, EnumSet.of(Actor.ADMIN))),
            // Target lists: marketing and admin build and work them, management reads; an id that names nothing
            // (here the literal ":id") goes to the person's home.
            Map.entry("marketing/campaigns/:id/lists", new Rule(CampaignListsView.class, DashboardPage.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            Map.entry("marketing/lists/:id", new Rule(TargetListView.class, DashboardPage.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            // Support desk: support and admin work tickets, management and sales read them; an id that names no
            // ticket (here the literal ":id") goes to the person's home; the desk's set-up is the admin's.
            Map.entry("support/tickets/:id", new Rule(TicketView.class, DashboardPage.class,
                    EnumSet.of(Actor.ADMIN, Actor.SUPPORT, Actor.MANAGEMENT, Actor.SALES))),
            Map.entry("support/tickets/new", new Rule(NewTicketView.class, NewTicketView.class,
                    EnumSet.of(Actor.ADMIN, Actor.SUPPORT))),
            Map.entry("settings/marketing", new Rule(MarketingSettingsView.class, MarketingSettingsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING))),
            Map.entry("marketing/referrals", new Rule(ReferralsView.class, ReferralsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            Map.entry("settings/support", new Rule(SupportSettingsView.class, SupportSettingsView.class,
                    EnumSet.of(Actor.ADMIN))),
            // Invoices: finance and admin write, management reads; an id that names no invoice (here the literal
            // ":id") goes back to the list.
            Map.entry("finance/invoices", new Rule(com.cartera.finance.ui.InvoicesView.class,
                    com.cartera.finance.ui.InvoicesView.class, EnumSet.of(Actor.ADMIN, Actor.FINANCE,
                    Actor.MANAGEMENT))),
            Map.entry("finance/invoices/:id", new Rule(com.cartera.finance.ui.InvoiceView.class,
                    com.cartera.finance.ui.InvoicesView.class, EnumSet.of(Actor.ADMIN, Actor.FINANCE,
                    Actor.MANAGEMENT))),
            // Payments: finance and admin record, management reads. A statement is read by whoever reads the
            // customer's account; a customer id that names none (here the literal ":customerId") goes to the list.
            Map.entry("finance/payments", new Rule(com.cartera.finance.ui.PaymentsView.class,
                    com.cartera.finance.ui.PaymentsView.class, EnumSet.of(Actor.ADMIN, Actor.FINANCE,
                    Actor.MANAGEMENT))),
            Map.entry("finance/statement/:customerId", new Rule(com.cartera.finance.ui.StatementView.class,
                    CustomersView.class, EnumSet.of(Actor.ADMIN, Actor.FINANCE, Actor.MANAGEMENT, Actor.SALES))),
            Map.entry("settings/finance", new Rule(com.cartera.finance.ui.FinanceSettingsView.class,
                    com.cartera.finance.ui.FinanceSettingsView.class, EnumSet.of(Actor.ADMIN, Actor.FINANCE,
                    Actor.MANAGEMENT))),
            Map.entry("settings/support/sla", new Rule(SlaSettingsView.class, SlaSettingsView.class,
                    EnumSet.of(Actor.ADMIN))),
            // The public support form: anyone, signed in or not (here an unknown address: the "not available" page).
            Map.entry("ayuda/:key", new Rule(SupportFormView.class, SupportFormView.class, EnumSet.allOf(Actor.class))),
            Map.entry("settings/support/form", new Rule(SupportFormSettingsView.class, SupportFormSettingsView.class,
                    EnumSet.of(Actor.ADMIN))),
            // After a provider's answer, before anyone is signed in.
            Map.entry("link-identity", new Rule(IdentityLinkView.class, IdentityLinkView.class, EnumSet.allOf(Actor.class))),
            Map.entry("link-identity/:token", new Rule(IdentityLinkConfirmView.class, IdentityLinkConfirmView.class,
                    EnumSet.allOf(Actor.class))),
            // Those who may merge (admin, management) and those who keep the portfolio tidy look at duplicates.
            Map.entry("duplicates", new Rule(DuplicatesView.class, DuplicatesView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.SALES, Actor.MARKETING))),
            // Everyone reads any customer; an id that names none (here the literal ":id") goes back to the list.
            Map.entry("customers/:id", new Rule(CustomerView.class, CustomersView.class, EVERY_ROLE)),
            Map.entry("tags", new Rule(TagsView.class, TagsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            // Everyone reads the catalogue; the view itself shows editing only to admin, management and finance.
            Map.entry("products", new Rule(ProductsView.class, ProductsView.class, EVERY_ROLE)),
            Map.entry("pipeline", new Rule(PipelineBoardView.class, PipelineBoardView.class, EVERY_ROLE)),
            Map.entry("pipeline/settings", new Rule(PipelineSettingsView.class, PipelineSettingsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT))),
            Map.entry("pipeline/targets", new Rule(SalesTargetsView.class, SalesTargetsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT))),
            Map.entry("import", new Rule(ImportView.class, ImportView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.FINANCE))),
            // Marketing campaigns and spend: marketing and admin change them, management reads them; an id that names
            // no campaign leads back to the list. Lead sources are marketing's and admin's.
            Map.entry("marketing/campaigns", new Rule(CampaignsView.class, CampaignsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            Map.entry("marketing/campaigns/new", new Rule(NewCampaignView.class, NewCampaignView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING))),
            Map.entry("marketing/campaigns/:id", new Rule(CampaignView.class, CampaignsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            Map.entry("marketing/spend", new Rule(SpendView.class, SpendView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING, Actor.MANAGEMENT))),
            Map.entry("settings/marketing/sources", new Rule(SourcesSettingsView.class, SourcesSettingsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MARKETING))),
            // The dunning ladder: finance and admin change it, management reads it.
            Map.entry("settings/finance/dunning", new Rule(DunningSettingsView.class, DunningSettingsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.FINANCE, Actor.MANAGEMENT))),
            // Commercial value analysis: everyone but support.
            Map.entry("segments", new Rule(SegmentsView.class, SegmentsView.class, EnumSet.of(Actor.ADMIN,
                    Actor.MANAGEMENT, Actor.MARKETING, Actor.FINANCE, Actor.SALES))),
            Map.entry("settings", new Rule(WorkspaceSettingsView.class, WorkspaceSettingsView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT))),
            // Churn risk: admin and management see everyone's customers, sales their own; the model page is theirs.
            Map.entry("analytics/churn-risk", new Rule(ChurnRiskView.class, ChurnRiskView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT, Actor.SALES))),
            Map.entry("analytics/model", new Rule(PredictionModelView.class, PredictionModelView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT))),
            // Everyone has an agenda; the alert rules are management's and admin's.
            Map.entry("agenda", new Rule(AgendaView.class, AgendaView.class, EVERY_ROLE)),
            Map.entry("alerts/settings", new Rule(AlertRulesView.class, AlertRulesView.class,
                    EnumSet.of(Actor.ADMIN, Actor.MANAGEMENT)))));

    /** The layouts views are shown in, and who may see them. */
    private static final Map<Class<? extends Component>, Set<Actor>> LAYOUTS = Map.of(MainLayout.class, EVERY_ROLE);

    private final Map<Actor, SignedInUser> actors = new LinkedHashMap<>();
    private SignedInUser admin;

    @BeforeEach
    void oneMemberPerRole() {
        admin = data.newWorkspace("Roles " + TestData.uniqueSlug("r"));
        actors.put(Actor.ADMIN, admin);
        for (Actor actor : EVERY_ROLE) {
            if (actor != Actor.ADMIN) {
                actors.put(actor, data.addMember(admin, TestData.uniqueEmail(actor.name().toLowerCase()),
                        "Member " + actor.name(), Set.of(actor.role)));
            }
        }
        actors.values().forEach(user -> assertThat(user.workspace().tenant()).isEqualTo(admin.workspace().tenant()));
    }

    @Test
    void theTableListsExactlyTheRoutesTheApplicationHas() {
        Map<String, Class<? extends Component>> registered = RouteConfiguration.forApplicationScope()
                .getAvailableRoutes().stream()
                .collect(Collectors.toMap(RouteData::getTemplate, RouteData::getNavigationTarget));
        Map<String, Class<? extends Component>> listed = ROUTES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().view()));
        assertThat(registered).as("routes registered in Vaadin vs. routes in this test's table").isEqualTo(listed);

        // And nothing escaped the registry: every @Route and @Layout class found on the class path is covered.
        Set<Class<?>> discovered = discoveredRoutes().getRoutes().stream().collect(Collectors.toSet());
        Set<Class<?>> covered = ROUTES.values().stream().map(Rule::view).collect(Collectors.toSet());
        covered.addAll(LAYOUTS.keySet());
        assertThat(discovered).isEqualTo(covered);
    }

    @Test
    void everyActorGetsIntoExactlyTheRoutesTheTableAllows() {
        Map<String, Outcome> expected = new TreeMap<>();
        Map<String, Outcome> actual = new TreeMap<>();
        for (Actor actor : Actor.values()) {
            for (var route : ROUTES.entrySet()) {
                String key = "/" + route.getKey() + " as " + actor;
                Rule rule = route.getValue();
                signInAs(actor);
                expected.put(key, rule.expectedFor(actor));
                actual.put(key, navigate(route.getKey(), rule));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void annotationsOfEveryViewAndLayoutAgreeWithTheTable() {
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> actual = new TreeMap<>();
        var checker = new AccessAnnotationChecker();
        for (Actor actor : Actor.values()) {
            signInAs(actor);
            for (var route : ROUTES.values()) {
                String key = route.view().getSimpleName() + " as " + actor;
                expected.put(key, route.enter().contains(actor));
                actual.put(key, checker.hasAccess(route.view()));
            }
            for (var layout : LAYOUTS.entrySet()) {
                String key = layout.getKey().getSimpleName() + " as " + actor;
                expected.put(key, layout.getValue().contains(actor));
                actual.put(key, checker.hasAccess(layout.getKey()));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private void signInAs(Actor actor) {
        logout();
        if (actor != Actor.ANONYMOUS) {
            login(actors.get(actor));
        }
    }

    /** Navigates and tells what happened; checks that a user who enters sees the page the table says. */
    private Outcome navigate(String path, Rule rule) {
        try {
            UI.getCurrent().navigate(path);
        } catch (NotFoundError | MockAccessDeniedException refused) {
            return Outcome.REFUSED;
        }
        Component shown = UI.getCurrent().getCurrentView();
        if (shown instanceof LoginView && rule.landsOn() != LoginView.class) {
            return Outcome.SENT_TO_LOGIN;
        }
        assertThat(shown).as("page shown for /" + path).isInstanceOf(rule.landsOn());
        return Outcome.ENTERS;
    }

    // --- service methods refuse the roles their module does not allow ---------------------------------

    @Test
    void onlyAdminsMayListTheTeam() {
        TeamService team = context.getBean(TeamService.class);
        Map<Actor, Boolean> expected = new TreeMap<>(Map.of(Actor.ADMIN, true, Actor.SALES, false,
                Actor.MARKETING, false, Actor.SUPPORT, false, Actor.FINANCE, false, Actor.MANAGEMENT, false));
        Map<Actor, Boolean> actual = new TreeMap<>();
        for (Actor actor : EVERY_ROLE) {
            actual.put(actor, allowed(actor, user -> team.members()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThatThrownBy(() -> TestData.as(null, team::members))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void supportAndFinanceMayNotSaveCustomers() {
        CustomerService customers = context.getBean(CustomerService.class);
        Map<Actor, Boolean> expected = new TreeMap<>(Map.of(Actor.ADMIN, true, Actor.SALES, true,
                Actor.MARKETING, true, Actor.SUPPORT, false, Actor.FINANCE, false, Actor.MANAGEMENT, true));
        Map<Actor, Boolean> actual = new TreeMap<>();
        for (Actor actor : EVERY_ROLE) {
            actual.put(actor, allowed(actor, user -> {
                var customer = new Customer();
                customer.setName("Saved by " + actor);
                customer.setLifecycleStage(LifecycleStage.LEAD);
                return customers.save(customer);
            }));
        }
        assertThat(actual).isEqualTo(expected);
        // Whoever was refused left nothing behind; the four allowed saved one each.
        long saved = TestData.as(admin, () -> customers.count(
                com.cartera.customer.CustomerFilter.NONE.withText("Saved by")));
        assertThat(saved).isEqualTo(4);
    }

    private boolean allowed(Actor actor, Function<SignedInUser, Object> call) {
        SignedInUser user = actors.get(actor);
        try {
            TestData.as(user, () -> call.apply(user));
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
