package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.analytics.PredictiveClv;
import com.cartera.tenancy.TenantScope;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The predictive CLV tile: the 12-month CLV the workspace's latest BG/NBD and Gamma-Gamma fit predicts for the
 * scored customers, summed; not available before the first fit. Called by the KPI service, which checks callers
 * and narrows a salesperson to their own customers. A sum is kept per workspace, fit and owner: it only changes
 * with the next fit, and reading it sums every prediction (a million of them in a large workspace).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class WorkspacePredictiveClv implements PredictiveClv {

    private final PredictionStore store;
    private final Cache<List<Object>, BigDecimal> totals = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofHours(24))
            .build();

    WorkspacePredictiveClv(PredictionStore store) {
        this.store = store;
    }

    @Override
    public Optional<BigDecimal> total(UUID owner) {
        // Arrays.asList: the owner may be null (the whole workspace).
        return store.latestFit().map(fit -> totals.get(Arrays.asList(TenantScope.require().schema(), fit.id(), owner),
                key -> store.clvTotal(owner)));
    }
}
