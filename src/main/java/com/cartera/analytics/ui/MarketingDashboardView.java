package com.cartera.analytics.ui;

import java.util.HashMap;
import java.util.Map;

import com.cartera.analytics.MarketingAnalytics;
import com.cartera.analytics.MarketingHome;
import com.cartera.analytics.Period;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.MarketingSources;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The marketing home: the period's leads by source with their trend, the funnel by source, CAC month by month and
 * by source beside the lagged view, the running campaigns' spend and results, and the audience (segment sizes,
 * consent coverage). Everything comes from one read of {@link MarketingAnalytics#home}.
 */
@Route("dashboard/marketing")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
public class MarketingDashboardView extends DashboardPage {

    private final MarketingAnalytics marketing;
    private final MarketingSources sources;
    private final String currency;
    private final WorkspaceCalendar calendar;

    public MarketingDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, MarketingAnalytics marketing,
                                  MarketingSources sources, WorkspaceSettingsService settings, DashboardTools tools) {
        super(Dashboard.MARKETING, PeriodPreset.LAST_12_MONTHS, calendar, currentUser, tools);
        this.marketing = marketing;
        this.sources = sources;
        this.currency = settings.current().getCurrency();
        this.calendar = calendar;
    }

    /** What the lagged CAC tile says under its figure: whether the next period has begun or ended. */
    private String nextPeriodState(Period period) {
        Period next = period.next();
        if (next.from().isAfter(calendar.today())) {
            return getTranslation("marketing-home.next-period.not-started");
        }
        return next.to().isAfter(calendar.today().plusDays(1))
                ? getTranslation("marketing-home.next-period.running") : null;
    }

    @Override
    protected void show(PeriodChoice choice) {
        Period period = choice.period();
        String days = choice.daysText(getLocale());
        MarketingHome home = marketing.home(period);
        String byToday = days + " · " + getTranslation("marketing-home.converted-by-today");
        Map<Long, String> names = new HashMap<>();
        sources.all().forEach(source -> names.put(source.id(), source.label(this::getTranslation)));
        names.put(null, getTranslation("dashboard.source.none"));
        DrillDownLinks links = drillDown();
        addCard(new MarketingTiles(period, days, nextPeriodState(period), home.overall(), home.audience(), currency,
                links));
        addCard(new LeadsBySourceCard(home, names, days, links).wide());
        addCard(new SourceFunnelCard(period, home.bySource(), byToday, links).wide());
        addCard(new SourceCacCard(period, home.bySource(), currency, days, links).wide());
        addCard(new CacTrendCard(home.cacTrend(), currency, days, links).wide());
        addCard(new CampaignsCard(home.running(), currency).wide());
        addCard(new AudienceCard(home.audience()));
    }
}
