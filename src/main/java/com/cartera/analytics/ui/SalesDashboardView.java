package com.cartera.analytics.ui;

import java.util.UUID;

import com.cartera.activity.ContactCadence;
import com.cartera.activity.FollowUpService;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.sales.BoardService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.SalesTargetService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.CsatFigures;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The sales home: the pipeline, results of the period, portfolio health and today's agenda. A salesperson sees
 * their own figures; managers (management, admin) pick an agent or the whole team. The analytics service forces
 * a salesperson's figures to their own, whatever this view asks.
 */
@Route("dashboard/sales")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class SalesDashboardView extends DashboardPage {

    final ComboBox<TeamMember> agent = new ComboBox<>();
    private final SignedInUser user;
    private final boolean manager;
    private final WorkspaceCalendar calendar;
    private final PortfolioAnalytics analytics;
    private final BoardService board;
    private final PipelineService pipelines;
    private final CustomerService customers;
    private final FollowUpService followUps;
    private final SalesTargetService salesTargets;
    private final PredictionService predictions;
    private final CsatFigures csat;
    private final ContactCadence cadence;
    private final String currency;

    public SalesDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, PortfolioAnalytics analytics,
                              BoardService board, PipelineService pipelines, CustomerService customers,
                              FollowUpService followUps, TeamDirectory team, WorkspaceSettingsService settings,
                              SalesTargetService salesTargets, PredictionService predictions, ContactCadence cadence,
                              CsatFigures csat, DashboardTools tools) {
        super(Dashboard.SALES, PeriodPreset.THIS_MONTH, calendar, currentUser, tools);
        this.user = currentUser.require();
        this.manager = user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
        this.calendar = calendar;
        this.analytics = analytics;
        this.board = board;
        this.pipelines = pipelines;
        this.customers = customers;
        this.followUps = followUps;
        this.salesTargets = salesTargets;
        this.predictions = predictions;
        this.csat = csat;
        this.cadence = cadence;
        this.currency = settings.current().getCurrency();
        agent.setLabel(getTranslation("dashboard.sales.agent"));
        agent.setPlaceholder(getTranslation("dashboard.sales.team"));
        agent.setClearButtonVisible(true);
        agent.setItemLabelGenerator(TeamMember::getDisplayName);
        agent.setVisible(manager);
        if (manager) {
            agent.setItems(team.activeMembers());
        }
        agent.addValueChangeListener(event -> redraw());
        addToToolbar(agent);
    }

    /** Whose figures: a salesperson's own; for managers the agent picked, or null for the team. */
    UUID owner() {
        if (!manager) {
            return user.userId();
        }
        return agent.getValue() == null ? null : agent.getValue().getUserId();
    }

    @Override
    protected void show(PeriodChoice choice) {
        UUID owner = owner();
        PortfolioKpis kpis = analytics.kpis(choice.period(), owner);
        var tiles = new KpiTiles(kpis, currency).drillingInto(drillDown());
        tiles.count("kpi.new", kpis.newCustomers(), false);
        tiles.count("kpi.active", kpis.activeAtEnd(), false);
        tiles.tile("kpi.revenue", kpis.revenue(), ValueFormat.money(currency, 0), false);
        tiles.tile("kpi.win-rate", kpis.winRate(), ValueFormat.percent(1), false);
        addCard(tiles);
        var today = calendar.today();
        addCard(new PipelineCard(getTranslation("dashboard.pipeline"), board, pipelines.mainPipeline().getId(), owner,
                today, currency),
                new PortfolioHealthCard(getTranslation("dashboard.health"), customers, owner),
                new WithoutContactCard(getTranslation("dashboard.no-contact"), cadence, owner),
                new AtRiskCard(getTranslation("dashboard.at-risk"), predictions, owner),
                new WonVsTargetCard(getTranslation("dashboard.target"), choice.period(),
                        salesTargets.wonVsTarget(choice.period().from(), choice.period().to(), owner), manager),
                new AgendaTodayCard(getTranslation("dashboard.agenda"), followUps, owner, today, calendar.zone()),
                csatCard(choice.period(), owner));
    }

    /** CSAT of the owner's customers (of the whole workspace when a manager looks at the team). */
    private CsatCard csatCard(Period period, UUID owner) {
        Period previous = period.previous();
        return owner == null
                ? new CsatCard(getTranslation("support.csat.card.team"), period, csat.of(period.from(), period.to()),
                csat.of(previous.from(), previous.to()))
                : new CsatCard(getTranslation("support.csat.card.own"), period,
                csat.ofOwner(period.from(), period.to(), owner), csat.ofOwner(previous.from(), previous.to(), owner));
    }
}
