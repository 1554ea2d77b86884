package com.cartera.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cartera.commerce.PurchaseDays;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioFacts;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.marketing.AttributionFacts;
import com.cartera.sales.OpportunityFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the analytics tables of the workspace in scope: only the customers marked or changed since the last
 * refresh, or every customer (a full rebuild, also whenever the workspace's zone or activity window changed). Runs
 * in the caller's transaction (a bulk transaction: see {@link PortfolioAnalytics}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AggregateRefresh {

    private static final Logger log = LoggerFactory.getLogger(AggregateRefresh.class);

    private final PortfolioFacts facts;
    private final PurchaseDays purchaseDays;
    private final OpportunityFigures opportunities;
    private final WorkspaceCalendar calendar;
    private final WorkspaceSettingsService settings;
    private final AggregateStore store;
    private final AnalyticsProperties properties;
    private final AttributionFacts attribution;
    private final MarginAggregate margins;

    AggregateRefresh(PortfolioFacts facts, PurchaseDays purchaseDays, OpportunityFigures opportunities,
                     WorkspaceCalendar calendar, WorkspaceSettingsService settings, AggregateStore store,
                     AnalyticsProperties properties, AttributionFacts attribution, MarginAggregate margins) {
        this.facts = facts;
        this.purchaseDays = purchaseDays;
        this.opportunities = opportunities;
        this.calendar = calendar;
        this.settings = settings;
        this.store = store;
        this.properties = properties;
        this.attribution = attribution;
        this.margins = margins;
    }

    RefreshResult refresh() {
        store.lock();
        AggregateStore.State state = store.state();
        ZoneId zone = calendar.zone();
        int window = calendar.activityWindowDays();
        if (state.changesSeenUntil() == null || !zone.getId().equals(state.timeZone())
                || state.activityWindowDays() == null || state.activityWindowDays() != window) {
            return rebuild();
        }
        long started = System.nanoTime();
        Instant now = store.databaseNow();
        Set<Long> ids = new LinkedHashSet<>(store.takeDirty());
        ids.addAll(facts.changedSince(state.changesSeenUntil().minus(properties.changeOverlap())));
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += properties.batchSize()) {
            recompute(all.subList(from, Math.min(all.size(), from + properties.batchSize())), zone, window);
        }
        margins.applyCostChanges();
        finish(zone, window, now);
        return new RefreshResult(false, all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    RefreshResult rebuild() {
        store.lock();
        long started = System.nanoTime();
        ZoneId zone = calendar.zone();
        int window = calendar.activityWindowDays();
        Instant now = store.databaseNow();
        // Loading into tables without their secondary indexes and building those once after costs far less than
        // keeping them up row by row.
        List<String> suspended = store.clearAndSuspendIndexes();
        var rows = new Contributions(zone, window);
        try (Stream<PortfolioFacts.Facts> all = facts.all()) {
            var customers = new Cursor(all.iterator());
            purchaseDays.forEachCustomer(bought -> {
                // Customers without purchases sort before the next one with purchases.
                while (customers.current() != null && customers.current().customerId() < bought.customerId()) {
                    load(rows, customers.take(), List.of());
                }
                if (customers.current() != null && customers.current().customerId() == bought.customerId()) {
                    load(rows, customers.take(), bought.days());
                }
            });
            while (customers.current() != null) {
                load(rows, customers.take(), List.of());
            }
        }
        append(rows);
        long loaded = System.nanoTime();
        store.restoreIndexes(suspended);
        long indexed = System.nanoTime();
        store.summarise();
        margins.rebuild();
        long summed = System.nanoTime();
        finish(zone, window, now);
        long finished = System.nanoTime();
        log.info("Analytics rebuilt for {} customers in {} ms: load {} ms, indexes {} ms, daily and cohort sums and"
                        + " margins {} ms, snapshots {} ms", rows.total, millis(started, finished), millis(started, loaded),
                millis(loaded, indexed), millis(indexed, summed), millis(summed, finished));
        return new RefreshResult(true, rows.total, millis(started, finished));
    }

    /** Adds one customer's rows, writing them out whenever a batch is full. */
    private void load(Contributions rows, PortfolioFacts.Facts customer, List<PurchaseDays.Day> bought) {
        rows.add(customer, bought);
        if (rows.customers >= properties.rebuildBatchSize()) {
            append(rows);
            rows.clear();
        }
    }

    private void append(Contributions rows) {
        var attributed = attributed(rows);
        store.append(rows.days, rows.spells, rows.leads(attributed), rows.acquisitions(attributed));
    }

    /** Marketing's attribution of the leads and new customers among {@code rows}, by customer id. */
    private Map<Long, AttributionFacts.Attribution> attributed(Contributions rows) {
        return attribution.of(rows.attributable()).stream()
                .collect(Collectors.toMap(AttributionFacts.Attribution::customerId, a -> a));
    }

    private void finish(ZoneId zone, int window, Instant now) {
        LocalDate today = calendar.today();
        store.snapshotPortfolio(today, facts.byOwnerStageTier());
        store.snapshotPipeline(today, opportunities.openByOwner(settings.current().getCurrency()));
        store.snapshotAudience(facts.audience());
        store.saveState(zone.getId(), window, now, now);
    }

    private void recompute(List<Long> ids, ZoneId zone, int window) {
        Map<Long, List<PurchaseDays.Day>> purchases = purchaseDays.of(ids).stream()
                .collect(Collectors.toMap(PurchaseDays.CustomerDays::customerId, PurchaseDays.CustomerDays::days));
        var rows = new Contributions(zone, window);
        for (PortfolioFacts.Facts customer : facts.of(ids)) {
            rows.add(customer, purchases.getOrDefault(customer.customerId(), List.of()));
        }
        var attributed = attributed(rows);
        store.replace(ids, rows.days, rows.spells, rows.leads(attributed), rows.acquisitions(attributed));
        margins.replace(ids);
    }

    /** The facts stream with its next customer at hand, for merging it with the purchase days by customer id. */
    private static final class Cursor {

        private final Iterator<PortfolioFacts.Facts> facts;
        private PortfolioFacts.Facts current;

        Cursor(Iterator<PortfolioFacts.Facts> facts) {
            this.facts = facts;
            this.current = facts.hasNext() ? facts.next() : null;
        }

        PortfolioFacts.Facts current() {
            return current;
        }

        PortfolioFacts.Facts take() {
            PortfolioFacts.Facts taken = current;
            current = facts.hasNext() ? facts.next() : null;
            return taken;
        }
    }

    /** Customers' rows of the per-customer tables: purchase days, stretches of activity, leads. */
    private static final class Contributions {

        private final ZoneId zone;
        private final int window;
        private final List<AggregateStore.DayRow> days = new ArrayList<>();
        private final List<AggregateStore.SpellRow> spells = new ArrayList<>();
        private final List<AggregateStore.LeadRow> leads = new ArrayList<>();
        private final List<AggregateStore.AcquisitionRow> acquisitions = new ArrayList<>();
        /** Customers in the lists now, and since the start. */
        private int customers;
        private long total;

        Contributions(ZoneId zone, int window) {
            this.zone = zone;
            this.window = window;
        }

        void add(PortfolioFacts.Facts customer, List<PurchaseDays.Day> bought) {
            customers++;
            total++;
            for (PurchaseDays.Day day : bought) {
                days.add(new AggregateStore.DayRow(customer.customerId(), day.day(), customer.ownerId(), day.amount(),
                        day.orders()));
            }
            List<LocalDate> purchaseDays = bought.stream().map(PurchaseDays.Day::day).toList();
            LocalDate activeSince = purchaseDays.isEmpty() && customer.stage() == LifecycleStage.ACTIVE
                    ? local(customer.lastMoveToActive() == null ? customer.createdAt() : customer.lastMoveToActive())
                    : null;
            for (Spells.Spell spell : Spells.of(purchaseDays, customer.lostMoves().stream().map(this::local).toList(),
                    activeSince, local(customer.deletedAt()), window)) {
                spells.add(new AggregateStore.SpellRow(customer.customerId(), spell.start(), spell.end(), spell.first(),
                        customer.ownerId()));
                if (spell.first()) {
                    acquisitions.add(new AggregateStore.AcquisitionRow(customer.customerId(), spell.start(), null,
                            null, null));
                }
            }
            if (customer.firstStage() == LifecycleStage.LEAD || customer.firstStage() == LifecycleStage.PROSPECT) {
                LocalDate converted = earlier(local(customer.firstMoveToActive()),
                        purchaseDays.isEmpty() ? null : purchaseDays.getFirst());
                // A lead who became a customer without being moved to PROSPECT passed that stage on the way.
                LocalDate prospect = earlier(local(customer.firstMoveToProspect()), converted);
                leads.add(new AggregateStore.LeadRow(customer.customerId(), local(customer.createdAt()),
                        customer.source(), customer.ownerId(), prospect, converted, null, null, null));
            }
        }

        /** The customers whose rows carry marketing's attribution: leads and new customers. */
        Set<Long> attributable() {
            Set<Long> ids = new LinkedHashSet<>();
            leads.forEach(lead -> ids.add(lead.customerId()));
            acquisitions.forEach(acquired -> ids.add(acquired.customerId()));
            return ids;
        }

        List<AggregateStore.LeadRow> leads(Map<Long, AttributionFacts.Attribution> attributed) {
            return leads.stream().map(lead -> {
                var a = attributed.get(lead.customerId());
                return a == null ? lead : new AggregateStore.LeadRow(lead.customerId(), lead.createdOn(), lead.source(),
                        lead.owner(), lead.prospectOn(), lead.convertedOn(), a.firstSourceId(), a.firstCampaignId(),
                        a.touchCampaignId());
            }).toList();
        }

        List<AggregateStore.AcquisitionRow> acquisitions(Map<Long, AttributionFacts.Attribution> attributed) {
            return acquisitions.stream().map(acquired -> {
                var a = attributed.get(acquired.customerId());
                return a == null ? acquired : new AggregateStore.AcquisitionRow(acquired.customerId(),
                        acquired.acquiredOn(), a.firstSourceId(), a.firstCampaignId(), a.touchCampaignId());
            }).toList();
        }

        void clear() {
            days.clear();
            spells.clear();
            leads.clear();
            acquisitions.clear();
            customers = 0;
        }

        private LocalDate local(Instant instant) {
            return instant == null ? null : instant.atZone(zone).toLocalDate();
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
