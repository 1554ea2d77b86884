package com.cartera.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.cartera.marketing.AttributionModel;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.SourceInfo;
import com.cartera.marketing.SpendFigures;

/**
 * What a period's marketing figures are made of, read once by {@link MarketingAnalytics} (new customers and leads
 * grouped by month, source and credited campaign; spend by source, campaign and month; the catalogue), and the
 * rules that turn it into CAC, lagged CAC and conversion (DESIGN §5). Pure: records in, records out.
 */
record MarketingRead(Period period, Period next, LocalDate today, AttributionModel model, List<YearMonth> months,
                     List<MarketingQueries.Acquired> acquired, List<MarketingQueries.Leads> leads,
                     SpendFigures.Spend total, Map<Long, SpendFigures.Spend> spendBySource,
                     Map<Long, SpendFigures.Spend> spendByCampaign, Map<YearMonth, SpendFigures.Spend> spendByMonth,
                     List<SourceInfo> sources, Map<Long, CampaignInfo> campaigns) {

    boolean nextStarted() {
        return !next.from().isAfter(today);
    }

    long acquired(Predicate<MarketingQueries.Acquired> which) {
        return acquired.stream().filter(which).mapToLong(MarketingQueries.Acquired::customers).sum();
    }

    long leads(Predicate<MarketingQueries.Leads> which, Function<MarketingQueries.Leads, Long> count) {
        return leads.stream().filter(which).mapToLong(count::apply).sum();
    }

    Cac overall() {
        long newCustomers = acquired(MarketingQueries.Acquired::inPeriod);
        long nextNew = acquired(MarketingQueries.Acquired::inNext);
        long leads = leads(MarketingQueries.Leads::inPeriod, MarketingQueries.Leads::leads);
        long prospects = leads(MarketingQueries.Leads::inPeriod, MarketingQueries.Leads::prospects);
        long converted = leads(MarketingQueries.Leads::inPeriod, MarketingQueries.Leads::converted);
        long days = leads(MarketingQueries.Leads::inPeriod, MarketingQueries.Leads::daysToConvert);
        BigDecimal spent = total.total();
        return new Cac(total.marketing(), total.sales(), newCustomers, cac(spent, newCustomers), nextNew,
                nextStarted() ? cac(spent, nextNew) : null, leads, prospects, converted,
                Kpi.ratio(converted, leads), converted == 0 ? null
                        : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(converted), 1, RoundingMode.HALF_UP));
    }

    List<SourceCac> bySource() {
        var ids = new LinkedHashSet<Long>();
        sources.forEach(s -> ids.add(s.id()));
        ids.add(null);
        var result = new ArrayList<SourceCac>();
        Map<Long, SourceInfo> info = new HashMap<>();
        sources.forEach(s -> info.put(s.id(), s));
        Set<Long> seen = new LinkedHashSet<>(ids);
        acquired.forEach(a -> seen.add(a.sourceId()));
        leads.forEach(l -> seen.add(l.sourceId()));
        spendBySource.keySet().forEach(seen::add);
        for (Long id : seen) {
            BigDecimal spent = spendBySource.getOrDefault(id, SpendFigures.Spend.NONE).total();
            long newCustomers = acquired(a -> a.inPeriod() && Objects.equals(a.sourceId(), id));
            long nextNew = acquired(a -> a.inNext() && Objects.equals(a.sourceId(), id));
            Predicate<MarketingQueries.Leads> mine = l -> l.inPeriod() && Objects.equals(l.sourceId(), id);
            long leads = leads(mine, MarketingQueries.Leads::leads);
            if (spent.signum() == 0 && newCustomers == 0 && nextNew == 0 && leads == 0) {
                continue;
            }
            long converted = leads(mine, MarketingQueries.Leads::converted);
            SourceInfo source = info.get(id);
            result.add(new SourceCac(id, source == null ? null : source.code(), source == null ? null : source.name(),
                    spent, newCustomers, cac(spent, newCustomers), nextNew,
                    nextStarted() ? cac(spent, nextNew) : null, leads,
                    leads(mine, MarketingQueries.Leads::prospects), converted, Kpi.ratio(converted, leads)));
        }
        return List.copyOf(result);
    }

    List<CampaignCac> byCampaign() {
        Set<Long> ids = new LinkedHashSet<>(spendByCampaign.keySet());
        acquired.stream().filter(a -> a.inPeriod() && a.campaignId() != null).forEach(a -> ids.add(a.campaignId()));
        leads.stream().filter(l -> l.inPeriod() && l.campaignId() != null).forEach(l -> ids.add(l.campaignId()));
        var result = new ArrayList<CampaignCac>();
        for (Long id : ids) {
            CampaignInfo campaign = campaigns.get(id);
            if (campaign == null) {
                continue;
            }
            BigDecimal spent = spendByCampaign.getOrDefault(id, SpendFigures.Spend.NONE).total();
            long newCustomers = acquired(a -> a.inPeriod() && id.equals(a.campaignId()));
            Predicate<MarketingQueries.Leads> mine = l -> l.inPeriod() && id.equals(l.campaignId());
            long leads = leads(mine, MarketingQueries.Leads::leads);
            long converted = leads(mine, MarketingQueries.Leads::converted);
            result.add(new CampaignCac(id, campaign.name(), spent, newCustomers, cac(spent, newCustomers), leads,
                    converted, Kpi.ratio(converted, leads)));
        }
        result.sort(Comparator.comparing(CampaignCac::spend).reversed().thenComparing(CampaignCac::name));
        return List.copyOf(result);
    }

    List<MonthCac> cacTrend() {
        var byMonth = new HashMap<YearMonth, Long>();
        acquired.forEach(a -> byMonth.merge(YearMonth.from(a.month()), a.customers(), Long::sum));
        var result = new ArrayList<MonthCac>();
        for (YearMonth month : months) {
            BigDecimal spent = spendByMonth.getOrDefault(month, SpendFigures.Spend.NONE).total();
            long newCustomers = byMonth.getOrDefault(month, 0L);
            long nextNew = byMonth.getOrDefault(month.plusMonths(1), 0L);
            // A month's lagged reading waits for the next month to end: part of a month would inflate it.
            boolean nextComplete = month.plusMonths(1).atEndOfMonth().isBefore(today);
            result.add(new MonthCac(month, month.atEndOfMonth().isBefore(today), spent, newCustomers,
                    cac(spent, newCustomers), nextNew, nextComplete ? cac(spent, nextNew) : null));
        }
        return List.copyOf(result);
    }

    List<SourceLeadsMonth> leadsTrend() {
        var counts = new java.util.TreeMap<YearMonth, Map<Long, Long>>();
        leads.forEach(l -> counts.computeIfAbsent(YearMonth.from(l.month()), m -> new HashMap<>())
                .merge(l.sourceId(), l.leads(), Long::sum));
        var result = new ArrayList<SourceLeadsMonth>();
        counts.forEach((month, bySource) -> bySource.forEach((source, leads) ->
                result.add(new SourceLeadsMonth(month, source, leads))));
        return List.copyOf(result);
    }

    private static final int MONEY_SCALE = 2;

    /** Spend ÷ new customers in money, or none without new customers (never ∞). */
    private static BigDecimal cac(BigDecimal spent, long newCustomers) {
        return newCustomers == 0 ? null
                : spent.divide(BigDecimal.valueOf(newCustomers), MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
