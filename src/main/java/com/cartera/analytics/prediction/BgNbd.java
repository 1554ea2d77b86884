package com.cartera.analytics.prediction;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys at a Poisson rate λ ~ Gamma(r, α), and after each purchase drops out with probability
 * p ~ Beta(a, b). Times are in weeks. Fitted by maximum likelihood on the customers' (x, t<sub>x</sub>, T).
 */
public record BgNbd(double r, double alpha, double a, double b) {

    /** A fitted model, its log-likelihood and how many customers it was fitted on. */
    public record Fit(BgNbd model, double logLikelihood, int customers) {
    }

    /**
     * The log-likelihood of one customer (FHL 2005, eq. 6):
     * L = B(a, b+x)/B(a, b) · Γ(r+x) α<sup>r</sup> / (Γ(r) (α+T)<sup>r+x</sup>)
     * + [x &gt; 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) α<sup>r</sup> / (Γ(r) (α+t<sub>x</sub>)<sup>r+x</sup>).
     */
    public double logLikelihood(int x, double tx, double T) {
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
                + Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        return common + logSurvivalOrDropout(x, tx, T, Math.log(a), b);
    }

    /** ln of (α+T)^−(r+x) + [x &gt; 0] a/(b+x−1) (α+t<sub>x</sub>)^−(r+x), computed without overflow. */
    private double logSurvivalOrDropout(int x, double tx, double T, double logA, double bb) {
        double alive = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return alive;
        }
        double dropped = logA - Math.log(bb + x - 1) - (r + x) * Math.log(alpha + tx);
        double top = Math.max(alive, dropped);
        return top + Math.log(Math.exp(alive - top) + Math.exp(dropped - top));
    }

    /** P(alive | x, t<sub>x</sub>, T) = 1 / (1 + [x &gt; 0] a/(b+x−1) ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>). */
    public double probabilityAlive(int x, double tx, double T) {
        if (x == 0) {
            return 1;
        }
        return 1 / (1 + Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx))));
    }

    /**
     * Expected purchases in the next {@code t} weeks of a customer with history (x, t<sub>x</sub>, T) (FHL 2005,
     * eq. 10): (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))<sup>r+x</sup> ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
     * / (1 + [x &gt; 0] a/(b+x−1) ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>).
     */
    public double expectedPurchases(double t, int x, double tx, double T) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + T + t);
        double hyper = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
        double bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyper;
        return (a + b + x - 1) / (a - 1) * bracket * probabilityAlive(x, tx, T);
    }

    /**
     * Fits r, α, a and b by maximum likelihood. Customers with the same (x, t<sub>x</sub>, T) are counted once with
     * their number as weight, which gives the same likelihood in less time.
     */
    public static Fit fit(Iterable<CustomerHistory> histories) {
        Map<Key, Integer> counts = new HashMap<>();
        int customers = 0;
        for (CustomerHistory history : histories) {
            counts.merge(new Key(history.x(), history.tx(), history.T()), 1, Integer::sum);
            customers++;
        }
        if (customers == 0) {
            throw new IllegalArgumentException("No customer with purchases to fit the BG/NBD model on");
        }
        int size = counts.size();
        int[] x = new int[size];
        double[] tx = new double[size];
        double[] T = new double[size];
        double[] weight = new double[size];
        int i = 0;
        int maxX = 0;
        for (var entry : counts.entrySet()) {
            x[i] = entry.getKey().x();
            tx[i] = entry.getKey().tx();
            T[i] = entry.getKey().T();
            weight[i] = entry.getValue();
            maxX = Math.max(maxX, x[i]);
            i++;
        }
        int highest = maxX;
        var optimum = MaximumLikelihood.maximise(p -> new BgNbd(p[0], p[1], p[2], p[3])
                .totalLogLikelihood(x, tx, T, weight, highest), new double[]{1, 1, 1, 1});
        double[] p = optimum.parameters();
        return new Fit(new BgNbd(p[0], p[1], p[2], p[3]), optimum.logLikelihood(), customers);
    }

    /** The sum of the weighted log-likelihoods, with the Γ terms that depend on x alone computed once per x. */
    private double totalLogLikelihood(int[] x, double[] tx, double[] T, double[] weight, int maxX) {
        double[] byX = new double[maxX + 1];
        boolean[] known = new boolean[maxX + 1];
        double base = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
        double logA = Math.log(a);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int n = x[i];
            if (!known[n]) {
                byX[n] = Gamma.logGamma(r + n) + Gamma.logGamma(b + n) - Gamma.logGamma(a + b + n);
                known[n] = true;
            }
            sum += weight[i] * (base + byX[n] + logSurvivalOrDropout(n, tx[i], T[i], logA, b));
        }
        return sum;
    }

    private record Key(int x, double tx, double T) {
    }
}
