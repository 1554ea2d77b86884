package com.cartera.analytics.prediction;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (Fader and Hardie, "The Gamma-Gamma Model of Monetary Value", 2013):
 * a customer's purchase values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often they
 * buy. Fitted on the repeat buyers' mean repeat purchase value.
 */
public record GammaGamma(double p, double q, double gamma) {

    /** A fitted model, its log-likelihood and how many repeat buyers it was fitted on. */
    public record Fit(GammaGamma model, double logLikelihood, int customers) {
    }

    /**
     * The log-likelihood of a customer with x repeat purchases of mean value m:
     * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + m x).
     */
    public double logLikelihood(int x, double m) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(gamma + m * x);
    }

    /**
     * Expected value of a purchase of a customer with x repeat purchases of mean value m: (γ + m x) p / (px + q − 1),
     * a weighted mean of the population mean γp/(q−1) and the customer's own mean. Without repeats it is the
     * population mean.
     */
    public double expectedSpend(int x, double m) {
        return (gamma + m * x) * p / (p * x + q - 1);
    }

    /** Fits p, q and γ by maximum likelihood on the repeat buyers (x &gt; 0) with a positive mean repeat value. */
    public static Fit fit(Iterable<CustomerHistory> histories) {
        List<CustomerHistory> buyers = new ArrayList<>();
        for (CustomerHistory history : histories) {
            if (history.x() > 0 && history.meanRepeatValue() > 0) {
                buyers.add(history);
            }
        }
        if (buyers.isEmpty()) {
            throw new IllegalArgumentException("No repeat buyer to fit the Gamma-Gamma model on");
        }
        int[] x = buyers.stream().mapToInt(CustomerHistory::x).toArray();
        double[] m = buyers.stream().mapToDouble(CustomerHistory::meanRepeatValue).toArray();
        var optimum = MaximumLikelihood.maximise(params -> {
            var model = new GammaGamma(params[0], params[1], params[2]);
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                sum += model.logLikelihood(x[i], m[i]);
            }
            return sum;
        }, new double[]{1, 1, 1});
        double[] params = optimum.parameters();
        return new Fit(new GammaGamma(params[0], params[1], params[2]), optimum.logLikelihood(), buyers.size());
    }
}
