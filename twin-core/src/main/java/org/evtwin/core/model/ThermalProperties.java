package org.evtwin.core.model;

/**
 * Lumped thermal properties of one cell.
 *
 * @param massKg                 cell mass [kg]
 * @param specificHeatJPerKgK    specific heat capacity [J/(kg·K)]
 * @param surfaceAreaM2          area exchanging heat with the coolant or air [m²]
 */
public record ThermalProperties(double massKg, double specificHeatJPerKgK, double surfaceAreaM2) {

    /** Heat capacity m·cp [J/K]. */
    public double heatCapacityJPerK() {
        return massKg * specificHeatJPerKgK;
    }
}
