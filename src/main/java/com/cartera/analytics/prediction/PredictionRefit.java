package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.activity.OverdueFollowUps;
import com.cartera.commerce.PurchaseDays;
import com.cartera.commerce.PurchaseDays.CustomerDays;
import com.cartera.customer.CustomerAssignments;
import com.cartera.customer.CustomerAssignments.Assignment;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.support.CustomerSupportSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fits the workspace's BG/NBD and Gamma-Gamma models on every customer's purchase days up to today (in the
 * workspace's zone), then scores every live customer with purchases: P(alive), expected purchases and spend, the
 * 12-month CLV and the churn risk. Two streaming passes over the purchase days: the first collects each customer's
 * (x, t<sub>x</sub>, T, mean repeat value) for the fit — an even sample of them, every k-th customer by id, above
 * {@link PredictionProperties#fitSample()} — the second scores and writes customers in batches. The predictions are
 * replaced in the caller's transaction, so readers see the previous ones until it commits. Not secured: the nightly job
 * runs it with nobody signed in; {@link PredictionService} checks people.
 */
@Component
class PredictionRefit {

    /** Horizon of the predictions, in months. */
    static final int MONTHS = 12;
    private static final int BATCH = 5_000;

    private static final CustomerSupportSignals.Signals NO_SIGNALS = new CustomerSupportSignals.Signals(0, 0, 0);

    /** What a refit did: the stored fit (none without purchases) and how many customers it scored. */
    record Outcome(Optional<ModelFit> fit, int scored) {
    }

    private final PurchaseDays purchaseDays;
    private final CustomerAssignments assignments;
    private final OverdueFollowUps overdueFollowUps;
    private final CustomerSupportSignals supportSignals;
    private final WorkspaceCalendar calendar;
    private final PredictionStore store;
    private final PredictionProperties properties;
    private final Clock clock;

    PredictionRefit(PurchaseDays purchaseDays, CustomerAssignments assignments, OverdueFollowUps overdueFollowUps,
                    CustomerSupportSignals supportSignals, WorkspaceCalendar calendar, PredictionStore store, PredictionProperties properties, Clock clock) {
        this.purchaseDays = purchaseDays;
        this.assignments = assignments;
        this.overdueFollowUps = overdueFollowUps;
        this.supportSignals = supportSignals;
        this.calendar = calendar;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refits with purchases up to today. */
    @Transactional(propagation = Propagation.MANDATORY)
    Outcome refit() {
        return refit(calendar.today());
    }

    /** Refits with purchases up to {@code calibrationEnd} inclusive, T measured to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Outcome refit(LocalDate calibrationEnd) {
        Instant now = clock.instant();
        List<CustomerHistory> histories = new ArrayList<>();
        purchaseDays.forEachCustomer(customer -> {
            CustomerHistory history = CustomerHistory.of(customer.customerId(), days(customer), calibrationEnd);
            if (history != null) {
                histories.add(history);
            }
        });
        if (histories.isEmpty()) {
            store.clearPredictions();
            return new Outcome(Optional.empty(), 0);
        }
        List<CustomerHistory> sample = evenSample(histories, properties.fitSample());
        BgNbd.Fit bgNbd = BgNbd.fit(sample);
        boolean repeatBuyers = sample.stream().anyMatch(h -> h.x() > 0 && h.meanRepeatValue() > 0);
        GammaGamma.Fit spend = repeatBuyers ? GammaGamma.fit(sample) : null;
        BgNbd model = bgNbd.model();
        store.saveFit(new ModelFit(0, now, calibrationEnd, histories.size(), sample.size(), model.r(), model.alpha(),
                model.a(), model.b(), bgNbd.logLikelihood(), spend == null ? 0 : spend.customers(),
                spend == null ? null : spend.model().p(), spend == null ? null : spend.model().q(),
                spend == null ? null : spend.model().gamma(), BigDecimal.valueOf(properties.monthlyDiscountRate())));
        histories.clear();

        store.clearPredictions();
        var scoring = new Scoring(model, spend == null ? null : spend.model(), calibrationEnd, now);
        var batch = new ArrayList<CustomerDays>(BATCH);
        int[] scored = {0};
        purchaseDays.forEachCustomer(customer -> {
            batch.add(customer);
            if (batch.size() == BATCH) {
                scored[0] += scoring.scoreAndWrite(batch);
                batch.clear();
            }
        });
        scored[0] += scoring.scoreAndWrite(batch);
        return new Outcome(store.latestFit(), scored[0]);
    }

    /** Every k-th history, k = ⌈n ÷ limit⌉, or all when there are no more than {@code limit}. */
    static List<CustomerHistory> evenSample(List<CustomerHistory> histories, int limit) {
        if (histories.size() <= limit) {
            return histories;
        }
        int step = (histories.size() + limit - 1) / limit;
        var sample = new ArrayList<CustomerHistory>(limit);
        for (int i = 0; i < histories.size(); i += step) {
            sample.add(histories.get(i));
        }
        return sample;
    }

    private static List<CustomerHistory.Day> days(CustomerDays customer) {
        return customer.days().stream().map(day -> new CustomerHistory.Day(day.day(), day.amount().doubleValue()))
                .toList();
    }

    /** Scores batches of customers against one fit. */
    private final class Scoring {

        private final BgNbd model;
        private final GammaGamma spendModel;
        private final LocalDate today;
        private final LocalDate recentFrom;
        private final LocalDate previousFrom;
        private final Instant now;
        /** Low ratings count from the first of the last twelve months' days. */
        private final Instant ratedSince;

        Scoring(BgNbd model, GammaGamma spendModel, LocalDate today, Instant now) {
            this.model = model;
            // Without a finite population mean (q ≤ 1) the expected spend is undefined.
            this.spendModel = spendModel != null && spendModel.q() > 1 ? spendModel : null;
            this.today = today;
            this.recentFrom = today.minusMonths(6).plusDays(1);
            this.previousFrom = today.minusMonths(12).plusDays(1);
            this.now = now;
            this.ratedSince = previousFrom.atStartOfDay(calendar.zone()).toInstant();
        }

        int scoreAndWrite(List<CustomerDays> batch) {
            if (batch.isEmpty()) {
                return 0;
            }
            List<Long> ids = batch.stream().map(CustomerDays::customerId).toList();
            Map<Long, Assignment> live = assignments.live(ids).stream()
                    .collect(Collectors.toMap(Assignment::customerId, Function.identity()));
            Map<Long, Integer> overdue = overdueFollowUps.countsFor(live.keySet(), now);
            Map<Long, CustomerSupportSignals.Signals> support = supportSignals.of(live.keySet(), ratedSince);
            var predictions = new ArrayList<CustomerPrediction>(batch.size());
            for (CustomerDays customer : batch) {
                Assignment assignment = live.get(customer.customerId());
                CustomerHistory history = CustomerHistory.of(customer.customerId(), days(customer), today);
                if (assignment != null && history != null) {
                    predictions.add(predict(customer, history, assignment,
                            overdue.getOrDefault(customer.customerId(), 0),
                            support.getOrDefault(customer.customerId(), NO_SIGNALS)));
                }
            }
            store.insert(predictions);
            return predictions.size();
        }

        private CustomerPrediction predict(CustomerDays customer, CustomerHistory history, Assignment assignment,
                                           int overdue, CustomerSupportSignals.Signals support) {
            double alive = model.probabilityAlive(history.x(), history.tx(), history.T());
            double purchases = model.expectedPurchases(MONTHS * PredictedClv.WEEKS_PER_MONTH, history.x(),
                    history.tx(), history.T());
            BigDecimal spend = null;
            BigDecimal clv = null;
            if (spendModel != null) {
                double expected = spendModel.expectedSpend(history.x(), history.meanRepeatValue());
                spend = money(expected);
                clv = money(PredictedClv.of(model, history, expected, MONTHS, properties.monthlyDiscountRate()));
            }
            BigDecimal recent = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO;
            LocalDate first = null;
            LocalDate last = null;
            int days = 0;
            for (PurchaseDays.Day day : customer.days()) {
                if (day.day().isAfter(today)) {
                    break;
                }
                first = first == null ? day.day() : first;
                last = day.day();
                days++;
                if (!day.day().isBefore(recentFrom)) {
                    recent = recent.add(day.amount());
                } else if (!day.day().isBefore(previousFrom)) {
                    previous = previous.add(day.amount());
                }
            }
            ChurnRisk.Score risk = ChurnRisk.evaluate(new ChurnRisk.Facts(alive, days, first, last, recent, previous,
                    overdue, support.openIncidents(), support.lowRatings()), today);
            return new CustomerPrediction(customer.customerId(), assignment.ownerId(), assignment.tier(), alive,
                    purchases, spend, clv, risk.points(), risk.level(), risk.reasons(), now);
        }

        private static BigDecimal money(double value) {
            return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
        }
    }
}
