package com.cartera.analytics.prediction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The predictive CLV and churn-risk settings.
 *
 * @param nightlyCron         when every workspace is refitted (second minute hour day month weekday, server zone);
 *                            04:30 by default
 * @param monthlyDiscountRate discount rate per month of the predicted CLV, from 0 up to 1; 0.01 by default
 * @param fitSample           workspaces with more customers with purchases fit on an even sample of this many (all
 *                            are scored); 200,000 by default, at least 1,000
 */
@ConfigurationProperties("cartera.prediction")
public record PredictionProperties(String nightlyCron, Double monthlyDiscountRate, Integer fitSample) {

    public PredictionProperties {
        if (nightlyCron == null || nightlyCron.isBlank()) {
            nightlyCron = "0 30 4 * * *";
        }
        if (monthlyDiscountRate == null) {
            monthlyDiscountRate = 0.01;
        }
        if (monthlyDiscountRate < 0 || monthlyDiscountRate >= 1) {
            throw new IllegalArgumentException("cartera.prediction.monthly-discount-rate must be from 0 to below 1, not "
                    + monthlyDiscountRate);
        }
        if (fitSample == null) {
            fitSample = 200_000;
        }
        if (fitSample < 1_000) {
            throw new IllegalArgumentException("cartera.prediction.fit-sample must be at least 1000, not " + fitSample);
        }
    }
}
