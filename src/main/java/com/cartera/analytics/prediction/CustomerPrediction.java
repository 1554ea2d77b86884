package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cartera.analytics.prediction.ChurnRisk.Level;
import com.cartera.analytics.prediction.ChurnRisk.Reason;
import com.cartera.customer.ValueTier;

/**
 * One customer's prediction from the latest fit: P(alive), purchases expected in the next 12 months, expected spend
 * per purchase and predicted 12-month CLV (null without a spend model), and the churn risk with its reasons. Owner and
 * tier are as they were when scored.
 */
public record CustomerPrediction(long customerId, UUID ownerId, ValueTier tier, double probabilityAlive,
                                 double expectedPurchases12m, BigDecimal expectedSpend, BigDecimal clv12m,
                                 int churnScore, Level churnLevel, List<Reason> reasons, Instant computedAt) {

    public CustomerPrediction {
        reasons = List.copyOf(reasons);
    }
}
