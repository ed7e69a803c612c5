package org.evtwin.core.physics.ageing;

/**
 * The "equivalent time / equivalent throughput" (state-transfer) update of a power law {@code L = k·x^z}, used by all
 * models of this package so that a loss can be advanced in small steps while its rate coefficient {@code k} changes.
 *
 * <p>Given the accumulated loss {@code L} and the coefficient {@code k} valid for the next step, the equivalent
 * abscissa is {@code x_eq = (L/k)^(1/z)} and the new loss is {@code k·(x_eq + dx)^z}. Equivalently
 * {@code L^(1/z)} grows by {@code k^(1/z)·dx} per step, so at constant {@code k} any split of {@code x} into steps
 * reproduces the closed form {@code k·x^z}, and for a piecewise-constant {@code k} the end value
 * {@code (Σ k_i^(1/z)·dx_i)^z} does not depend on the order of the pieces (the path in between does).
 */
final class PowerLaw {
    private PowerLaw() {
    }

    /**
     * Advances {@code loss} by {@code dx} under coefficient {@code k} and exponent {@code z} (0 &lt; z ≤ 1).
     * A non-positive {@code k} or {@code dx} leaves the loss unchanged (the models never heal a cell).
     */
    static double advance(double loss, double k, double dx, double z) {
        if (!(k > 0.0) || !(dx > 0.0)) {
            return loss;
        }
        if (!(loss > 0.0)) {
            return k * Math.pow(dx, z);
        }
        double xEq = Math.pow(loss / k, 1.0 / z);
        return k * Math.pow(xEq + dx, z);
    }
}
