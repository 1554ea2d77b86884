package com.cartera.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.commerce.PurchaseLedger;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioFacts;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.sales.OpportunityFigures;
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

    private final PortfolioFacts facts;
    private final PurchaseLedger ledger;
    private final OpportunityFigures opportunities;
    private final WorkspaceCalendar calendar;
    private final WorkspaceSettingsService settings;
    private final AggregateStore store;
    private final AnalyticsProperties properties;

    AggregateRefresh(PortfolioFacts facts, PurchaseLedger ledger, OpportunityFigures opportunities,
                     WorkspaceCalendar calendar, WorkspaceSettingsService settings, AggregateStore store,
                     AnalyticsProperties properties) {
        this.facts = facts;
        this.ledger = ledger;
        this.opportunities = opportunities;
        this.calendar = calendar;
        this.settings = settings;
        this.store = store;
        this.properties = properties;
    }

    RefreshResult refresh() {
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
            recompute(all.subList(from, Math.min(all.size(), from + properties.batchSize())), zone, window, true);
        }
        finish(zone, window, now);
        return new RefreshResult(false, all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    RefreshResult rebuild() {
        long started = System.nanoTime();
        ZoneId zone = calendar.zone();
        int window = calendar.activityWindowDays();
        Instant now = store.databaseNow();
        store.clear();
        long count = 0;
        long after = 0;
        List<Long> batch;
        while (!(batch = facts.idsAfter(after, properties.rebuildBatchSize())).isEmpty()) {
            recompute(batch, zone, window, false);
            count += batch.size();
            after = batch.getLast();
        }
        store.summarise();
        finish(zone, window, now);
        return new RefreshResult(true, count, (System.nanoTime() - started) / 1_000_000);
    }

    private void finish(ZoneId zone, int window, Instant now) {
        LocalDate today = calendar.today();
        store.snapshotPortfolio(today, facts.byOwnerStageTier());
        store.snapshotPipeline(today, opportunities.openByOwner(settings.current().getCurrency()));
        store.saveState(zone.getId(), window, now, now);
    }

    private void recompute(List<Long> ids, ZoneId zone, int window, boolean deltas) {
        Map<Long, List<PurchaseLedger.Day>> purchases = ledger.of(ids).stream()
                .collect(Collectors.groupingBy(PurchaseLedger.Day::customerId));
        var days = new ArrayList<AggregateStore.DayRow>();
        var spells = new ArrayList<AggregateStore.SpellRow>();
        var leads = new ArrayList<AggregateStore.LeadRow>();
        for (PortfolioFacts.Facts customer : facts.of(ids)) {
            List<PurchaseLedger.Day> bought = purchases.getOrDefault(customer.customerId(), List.of());
            for (PurchaseLedger.Day day : bought) {
                days.add(new AggregateStore.DayRow(customer.customerId(), day.day(), customer.ownerId(), day.revenue(),
                        day.orders()));
            }
            List<LocalDate> purchaseDays = bought.stream().map(PurchaseLedger.Day::day).toList();
            Function<Instant, LocalDate> local = instant -> instant == null ? null : instant.atZone(zone).toLocalDate();
            LocalDate activeSince = purchaseDays.isEmpty() && customer.stage() == LifecycleStage.ACTIVE
                    ? local.apply(customer.lastMoveToActive() == null ? customer.createdAt() : customer.lastMoveToActive())
                    : null;
            for (Spells.Spell spell : Spells.of(purchaseDays, customer.lostMoves().stream().map(local).toList(),
                    activeSince, local.apply(customer.deletedAt()), window)) {
                spells.add(new AggregateStore.SpellRow(customer.customerId(), spell.start(), spell.end(), spell.first(),
                        customer.ownerId()));
            }
            if (customer.firstStage() == LifecycleStage.LEAD || customer.firstStage() == LifecycleStage.PROSPECT) {
                LocalDate converted = earlier(local.apply(customer.firstMoveToActive()),
                        purchaseDays.isEmpty() ? null : purchaseDays.getFirst());
                leads.add(new AggregateStore.LeadRow(customer.customerId(), local.apply(customer.createdAt()),
                        customer.source(), customer.ownerId(), converted));
            }
        }
        store.replace(ids, days, spells, leads, deltas);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
