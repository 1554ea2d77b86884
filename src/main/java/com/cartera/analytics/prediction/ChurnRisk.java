package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An explainable churn-risk score from 0 to 100, the sum of four parts, each with its reason:
 * <ul>
 *   <li>P(alive) from the BG/NBD model: 40 × (1 − P(alive)); the reason is given below {@value #P_ALIVE_SHOWN_BELOW} %;</li>
 *   <li>rhythm: a customer with repeat purchases who has gone without buying at least 1.5 times their usual interval
 *       (first to last purchase day ÷ repeats) gets 10, twice 20, three times or more 30; a single purchase more than
 *       {@value #SINGLE_PURCHASE_DAYS} days ago gets 15;</li>
 *   <li>spend: spend of the last 6 months against the 6 months before, when that was positive, falling by
 *       {@value #SPEND_DROP_SHOWN} % or more gets 20 × the fall (all of it: 20);</li>
 *   <li>overdue follow-ups: 5 each, at most 10;</li>
 *   <li>open incidents (support tickets of type INCIDENT not yet resolved): 5 each, at most 10 — a problem still
 *       unsolved weighs like a follow-up left overdue;</li>
 *   <li>low satisfaction ratings (1 or 2) in the last 12 months: 10 each, at most 20 — the customer said plainly
 *       that they are unhappy, which weighs more than our own lateness but less than having stopped buying.</li>
 * </ul>
 * Risk is HIGH from {@value #HIGH} points, MEDIUM from {@value #MEDIUM}. Days are calendar days in the workspace's zone;
 * the six-month windows are half-open: [today − 6 months + 1 day, today + 1 day) and the six months before it.
 */
public final class ChurnRisk {

    static final int P_ALIVE_SHOWN_BELOW = 50;
    static final long SINGLE_PURCHASE_DAYS = 180;
    static final int SPEND_DROP_SHOWN = 25;
    static final int HIGH = 60;
    static final int MEDIUM = 30;

    public enum Level { LOW, MEDIUM, HIGH }

    /** Why a customer is at risk: a code translated at display ({@code churn.reason.CODE}) and its numbers. */
    public enum Code {
        /** P(alive) in percent. */
        P_ALIVE,
        /** Usual days between purchases, days since the last. */
        RHYTHM,
        /** Days since the only purchase. */
        SINGLE_PURCHASE,
        /** Fall of spend in percent, against the previous six months. */
        SPEND_DROP,
        /** Number of overdue follow-ups. */
        OVERDUE_FOLLOW_UPS,
        /** Number of open incidents. */
        OPEN_INCIDENTS,
        /** Number of ratings of 1 or 2 in the last 12 months. */
        LOW_RATINGS
    }

    public record Reason(Code code, List<Long> values) {
        public Reason {
            values = List.copyOf(values);
        }
    }

    /**
     * What the rule reads of one customer.
     *
     * @param probabilityAlive  from the fitted model
     * @param purchaseDays      distinct purchase days
     * @param firstPurchase     first purchase day
     * @param lastPurchase      last purchase day
     * @param spendLastSixMonths     spend in [today − 6 months + 1 day, today]
     * @param spendPreviousSixMonths spend in the six months before that
     * @param overdueFollowUps  open follow-ups past their time
     * @param openIncidents     support incidents not yet resolved
     * @param lowRatings        satisfaction ratings of 1 or 2 given in the last 12 months
     */
    public record Facts(double probabilityAlive, int purchaseDays, LocalDate firstPurchase, LocalDate lastPurchase,
                        BigDecimal spendLastSixMonths, BigDecimal spendPreviousSixMonths, int overdueFollowUps,
                        int openIncidents, int lowRatings) {
    }

    public record Score(int points, Level level, List<Reason> reasons) {
        public Score {
            reasons = List.copyOf(reasons);
        }
    }

    private ChurnRisk() {
    }

    public static Score evaluate(Facts facts, LocalDate today) {
        var reasons = new ArrayList<Reason>();
        double points = 40 * (1 - facts.probabilityAlive());
        long alivePercent = Math.round(100 * facts.probabilityAlive());
        if (alivePercent < P_ALIVE_SHOWN_BELOW) {
            reasons.add(new Reason(Code.P_ALIVE, List.of(alivePercent)));
        }
        long idle = ChronoUnit.DAYS.between(facts.lastPurchase(), today);
        if (facts.purchaseDays() > 1) {
            double interval = ChronoUnit.DAYS.between(facts.firstPurchase(), facts.lastPurchase())
                    / (double) (facts.purchaseDays() - 1);
            double ratio = idle / interval;
            int rhythm = ratio >= 3 ? 30 : ratio >= 2 ? 20 : ratio >= 1.5 ? 10 : 0;
            if (rhythm > 0) {
                points += rhythm;
                reasons.add(new Reason(Code.RHYTHM, List.of(Math.round(interval), idle)));
            }
        } else if (idle > SINGLE_PURCHASE_DAYS) {
            points += 15;
            reasons.add(new Reason(Code.SINGLE_PURCHASE, List.of(idle)));
        }
        BigDecimal before = facts.spendPreviousSixMonths();
        if (before.signum() > 0) {
            BigDecimal fall = before.subtract(facts.spendLastSixMonths()).max(BigDecimal.ZERO)
                    .divide(before, 4, RoundingMode.HALF_UP);
            long fallPercent = fall.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
            if (fallPercent >= SPEND_DROP_SHOWN) {
                points += 20 * fall.doubleValue();
                reasons.add(new Reason(Code.SPEND_DROP, List.of(fallPercent)));
            }
        }
        if (facts.overdueFollowUps() > 0) {
            points += Math.min(10, 5 * facts.overdueFollowUps());
            reasons.add(new Reason(Code.OVERDUE_FOLLOW_UPS, List.of((long) facts.overdueFollowUps())));
        }
        if (facts.openIncidents() > 0) {
            points += Math.min(10, 5 * facts.openIncidents());
            reasons.add(new Reason(Code.OPEN_INCIDENTS, List.of((long) facts.openIncidents())));
        }
        if (facts.lowRatings() > 0) {
            points += Math.min(20, 10 * facts.lowRatings());
            reasons.add(new Reason(Code.LOW_RATINGS, List.of((long) facts.lowRatings())));
        }
        int score = (int) Math.min(100, Math.round(points));
        return new Score(score, score >= HIGH ? Level.HIGH : score >= MEDIUM ? Level.MEDIUM : Level.LOW, reasons);
    }
}
