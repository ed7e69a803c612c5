package org.evtwin.core.physics.ageing;

import java.util.function.DoubleUnaryOperator;

import org.evtwin.core.TwinException;

/**
 * A repeating daily use pattern of one cell, for {@link AgeingProjection}. On a driven day the cell is discharged
 * from {@code maxSoc} by {@code dodPerDrivenDay} at {@code dischargeCRate}, recharged at once to {@code maxSoc} at
 * {@code chargeCRate} (constant current; the CV tail is ignored) and rests at {@code maxSoc} for the rest of the day
 * ("plug in on arrival"). On other days it rests all day at {@code storageSoc}; the SoC changes between the two
 * regimes are not counted as throughput. Driven days are spread evenly over the 365-day year.
 *
 * @param cellCapacityC       nominal capacity of the cell [C], > 0
 * @param dodPerDrivenDay     SoC swing of a driven day [fraction of nominal capacity], 0 &lt; dod ≤ maxSoc
 * @param dischargeCRate      mean |C-rate| while driving [1/h], > 0
 * @param chargeCRate         charge C-rate [1/h], > 0
 * @param maxSoc              charge limit [0..1]
 * @param storageSoc          SoC on days not driven [0..1]
 * @param daysDrivenPerYear   0..365
 * @param cellTemperatureC    cell temperature [degC]: one value for the whole year or twelve monthly values. The
 *                            caller passes the cell temperature; self-heating is not modelled here.
 * @param ocvV                open-circuit voltage [V] as a function of SoC [0..1] (caller-supplied)
 */
public record DutyCycle(double cellCapacityC, double dodPerDrivenDay, double dischargeCRate, double chargeCRate,
        double maxSoc, double storageSoc, int daysDrivenPerYear, double[] cellTemperatureC,
        DoubleUnaryOperator ocvV) {

    /**
     * Validates and copies the temperature array.
     *
     * @throws TwinException naming the first field that is out of range
     */
    public DutyCycle {
        require(cellCapacityC > 0.0 && Double.isFinite(cellCapacityC), "cellCapacityC", cellCapacityC, "> 0");
        require(maxSoc > 0.0 && maxSoc <= 1.0, "maxSoc", maxSoc, "in (0, 1]");
        require(dodPerDrivenDay > 0.0 && dodPerDrivenDay <= maxSoc, "dodPerDrivenDay", dodPerDrivenDay,
                "in (0, maxSoc]");
        require(dischargeCRate > 0.0 && Double.isFinite(dischargeCRate), "dischargeCRate", dischargeCRate, "> 0");
        require(chargeCRate > 0.0 && Double.isFinite(chargeCRate), "chargeCRate", chargeCRate, "> 0");
        require(storageSoc >= 0.0 && storageSoc <= 1.0, "storageSoc", storageSoc, "in [0, 1]");
        require(daysDrivenPerYear >= 0 && daysDrivenPerYear <= 365, "daysDrivenPerYear", daysDrivenPerYear,
                "in [0, 365]");
        double activeH = dodPerDrivenDay / dischargeCRate + dodPerDrivenDay / chargeCRate;
        require(activeH <= 24.0, "dodPerDrivenDay", dodPerDrivenDay,
                "small enough that driving plus charging fit in a day (needs " + activeH + " h)");
        if (cellTemperatureC == null || (cellTemperatureC.length != 1 && cellTemperatureC.length != 12)) {
            throw new TwinException("duty cycle: cellTemperatureC must hold 1 or 12 values");
        }
        cellTemperatureC = cellTemperatureC.clone();
        for (double t : cellTemperatureC) {
            require(t > -273.15 && Double.isFinite(t), "cellTemperatureC", t, "finite and above absolute zero");
        }
        if (ocvV == null) {
            throw new TwinException("duty cycle: ocvV (voltage as a function of SoC) is missing");
        }
    }

    /** Returns a copy of the temperature values. */
    @Override
    public double[] cellTemperatureC() {
        return cellTemperatureC.clone();
    }

    /** Cell temperature [degC] on day {@code dayOfYear} (0..364). */
    public double temperatureOnDayC(int dayOfYear) {
        return cellTemperatureC.length == 1 ? cellTemperatureC[0] : cellTemperatureC[dayOfYear * 12 / 365];
    }

    /** Whether day {@code dayOfYear} (0..364) is a driven day (driven days spread evenly). */
    public boolean isDriven(int dayOfYear) {
        return (dayOfYear + 1) * daysDrivenPerYear / 365 - dayOfYear * daysDrivenPerYear / 365 == 1;
    }

    /**
     * The depth of discharge that a daily driven energy corresponds to: {@code energyJ / (capacityC · meanVoltageV)},
     * with the energy per cell [J] and the mean discharge voltage [V] over the swing.
     */
    public static double dodFromDailyEnergy(double energyPerCellJ, double cellCapacityC, double meanVoltageV) {
        return energyPerCellJ / (cellCapacityC * meanVoltageV);
    }

    private static void require(boolean ok, String field, double value, String rule) {
        if (!ok) {
            throw new TwinException("duty cycle: " + field + " = " + value + " must be " + rule);
        }
    }
}
