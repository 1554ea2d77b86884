package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import com.cartera.analytics.PredictiveClv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The predictive CLV tile: the 12-month CLV the workspace's latest BG/NBD and Gamma-Gamma fit predicts for the
 * scored customers, summed; not available before the first fit. Called by the KPI service, which checks callers
 * and narrows a salesperson to their own customers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class WorkspacePredictiveClv implements PredictiveClv {

    private final PredictionStore store;

    WorkspacePredictiveClv(PredictionStore store) {
        this.store = store;
    }

    @Override
    public Optional<BigDecimal> total(UUID owner) {
        return store.latestFit().map(fit -> store.clvTotal(owner));
    }
}
