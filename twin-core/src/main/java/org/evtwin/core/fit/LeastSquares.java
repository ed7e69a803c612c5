package org.evtwin.core.fit;

import java.util.function.Function;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;
import org.evtwin.core.TwinException;

/**
 * Unconstrained nonlinear least squares with Hipparchus' Levenberg–Marquardt optimiser and a forward-difference
 * Jacobian. Bounds are handled by the caller through {@link Bound} transforms, so the optimiser sees an unbounded
 * problem. A tiny ridge row {@value #RIDGE}·p per internal parameter is appended to the residuals: it keeps the
 * Jacobian full rank when a parameter runs into the flat end of its bound transform and is far below the data
 * residuals (reported RMS values exclude it).
 */
public final class LeastSquares {
    /** Weight of the ridge rows. */
    static final double RIDGE = 1e-6;

    private LeastSquares() {
    }

    /**
     * Result of a fit.
     *
     * @param point        best internal parameter vector
     * @param rms          root mean square of the residuals at {@code point}
     * @param evaluations  residual evaluations used by the optimiser
     */
    public record Result(double[] point, double rms, int evaluations) {
    }

    /** Minimises the sum of squares of {@code residuals(p)} from {@code start}. */
    public static Result minimise(Function<double[], double[]> residuals, double[] start, int maxEvaluations) {
        Function<double[], double[]> withRidge = p -> {
            double[] r = residuals.apply(p);
            double[] out = java.util.Arrays.copyOf(r, r.length + p.length);
            for (int j = 0; j < p.length; j++) {
                out[r.length + j] = RIDGE * p[j];
            }
            return out;
        };
        int m = withRidge.apply(start).length;
        MultivariateJacobianFunction model = point -> valueAndJacobian(withRidge, point);
        LeastSquaresProblem problem = new LeastSquaresBuilder().start(start).model(model).target(new double[m])
                .maxEvaluations(maxEvaluations).maxIterations(maxEvaluations).lazyEvaluation(false).build();
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(1e-10)
                    .withParameterRelativeTolerance(1e-10).optimize(problem);
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            throw new TwinException("least-squares fit did not converge within " + maxEvaluations
                    + " evaluations (" + e.getMessage() + ")", e);
        }
        double[] p = optimum.getPoint().toArray();
        return new Result(p, rms(residuals.apply(p)), optimum.getEvaluations());
    }

    /** Runs {@link #minimise} from each start and keeps the lowest RMS. */
    public static Result minimiseMultiStart(Function<double[], double[]> residuals, double[][] starts,
            int maxEvaluations) {
        Result best = null;
        TwinException last = null;
        for (double[] s : starts) {
            try {
                Result r = minimise(residuals, s, maxEvaluations);
                if (best == null || r.rms() < best.rms()) {
                    best = r;
                }
            } catch (TwinException e) {
                last = e;
            }
        }
        if (best == null) {
            throw last;
        }
        return best;
    }

    static double rms(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return Math.sqrt(s / r.length);
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(Function<double[], double[]> f, RealVector point) {
        double[] p = point.toArray();
        double[] r0 = f.apply(p);
        double[][] jac = new double[r0.length][p.length];
        for (int j = 0; j < p.length; j++) {
            double h = 1e-6 * Math.max(1.0, Math.abs(p[j]));
            double[] q = p.clone();
            q[j] += h;
            double[] r1 = f.apply(q);
            for (int i = 0; i < r0.length; i++) {
                jac[i][j] = (r1[i] - r0[i]) / h;
            }
        }
        return new Pair<>(new ArrayRealVector(r0, false), new Array2DRowRealMatrix(jac, false));
    }
}
