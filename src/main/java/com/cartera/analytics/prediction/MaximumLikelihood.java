package com.cartera.analytics.prediction;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over positive parameters with Commons Math's Nelder-Mead simplex, searching their
 * logarithms so that every point tried is admissible. The simplex is restarted from the best point until a restart
 * no longer improves the likelihood: a single run of Nelder-Mead can stall before the optimum.
 */
final class MaximumLikelihood {

    /** The parameters found and the log-likelihood there. */
    record Optimum(double[] parameters, double logLikelihood) {
    }

    private static final int MAX_RESTARTS = 20;
    private static final int MAX_EVALUATIONS = 20_000;
    private static final double IMPROVEMENT = 1e-9;

    private MaximumLikelihood() {
    }

    /**
     * @param logLikelihood of the positive parameters; may return NaN or -∞ where undefined (treated as worst)
     * @param start         positive starting parameters
     */
    static Optimum maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        ObjectiveFunction objective = new ObjectiveFunction(logs -> {
            double value = logLikelihood.applyAsDouble(exp(logs));
            return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
        });
        var optimizer = new SimplexOptimizer(1e-13, 1e-13);
        double[] point = Arrays.stream(start).map(Math::log).toArray();
        double best = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < MAX_RESTARTS; run++) {
            PointValuePair found = optimizer.optimize(objective, GoalType.MAXIMIZE, new InitialGuess(point),
                    new NelderMeadSimplex(point.length, 0.5), new MaxEval(MAX_EVALUATIONS));
            point = found.getPoint();
            double improvement = found.getValue() - best;
            best = found.getValue();
            if (improvement < IMPROVEMENT) {
                break;
            }
        }
        return new Optimum(exp(point), best);
    }

    private static double[] exp(double[] logs) {
        return Arrays.stream(logs).map(Math::exp).toArray();
    }
}
