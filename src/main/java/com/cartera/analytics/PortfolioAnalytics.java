package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.cartera.base.db.BulkWork;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.sales.OpportunityFigures;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics of the workspace in scope, read from its aggregate tables (DESIGN §5): KPIs of a period with the
 * previous period and the same period a year earlier, monthly trends, figures per owner, cohorts, and the customers
 * behind each count. Customer counts never run past today: a stretch that ends in the future has not ended yet.
 *
 * <p>Who may call: ADMIN and MANAGEMENT everything; FINANCE and MARKETING the workspace's figures (revenue, top
 * customers, leads, conversion) but not per owner; SALES only their own figures — the owner is forced to the
 * signed-in person. Refreshing and rebuilding the aggregates: ADMIN (MANAGEMENT may ask for a refresh).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES, Role.Names.FINANCE, Role.Names.MARKETING})
public class PortfolioAnalytics {

    private final AggregateQueries queries;
    private final AggregateRefresh refresh;
    private final OpportunityFigures opportunities;
    private final WorkspaceCalendar calendar;
    private final CurrentUser currentUser;
    private final BulkWork bulkWork;
    private final ObjectProvider<PredictiveClv> predictive;
    /** Figures read from the aggregate tables, by workspace, refresh and question (see {@link #cached}). */
    private final Cache<List<Object>, Object> cache = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    PortfolioAnalytics(AggregateQueries queries, AggregateRefresh refresh, OpportunityFigures opportunities,
                       WorkspaceCalendar calendar, CurrentUser currentUser, BulkWork bulkWork,
                       ObjectProvider<PredictiveClv> predictive) {
        this.queries = queries;
        this.refresh = refresh;
        this.opportunities = opportunities;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.bulkWork = bulkWork;
        this.predictive = predictive;
    }

    /** The KPIs of {@code period}, for one owner or (owner null) the whole workspace. */
    public PortfolioKpis kpis(Period period, UUID owner) {
        UUID scope = ownerScope(owner);
        Period previous = period.previous();
        Period yearEarlier = period.yearEarlier();
        LocalDate tomorrow = calendar.today().plusDays(1);
        ZoneId zone = calendar.zone();
        Figures now = figures(period, scope, tomorrow, zone);
        Figures before = figures(previous, scope, tomorrow, zone);
        Figures yearBefore = figures(yearEarlier, scope, tomorrow, zone);
        Function<Function<Figures, BigDecimal>, Kpi> kpi = f -> new Kpi(f.apply(now), f.apply(before),
                f.apply(yearBefore));
        PredictiveClv model = predictive.getIfAvailable();
        var pipeline = queries.pipeline(period.to(), scope);
        var pipelineBefore = queries.pipeline(previous.to(), scope);
        var pipelineYear = queries.pipeline(yearEarlier.to(), scope);
        return new PortfolioKpis(period, scope,
                kpi.apply(f -> count(f.activeAtStart)),
                kpi.apply(f -> count(f.activeAtEnd)),
                kpi.apply(f -> count(f.newCustomers)),
                kpi.apply(f -> count(f.reactivated)),
                kpi.apply(f -> count(f.lost)),
                kpi.apply(f -> count(f.lostFromStart)),
                kpi.apply(f -> count(f.acquiredAndLost)),
                kpi.apply(f -> Kpi.ratio(f.activeAtStart - f.lostFromStart, f.activeAtStart)),
                kpi.apply(f -> Kpi.ratio(f.lostFromStart, f.activeAtStart)),
                kpi.apply(f -> Kpi.ratio(f.lostRevenueBefore, f.revenueBefore)),
                kpi.apply(f -> f.sums.revenue()),
                kpi.apply(f -> count(f.sums.orders())),
                kpi.apply(f -> Kpi.ratio(f.sums.revenue(), BigDecimal.valueOf(f.sums.orders()))),
                kpi.apply(f -> Kpi.ratio(f.sums.orders(), f.buyers)),
                kpi.apply(f -> f.historicalClv),
                kpi.apply(f -> Kpi.ratio(f.historicalClv, BigDecimal.valueOf(f.activeAtEnd))),
                model == null ? Kpi.NOT_AVAILABLE : new Kpi(model.total(scope).orElse(null), null, null),
                kpi.apply(f -> Kpi.ratio(f.converted(), f.leadTotal())),
                now.leads.stream().map(s -> new SourceConversion(s.source(), s.leads(), s.prospects(), s.converted(),
                        new Kpi(Kpi.ratio(s.converted(), s.leads()), null, null))).toList(),
                kpi.apply(f -> Kpi.ratio(f.closed.won(), f.closed.won() + f.closed.lost())),
                kpi.apply(f -> f.closed.averageWonCycleDays()),
                new Kpi(pipeline == null ? null : pipeline.amount(), pipelineBefore == null ? null : pipelineBefore.amount(),
                        pipelineYear == null ? null : pipelineYear.amount()),
                new Kpi(pipeline == null ? null : pipeline.weighted(),
                        pipelineBefore == null ? null : pipelineBefore.weighted(),
                        pipelineYear == null ? null : pipelineYear.weighted()),
                kpi.apply(f -> Kpi.ratio(f.concentration.top(), f.concentration.total())));
    }

    /** Month by month over {@code period} (months it touches), for the trend charts. */
    public List<MonthFigures> trend(Period period, UUID owner) {
        UUID scope = ownerScope(owner);
        List<MonthFigures> months = trends(period, scope, false).get(scope);
        return months == null ? List.of() : months;
    }

    /**
     * The months of {@code period} for the customers of {@code scope} (null: everyone), or with {@code perOwner} for
     * each owner apart (key null: the customers without an owner): the active customers at each month's end are
     * the level before the first month plus each month's starts minus its ends, up to today.
     */
    private Map<UUID, List<MonthFigures>> trends(Period period, UUID scope, boolean perOwner) {
        LocalDate from = period.from().withDayOfMonth(1);
        LocalDate to = YearMonth.from(period.lastDay()).plusMonths(1).atDay(1);
        LocalDate today = calendar.today();
        LocalDate upTo = to.isAfter(today.plusDays(1)) ? today.plusDays(1) : to;
        return cached(Arrays.asList("trends", from, to, today, scope, perOwner), () -> {
            var levels = new HashMap<UUID, Long>();
            for (var level : queries.activeBeforePerOwner(from, scope)) {
                levels.merge(perOwner ? level.ownerId() : scope, level.net(), Long::sum);
            }
            var rows = new HashMap<UUID, Map<YearMonth, AggregateQueries.MonthRow>>();
            for (var row : queries.months(from, upTo.isAfter(from) ? upTo : from, scope, perOwner)) {
                rows.computeIfAbsent(perOwner ? row.ownerId() : scope, o -> new HashMap<>())
                        .put(YearMonth.from(row.month()), row);
            }
            List<UUID> owners = perOwner ? queries.owners() : Collections.singletonList(scope);
            var result = new LinkedHashMap<UUID, List<MonthFigures>>();
            for (UUID owner : owners) {
                long level = levels.getOrDefault(owner, 0L);
                var ownRows = rows.getOrDefault(owner, Map.of());
                var months = new ArrayList<MonthFigures>();
                for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(to); month = month.plusMonths(1)) {
                    var row = Optional.ofNullable(ownRows.get(month));
                    long acquired = row.map(AggregateQueries.MonthRow::acquired).orElse(0L);
                    long reactivated = row.map(AggregateQueries.MonthRow::reactivated).orElse(0L);
                    long lost = row.map(AggregateQueries.MonthRow::lost).orElse(0L);
                    level += acquired + reactivated - lost;
                    months.add(new MonthFigures(month, month.atEndOfMonth().isBefore(today), Math.max(0, level),
                            acquired, reactivated, lost,
                            row.map(AggregateQueries.MonthRow::revenue).orElse(BigDecimal.ZERO),
                            row.map(AggregateQueries.MonthRow::orders).orElse(0L)));
                }
                result.put(owner, List.copyOf(months));
            }
            return result;
        });
    }

    /** Each owner's figures month by month over {@code period}; SALES see only their own rows. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
    public List<OwnerFigures> byOwner(Period period) {
        SignedInUser user = currentUser.require();
        boolean everyone = user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
        Map<UUID, List<MonthFigures>> trends = everyone ? trends(period, null, true)
                : trends(period, user.userId(), false);
        var result = new ArrayList<OwnerFigures>();
        trends.forEach((owner, months) -> {
            for (MonthFigures month : months) {
                result.add(new OwnerFigures(owner, month.month(), month.activeAtEnd(), month.newCustomers(),
                        month.reactivated(), month.lost(), month.revenue(), month.orders()));
            }
        });
        return result;
    }

    /** The cohort table for the cohorts from {@code from} up to and including {@code to}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE, Role.Names.MARKETING})
    public List<CohortCell> cohorts(YearMonth from, YearMonth to) {
        YearMonth running = YearMonth.from(calendar.today());
        var rows = queries.cohorts(from.atDay(1), to.plusMonths(1).atDay(1));
        var result = new ArrayList<CohortCell>();
        for (var row : rows) {
            long size = rows.stream().filter(r -> r.cohortMonth().equals(row.cohortMonth()) && r.monthOffset() == 0)
                    .mapToLong(AggregateQueries.CohortRow::buyers).findFirst().orElse(0);
            YearMonth cohort = YearMonth.from(row.cohortMonth());
            result.add(new CohortCell(cohort, row.monthOffset(), size, row.buyers(), Kpi.ratio(row.buyers(), size),
                    !cohort.plusMonths(row.monthOffset()).equals(running)));
        }
        return result;
    }

    /** How many customers {@code which} counts in {@code period}: the value of that tile. */
    public long countBehind(Period period, KpiCount which, UUID owner) {
        LocalDate to = clamp(period.to());
        return queries.count(which, period.from(), to, ownerScope(owner));
    }

    /** The ids of the customers {@code which} counts in {@code period}, by id, one page. */
    public List<Long> customersBehind(Period period, KpiCount which, UUID owner, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 10000");
        }
        LocalDate to = clamp(period.to());
        return queries.customers(which, period.from(), to, ownerScope(owner), offset, limit);
    }

    /** The ids of the leads created in {@code period} that reached {@code stage} by its end, by id, one page. */
    public List<Long> leadsAt(Period period, FunnelStage stage, UUID owner, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 10000");
        }
        return queries.leadCustomers(stage, period.from(), period.to(), ownerScope(owner), offset, limit);
    }

    /** Recomputes what changed since the last refresh (or everything, when the zone or window changed). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public RefreshResult refresh() {
        return bulkWork.inTransaction(BulkWork.Job.ANALYTICS_REFRESH, refresh::refresh);
    }

    /** Rebuilds every aggregate table from scratch. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    @RolesAllowed(Role.Names.ADMIN)
    public RefreshResult rebuild() {
        return bulkWork.inTransaction(BulkWork.Job.ANALYTICS_REFRESH, refresh::rebuild);
    }

    private UUID ownerScope(UUID owner) {
        SignedInUser user = currentUser.require();
        if (seesEveryOwner(user) && (owner == null || user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT))) {
            return owner;
        }
        if (user.hasRole(Role.SALES) && (owner == null || owner.equals(user.userId()))) {
            return user.userId();
        }
        throw new AccessDeniedException("Only management sees the figures of another owner");
    }

    private static boolean seesEveryOwner(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT) || user.hasRole(Role.FINANCE)
                || user.hasRole(Role.MARKETING);
    }

    private LocalDate clamp(LocalDate to) {
        LocalDate tomorrow = calendar.today().plusDays(1);
        return to.isAfter(tomorrow) ? tomorrow : to;
    }

    private Figures figures(Period period, UUID owner, LocalDate tomorrow, ZoneId zone) {
        Counted counted = cached(Arrays.asList("figures", period, owner, tomorrow), () -> counted(period, owner, tomorrow));
        return new Figures(counted.sums(), counted.activeAtStart(), counted.activeAtEnd(), counted.counts().newCustomers(),
                counted.counts().reactivated(), counted.counts().lost(), counted.counts().lostFromStart(),
                counted.counts().acquiredAndLost(), counted.revenueBefore(), counted.lostRevenueBefore(),
                counted.concentration().buyers(), counted.historicalClv(), counted.leads(),
                opportunities.closed(period.from().atStartOfDay(zone).toInstant(),
                        period.to().atStartOfDay(zone).toInstant(), owner),
                counted.concentration());
    }

    /** The figures of a period read from the aggregate tables (they change only when the tables are refreshed). */
    private Counted counted(Period period, UUID owner, LocalDate tomorrow) {
        LocalDate from = period.from();
        LocalDate to = period.to().isAfter(tomorrow) ? tomorrow : period.to();
        boolean started = from.isBefore(to);
        Period previous = period.previous();
        long activeAtStart = queries.activeBefore(from, owner);
        return new Counted(queries.sums(period.from(), period.to(), owner), activeAtStart,
                started ? queries.activeBefore(to, owner) : activeAtStart,
                started ? queries.spellCounts(from, to, owner) : new AggregateQueries.SpellCounts(0, 0, 0, 0, 0),
                queries.sums(previous.from(), previous.to(), owner).revenue(),
                started ? queries.revenueOfLostFromStart(from, to, previous.from(), previous.to(), owner)
                        : BigDecimal.ZERO,
                queries.revenueBefore(period.to(), owner),
                queries.leads(period.from(), period.to(), owner),
                queries.concentration(period.from(), period.to(), owner));
    }

    /**
     * What was computed for {@code key} since the aggregates were last refreshed in this workspace, or computes it
     * now: the key holds the workspace's schema and the refresh time, so a refresh makes every older entry unused.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(List<Object> key, Supplier<T> compute) {
        var full = new ArrayList<>(key);
        full.add(queries.stamp());
        return (T) cache.get(full, k -> compute.get());
    }

    private static BigDecimal count(long value) {
        return BigDecimal.valueOf(value);
    }

    private record Counted(AggregateQueries.DaySums sums, long activeAtStart, long activeAtEnd,
                           AggregateQueries.SpellCounts counts, BigDecimal revenueBefore, BigDecimal lostRevenueBefore,
                           BigDecimal historicalClv, List<AggregateQueries.SourceLeads> leads,
                           AggregateQueries.Concentration concentration) {
    }

    private record Figures(AggregateQueries.DaySums sums, long activeAtStart, long activeAtEnd, long newCustomers,
                           long reactivated, long lost, long lostFromStart, long acquiredAndLost,
                           BigDecimal revenueBefore, BigDecimal lostRevenueBefore, long buyers,
                           BigDecimal historicalClv, List<AggregateQueries.SourceLeads> leads,
                           OpportunityFigures.Closed closed, AggregateQueries.Concentration concentration) {

        long leadCount() {
            return leads.stream().mapToLong(AggregateQueries.SourceLeads::leads).sum();
        }

        BigDecimal leadTotal() {
            return BigDecimal.valueOf(leadCount());
        }

        BigDecimal converted() {
            return BigDecimal.valueOf(leads.stream().mapToLong(AggregateQueries.SourceLeads::converted).sum());
        }
    }
}
