package com.cartera.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.cartera.customer.CustomerSource;
import com.cartera.customer.LifecycleStage;

/**
 * The story the demo's made-up past tells on the dashboards, as pure rules (the random source and today passed in):
 * a distributor's seasons (December the peak, August the dip), a spring campaign month whose customers keep buying,
 * a few recognisable accounts that bought every month for years and then stopped, spending less each time, and leads
 * from several sources converting at different rates.
 */
final class DemoStory {

    /** Recognisable accounts, clearly at risk: bought every 30–40 days for years, nothing for 200 days or more. */
    static final List<String> AT_RISK = List.of("Ferretería Hermanos Molina S.L.", "Construcciones Beltrán Ruiz S.A.",
            "Hostal La Marina S.L.", "Reformas Integrales Vega S.L.", "Talleres Ortiz e Hijos S.L.");

    /** How a customer buys. */
    enum Profile { REGULAR, BIG_ACCOUNT, SPRING_CAMPAIGN, AT_RISK }

    /** A purchase to make: its day and how many units. */
    record Purchase(LocalDate day, int quantity) {
    }

    /** When a customer entered the portfolio and what they bought since. */
    record Timeline(LocalDate enteredOn, List<Purchase> purchases) {
    }

    static final int HISTORY_DAYS = 1095;
    /** Converted leads became customers in the last this many days. */
    static final int CONVERSIONS_DAYS = 450;
    /** Leads still open were created in the last this many days. */
    static final int OPEN_LEADS_DAYS = 540;
    /** Sales targets are set for this many months before the current one, and this many after it. */
    static final int TARGET_MONTHS_BACK = 12;
    static final int TARGET_MONTHS_AHEAD = 2;

    /** How likely a month's purchase happens, January first: the shop is quiet in August. */
    private static final double[] BUYING = {0.8, 0.75, 0.9, 1, 1, 0.95, 0.8, 0.45, 0.9, 0.95, 0.95, 1};
    /** How big a month's basket is, January first: Christmas fills December's. */
    private static final double[] BASKET = {0.9, 0.9, 1, 1, 1, 1, 1, 0.8, 1, 1, 1.1, 2};

    private DemoStory() {
    }

    /** The spring campaign: the latest April whose sixth month after it has ended by today. */
    static YearMonth springCampaign(LocalDate today) {
        YearMonth april = YearMonth.of(today.getYear(), Month.APRIL);
        return april.plusMonths(7).isAfter(YearMonth.from(today)) ? april.minusYears(1) : april;
    }

    /**
     * Whether an active customer from {@code source} first came as a lead: referrals, partners and fairs convert
     * best, cold calls and social networks worst.
     */
    static boolean cameAsLead(CustomerSource source, Random random) {
        int percent = switch (source) {
            case PARTNER, REFERRAL -> 45;
            case EVENT -> 40;
            case OTHER -> 35;
            case WEBSITE -> 30;
            case CAMPAIGN -> 25;
            case IMPORT -> 20;
            case SOCIAL -> 15;
            case COLD_CALL -> 12;
        };
        return random.nextInt(100) < percent;
    }

    /** A lead or prospect not (yet) converted: entered in the last {@value #OPEN_LEADS_DAYS} days, no purchases. */
    static Timeline openLead(Random random, LocalDate today) {
        return new Timeline(today.minusDays(1 + random.nextInt(OPEN_LEADS_DAYS)), List.of());
    }

    /**
     * The purchases of a customer who ends in {@code stage} (ACTIVE, INACTIVE or LOST): ACTIVE customers bought within
     * the last 330 days, INACTIVE ones last 365 days ago or more, LOST ones 730 or more.
     *
     * @param convertedLead whether the customer came as a lead: entered shortly before a first purchase in the last
     *                      {@value #CONVERSIONS_DAYS} days
     */
    static Timeline customer(Profile profile, LifecycleStage stage, boolean convertedLead, Random random,
                             LocalDate today) {
        if (profile == Profile.AT_RISK) {
            return atRisk(random, today);
        }
        LocalDate first;
        LocalDate end = today;
        if (profile == Profile.SPRING_CAMPAIGN) {
            YearMonth spring = springCampaign(today);
            first = spring.atDay(1 + random.nextInt(spring.lengthOfMonth()));
        } else if (stage == LifecycleStage.ACTIVE) {
            first = today.minusDays(convertedLead ? 30 + random.nextInt(CONVERSIONS_DAYS - 29)
                    : random.nextInt(HISTORY_DAYS + 1));
        } else {
            int lastAtLeast = stage == LifecycleStage.LOST ? 730 : 365;
            int firstDaysAgo = lastAtLeast + 30 + random.nextInt(HISTORY_DAYS - lastAtLeast - 29);
            first = today.minusDays(firstDaysAgo);
            end = today.minusDays(lastAtLeast + random.nextInt(firstDaysAgo - lastAtLeast + 1));
        }
        double meanInterval = switch (profile) {
            case BIG_ACCOUNT -> 28;
            case SPRING_CAMPAIGN -> 30;
            default -> 110;
        };
        var purchases = new ArrayList<Purchase>();
        purchases.add(new Purchase(first, quantity(profile, first, random)));
        LocalDate day = first;
        while (true) {
            day = day.plusDays(Math.max(1, Math.round(-meanInterval * Math.log(1 - random.nextDouble()))));
            if (day.isAfter(end)) {
                break;
            }
            if (random.nextDouble() < BUYING[day.getMonthValue() - 1]) {
                purchases.add(new Purchase(day, quantity(profile, day, random)));
            }
        }
        LocalDate last = purchases.getLast().day();
        if (stage == LifecycleStage.ACTIVE && ChronoUnit.DAYS.between(last, today) > 330) {
            LocalDate recent = today.minusDays(random.nextInt((int) Math.min(330, ChronoUnit.DAYS.between(last, today))));
            purchases.add(new Purchase(recent, quantity(profile, recent, random)));
        }
        LocalDate entered = first.minusDays(convertedLead ? 7 + random.nextInt(54) : random.nextInt(21));
        return new Timeline(entered, purchases);
    }

    /** Every 30–40 days from about three years ago until 200–290 days ago, each basket smaller than the last. */
    private static Timeline atRisk(Random random, LocalDate today) {
        LocalDate first = today.minusDays(HISTORY_DAYS - random.nextInt(60));
        LocalDate stop = today.minusDays(200 + random.nextInt(91));
        double span = ChronoUnit.DAYS.between(first, stop);
        var purchases = new ArrayList<Purchase>();
        for (LocalDate day = first; !day.isAfter(stop); day = day.plusDays(30 + random.nextInt(11))) {
            double progress = ChronoUnit.DAYS.between(first, day) / span;
            purchases.add(new Purchase(day, (int) Math.max(2, Math.round(24 - 20 * progress))));
        }
        return new Timeline(first.minusDays(30 + random.nextInt(60)), purchases);
    }

    /**
     * An agent's monthly sales target: a twelfth of what they won in the past year, raised by a tenth, rounded up to
     * 500; never below 1,000.
     */
    static BigDecimal monthlyTarget(BigDecimal wonLastYear) {
        BigDecimal target = wonLastYear.multiply(BigDecimal.valueOf(1.1)).divide(BigDecimal.valueOf(12), 2,
                RoundingMode.CEILING);
        BigDecimal rounded = target.divide(BigDecimal.valueOf(500), 0, RoundingMode.CEILING)
                .multiply(BigDecimal.valueOf(500));
        return rounded.max(BigDecimal.valueOf(1000));
    }

    private static int quantity(Profile profile, LocalDate day, Random random) {
        int base = switch (profile) {
            case BIG_ACCOUNT -> 2 + random.nextInt(20);
            case SPRING_CAMPAIGN -> 1 + random.nextInt(4);
            default -> 1 + random.nextInt(3);
        };
        return (int) Math.max(1, Math.round(base * BASKET[day.getMonthValue() - 1]));
    }
}
