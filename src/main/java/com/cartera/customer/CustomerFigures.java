package com.cartera.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A customer's purchase figures as the 360 page shows them, derived from the columns the purchase triggers
 * and the segment computation keep on the customer.
 *
 * @param firstPurchase  day of the first purchase, null without purchases
 * @param lastPurchase   day of the latest purchase, null without purchases
 * @param purchaseCount  number of purchases
 * @param revenue        gross revenue to date in the workspace currency
 * @param rfmRecency     RFM recency score 1..5, null until computed
 * @param rfmFrequency   RFM frequency score 1..5, null until computed
 * @param rfmMonetary    RFM monetary score 1..5, null until computed
 * @param rfmSegment     named RFM segment, null until computed
 * @param tier           the value tier in force
 * @param tierOverridden whether someone set the tier by hand
 */
public record CustomerFigures(LocalDate firstPurchase, LocalDate lastPurchase, int purchaseCount, BigDecimal revenue,
                              Short rfmRecency, Short rfmFrequency, Short rfmMonetary, String rfmSegment,
                              ValueTier tier, boolean tierOverridden) {

    public CustomerFigures {
        revenue = revenue == null ? BigDecimal.ZERO : revenue;
    }

    public static CustomerFigures of(Customer customer) {
        return new CustomerFigures(customer.getFirstPurchaseOn(), customer.getLastPurchaseOn(),
                customer.getPurchaseCount(), customer.getRevenue(), customer.getRfmRecency(),
                customer.getRfmFrequency(), customer.getRfmMonetary(), customer.getRfmSegment(), customer.getTier(),
                customer.getTierOverride() != null);
    }

    /** Whole days from the latest purchase to {@code today}; empty without purchases. */
    public OptionalLong daysSinceLastPurchase(LocalDate today) {
        return lastPurchase == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(lastPurchase, today));
    }

    /** (last − first) ÷ (count − 1) days, to one decimal; empty with fewer than two purchases. */
    public Optional<BigDecimal> averageDaysBetweenPurchases() {
        if (purchaseCount < 2 || firstPurchase == null || lastPurchase == null) {
            return Optional.empty();
        }
        long span = ChronoUnit.DAYS.between(firstPurchase, lastPurchase);
        return Optional.of(BigDecimal.valueOf(span).divide(BigDecimal.valueOf(purchaseCount - 1L), 1,
                RoundingMode.HALF_UP));
    }

    /** Revenue ÷ number of purchases, to the cent; empty without purchases. */
    public Optional<BigDecimal> averageOrderValue() {
        return purchaseCount == 0 ? Optional.empty()
                : Optional.of(revenue.divide(BigDecimal.valueOf(purchaseCount), 2, RoundingMode.HALF_UP));
    }

    /** Historical CLV: the gross revenue from the customer to date (not the predictive CLV). */
    public BigDecimal historicalClv() {
        return revenue;
    }

    /** Whether the segment computation has scored this customer yet. */
    public boolean rfmComputed() {
        return rfmRecency != null && rfmFrequency != null && rfmMonetary != null;
    }
}
