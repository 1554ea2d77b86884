package com.cartera.analytics.prediction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored fit of the workspace's models: when, up to which day, on how many customers, the BG/NBD parameters and
 * log-likelihood, and the Gamma-Gamma parameters (null without repeat buyers).
 *
 * @param customers    customers with purchases up to the calibration end (all are scored)
 * @param fitCustomers how many of them the BG/NBD was fitted on (fewer when sampled)
 */
public record ModelFit(long id, Instant fittedAt, LocalDate calibrationEnd, int customers, int fitCustomers,
                       double r, double alpha, double a, double b, double logLikelihood, int repeatBuyers,
                       Double p, Double q, Double gamma, BigDecimal monthlyDiscountRate) {

    public BgNbd bgNbd() {
        return new BgNbd(r, alpha, a, b);
    }

    public boolean sampled() {
        return fitCustomers < customers;
    }
}
