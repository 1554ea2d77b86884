package com.cartera.analytics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Predictive CLV of the workspace's active customers (DESIGN §5, BG/NBD with Gamma-Gamma), implemented by
 * {@code analytics.prediction} when its model exists; until a bean of it exists the KPI is not available.
 */
public interface PredictiveClv {

    /** The predictive CLV total of the owner's (null: every) active customers, if the model is fitted. */
    Optional<BigDecimal> total(UUID owner);
}
