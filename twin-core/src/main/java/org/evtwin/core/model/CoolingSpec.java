package org.evtwin.core.model;

/**
 * How cells exchange heat.
 *
 * @param heatTransferCoefficientWPerM2K  h between cell surface and coolant/air [W/(m²·K)]
 * @param coolantTemperatureC             coolant or ambient air temperature [degC]; the simulator's ambient overrides it
 * @param neighbourConductanceWPerK       thermal conductance between two adjacent cells of a module [W/K]
 * @param source                          where the numbers come from
 */
public record CoolingSpec(
        double heatTransferCoefficientWPerM2K,
        double coolantTemperatureC,
        double neighbourConductanceWPerK,
        String source) {
}
