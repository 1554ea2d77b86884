package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

import com.cartera.customer.RfmSegment;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.AttributionModel;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.CampaignReachFigures;
import com.cartera.marketing.CampaignStatus;
import com.cartera.marketing.Campaigns;
import com.cartera.marketing.MarketingSettings;
import com.cartera.marketing.MarketingSources;
import com.cartera.marketing.SpendFigures;
import com.cartera.security.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing's figures of a period (DESIGN §5): CAC overall, per first-touch source and per campaign, beside the
 * lagged reading (spend of the period against the customers won in the next one); lead conversion and the funnel;
 * the running campaigns' results; segment sizes and consent coverage. New customers, leads and the audience come
 * from analytics' pre-aggregated tables (cached per refresh, like {@link PortfolioAnalytics}); spend, campaigns and
 * list statuses from marketing's read classes, set-based. Conversions are counted up to today unless a date is
 * given.
 *
 * <p>Who may call: ADMIN, MARKETING and MANAGEMENT.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class MarketingAnalytics {

    /** Running campaigns the home shows (the most recently started). */
    static final int RUNNING_SHOWN = 6;

    private final MarketingQueries queries;
    private final AggregateQueries aggregates;
    private final SpendFigures spend;
    private final CampaignReachFigures reach;
    private final Campaigns campaigns;
    private final MarketingSources sources;
    private final MarketingSettings settings;
    private final WorkspaceCalendar calendar;
    /** Figures read from the aggregate tables, by workspace, refresh and question. */
    private final Cache<List<Object>, Object> cache = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    /**
     * Campaign results by workspace, refresh and campaigns: list statuses change as a campaign works, but reading
     * 50,000 members per campaign on every view would not keep the home fast; they show at most a minute late.
     */
    private final Cache<List<Object>, List<CampaignResult>> recentResults = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    MarketingAnalytics(MarketingQueries queries, AggregateQueries aggregates, SpendFigures spend,
                       CampaignReachFigures reach, Campaigns campaigns, MarketingSources sources,
                       MarketingSettings settings, WorkspaceCalendar calendar) {
        this.queries = queries;
        this.aggregates = aggregates;
        this.spend = spend;
        this.reach = reach;
        this.campaigns = campaigns;
        this.sources = sources;
        this.settings = settings;
        this.calendar = calendar;
    }

    /** Everything the marketing home shows for {@code period}, conversions counted up to today. */
    public MarketingHome home(Period period) {
        return home(period, calendar.today().plusDays(1));
    }

    /** Everything the marketing home shows for {@code period}, conversions counted up to, not including, {@code by}. */
    public MarketingHome home(Period period, LocalDate by) {
        MarketingRead read = read(period, by);
        List<CampaignInfo> running = read.campaigns().values().stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING)
                .sorted(Comparator.comparing(CampaignInfo::startsOn).reversed()
                        .thenComparing(Comparator.comparingLong(CampaignInfo::id).reversed()))
                .limit(RUNNING_SHOWN)
                .toList();
        List<CampaignResult> runningResults = recentResults.get(Arrays.asList(aggregates.stamp(), running),
                key -> results(running));
        return new MarketingHome(period, by, read.model(), read.overall(), read.bySource(), read.cacTrend(),
                read.leadsTrend(), read.byCampaign(), runningResults, audience());
    }

    /** CAC, lagged CAC and conversion per first-touch source in {@code period}, conversions counted up to today. */
    public List<SourceCac> cacBySource(Period period) {
        return read(period, calendar.today().plusDays(1)).bySource();
    }

    /** CAC, lagged CAC and conversion of the whole workspace in {@code period}, conversions counted up to today. */
    public Cac cac(Period period) {
        return read(period, calendar.today().plusDays(1)).overall();
    }

    /** CAC and conversion per campaign in {@code period}, conversions counted up to today. */
    public List<CampaignCac> cacByCampaign(Period period) {
        return read(period, calendar.today().plusDays(1)).byCampaign();
    }

    /** The results to date of the given campaigns (unknown ids left out), in the order given. */
    public List<CampaignResult> campaignResults(List<Long> campaignIds) {
        return results(campaignIds.stream().map(campaigns::find).flatMap(java.util.Optional::stream).toList());
    }

    /**
     * The customers acquired in {@code period} behind a CAC figure: with that first-touch source and credited
     * campaign (null: any), by id, one page.
     */
    public List<Long> newCustomers(Period period, Long sourceId, Long campaignId, int offset, int limit) {
        checkPage(offset, limit);
        return queries.acquiredCustomers(period.from(), period.to(), sourceId, campaignId, lastTouch(), offset, limit);
    }

    /**
     * The leads created in {@code period} behind a conversion figure (with that first-touch source and credited
     * campaign, null: any): those converted by today, or with {@code convertedOnly} false all of them; one page.
     */
    public List<Long> leads(Period period, Long sourceId, Long campaignId, boolean convertedOnly, int offset,
                            int limit) {
        checkPage(offset, limit);
        return queries.leadCustomers(period.from(), period.to(), convertedOnly ? calendar.today().plusDays(1) : null,
                sourceId, campaignId, lastTouch(), offset, limit);
    }

    /** The audience as of the last refresh: customers, consent coverage, RFM segment sizes. */
    public Audience audience() {
        return cached(Arrays.asList("audience", aggregates.stamp()), () -> {
            var segments = new EnumMap<RfmSegment, long[]>(RfmSegment.class);
            long customers = 0;
            long consent = 0;
            for (var row : queries.audience()) {
                customers += row.customers();
                consent += row.marketingConsent() ? row.customers() : 0;
                if (row.rfmSegment() != null) {
                    long[] counts = segments.computeIfAbsent(RfmSegment.valueOf(row.rfmSegment()), s -> new long[2]);
                    counts[0] += row.customers();
                    counts[1] += row.marketingConsent() ? row.customers() : 0;
                }
            }
            var list = new ArrayList<Audience.Segment>();
            segments.forEach((segment, counts) -> list.add(new Audience.Segment(segment, counts[0], counts[1])));
            return new Audience(customers, consent, List.copyOf(list));
        });
    }

    private boolean lastTouch() {
        return settings.attribution() == AttributionModel.LAST_TOUCH;
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 10000");
        }
    }


    private MarketingRead read(Period period, LocalDate by) {
        AttributionModel model = settings.attribution();
        boolean last = model == AttributionModel.LAST_TOUCH;
        LocalDate today = calendar.today();
        Period next = period.next();
        LocalDate monthFrom = period.from().withDayOfMonth(1);
        LocalDate monthTo = YearMonth.from(period.lastDay()).plusMonths(1).atDay(1);
        LocalDate scanTo = later(next.to(), monthTo.plusMonths(1));
        String stamp = aggregates.stamp();
        List<MarketingQueries.Acquired> acquired = cached(Arrays.asList("acquired", stamp, monthFrom, scanTo, period,
                next.to(), last), () -> queries.acquired(monthFrom, scanTo, period.from(), period.to(), next.to(), last));
        List<MarketingQueries.Leads> leads = cached(Arrays.asList("leads", stamp, monthFrom, monthTo, period, by, last),
                () -> queries.leads(monthFrom, monthTo, period.from(), period.to(), by, last));
        var months = new ArrayList<YearMonth>();
        for (YearMonth m = YearMonth.from(monthFrom); m.atDay(1).isBefore(monthTo); m = m.plusMonths(1)) {
            months.add(m);
        }
        var bySource = new HashMap<Long, SpendFigures.Spend>();
        spend.bySource(period.from(), period.to()).forEach(s -> bySource.put(s.sourceId(), s.spend()));
        var byCampaign = new HashMap<Long, SpendFigures.Spend>();
        spend.byCampaign(period.from(), period.to()).forEach(s -> byCampaign.put(s.campaignId(), s.spend()));
        var byMonth = new HashMap<YearMonth, SpendFigures.Spend>();
        spend.byMonth(monthFrom, monthTo).forEach(s -> byMonth.put(YearMonth.from(s.month()), s.spend()));
        var allCampaigns = new java.util.LinkedHashMap<Long, CampaignInfo>();
        campaigns.all().forEach(c -> allCampaigns.put(c.id(), c));
        return new MarketingRead(period, next, today, model, List.copyOf(months), acquired, leads,
                spend.total(period.from(), period.to()), bySource, byCampaign, byMonth, sources.all(), allCampaigns);
    }

    private List<CampaignResult> results(List<CampaignInfo> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Long> ids = chosen.stream().map(CampaignInfo::id).toList();
        var spent = new HashMap<Long, BigDecimal>();
        spend.toDate(ids).forEach(s -> spent.put(s.campaignId(), s.spend().total()));
        var reached = new HashMap<Long, CampaignReachFigures.Reach>();
        reach.of(ids).forEach(r -> reached.put(r.campaignId(), r));
        List<CampaignReachFigures.Converted> converted = reach.converted(ids, calendar.zone());
        var revenue = new HashMap<Long, BigDecimal>();
        queries.revenueAfterConversion(converted).forEach(r -> revenue.put(r.campaignId(), r.revenue()));
        var result = new ArrayList<CampaignResult>();
        for (CampaignInfo campaign : chosen) {
            BigDecimal spentSoFar = spent.getOrDefault(campaign.id(), BigDecimal.ZERO);
            var r = reached.getOrDefault(campaign.id(), new CampaignReachFigures.Reach(campaign.id(), 0, 0, 0, 0));
            BigDecimal earned = revenue.getOrDefault(campaign.id(), BigDecimal.ZERO);
            result.add(new CampaignResult(campaign.id(), campaign.name(), campaign.status(), campaign.startsOn(),
                    campaign.endsOn(), campaign.budget(), spentSoFar,
                    campaign.budget() == null ? null : Kpi.ratio(spentSoFar, campaign.budget()), r.targeted(),
                    r.reached(), r.responded(), r.converted(), earned, Kpi.ratio(earned, spentSoFar)));
        }
        return List.copyOf(result);
    }


    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> compute) {
        return (T) cache.get(key, k -> compute.get());
    }
}
