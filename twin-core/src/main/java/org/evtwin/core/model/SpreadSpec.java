package org.evtwin.core.model;

/**
 * Cell-to-cell manufacturing spread, drawn once per pack from a seeded normal distribution (truncated at ±3σ).
 *
 * @param seed                    random seed; the same seed gives the same pack
 * @param capacitySigma           relative standard deviation of capacity (e.g. 0.005 = 0.5 %)
 * @param resistanceSigma         relative standard deviation of all resistances
 * @param selfDischargeSigma      relative standard deviation of the self-discharge rate
 * @param source                  where the sigmas come from
 */
public record SpreadSpec(long seed, double capacitySigma, double resistanceSigma, double selfDischargeSigma,
        String source) {

    public static SpreadSpec none() {
        return new SpreadSpec(0L, 0.0, 0.0, 0.0, "no spread");
    }
}
