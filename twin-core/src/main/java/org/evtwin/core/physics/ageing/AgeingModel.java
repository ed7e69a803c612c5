package org.evtwin.core.physics.ageing;

/**
 * A semi-empirical ageing law that turns the stress a range of cells saw over one ageing interval into capacity fade
 * and resistance growth. Implementations are immutable and stateless: all per-cell memory lives in
 * {@link AgeingState}, so one instance can serve many packs, and disjoint cell ranges may be advanced from different
 * threads.
 *
 * <p>Protocol for the pack solver (no allocation on this path):
 * <pre>{@code
 * // every solver step of length dtS, for the cells [from, to):
 * stress.accumulate(from, to, dtS, temperatureC, ocvV, soc, currentA);
 * // every few simulated seconds (any interval; the laws are integrated by state transfer):
 * model.advance(state, stress, from, to);
 * stress.reset(from, to);
 * // then read state.soh(i) (capacity factor) and state.resistanceFactor(i) into the cell parameters.
 * }</pre>
 */
public interface AgeingModel {

    /** The name under which {@link AgeingModels#byName(String)} finds this model, e.g. {@code "schmalstieg-nmc"}. */
    String name();

    /**
     * Advances the ageing of cells {@code from} (inclusive) to {@code to} (exclusive) by the interval recorded in
     * {@code stress}. Cells whose interval is empty ({@code stress.elapsedS(i) == 0}) are left unchanged. Does not
     * reset {@code stress}.
     *
     * @throws org.evtwin.core.TwinException if a stress value of a cell in the range is not finite
     */
    void advance(AgeingState state, AgeingStress stress, int from, int to);
}
