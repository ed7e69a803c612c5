package org.evtwin.core.physics;

import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;

/**
 * Turns a {@link Control} into the pack current of one step and clamps it like a BMS would. Because every group
 * voltage is linear in the pack current ({@code V_g = A_g − I·B_g}) the current at which the first group meets a
 * voltage limit is exact, so limits are met at the end of the step rather than overshot.
 */
final class BmsLimits {

    /** Current limits that change only with temperature, recomputed by the model when temperatures change. */
    static final class Context {
        double maxDischargeA;
        double maxChargeA;

        /** Group current limits at the pack's present extreme cell temperatures (which are finite). */
        void update(CellParameters cell, PackState s) {
            CellLimits l = cell.limits();
            double maxT = Double.NEGATIVE_INFINITY;
            double minT = Double.POSITIVE_INFINITY;
            for (double t : s.temperatureC) {
                if (t > maxT) {
                    maxT = t;
                }
                if (t < minT) {
                    minT = t;
                }
            }
            double groupCapacityAh = cell.capacityAh() * s.parallel;
            maxDischargeA = l.maxDischargeCRate() * groupCapacityAh
                    * Math.min(l.deratingFactor(maxT, false), l.deratingFactor(minT, false));
            maxChargeA = l.maxChargeCRate() * groupCapacityAh
                    * Math.min(l.deratingFactor(maxT, true), l.deratingFactor(minT, true));
        }
    }

    private BmsLimits() {
    }

    static double clamp(Control.Mode mode, double value, double floorCellV, double ceilingCellV, double packA,
            double packB, double[] groupA, double[] groupB, CellLimits limits, Context context, PackState state) {
        double floor = Double.isNaN(floorCellV) ? limits.minVoltageV() : Math.max(floorCellV, limits.minVoltageV());
        double ceiling = Double.isNaN(ceilingCellV) ? limits.maxVoltageV()
                : Math.min(ceilingCellV, limits.maxVoltageV());
        double maxByVoltage = Double.POSITIVE_INFINITY;
        double minByVoltage = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < groupA.length; g++) {
            maxByVoltage = Math.min(maxByVoltage, (groupA[g] - floor) / groupB[g]);
            minByVoltage = Math.max(minByVoltage, (groupA[g] - ceiling) / groupB[g]);
        }
        LimitReason reason = LimitReason.NONE;
        double current;
        switch (mode) {
            case CURRENT -> current = value;
            case PACK_VOLTAGE -> current = (packA - value) / packB;
            case POWER -> {
                double discriminant = packA * packA - 4.0 * packB * value;
                if (discriminant < 0) {
                    current = packA / (2.0 * packB);   // the maximum-power point
                    reason = LimitReason.POWER_UNREACHABLE;
                } else {
                    current = (packA - Math.sqrt(discriminant)) / (2.0 * packB);
                }
            }
            case CELL_VOLTAGE_HOLD -> current = holdCurrent(value, groupA, groupB);
            default -> throw new IllegalStateException("unknown mode " + mode);
        }
        if (current > context.maxDischargeA) {
            current = context.maxDischargeA;
            reason = context.maxDischargeA <= 0 ? LimitReason.TEMPERATURE : LimitReason.DISCHARGE_CURRENT;
        } else if (current < -context.maxChargeA) {
            current = -context.maxChargeA;
            reason = context.maxChargeA <= 0 ? LimitReason.TEMPERATURE : LimitReason.CHARGE_CURRENT;
        }
        if (current > 0 && current > maxByVoltage) {
            current = Math.max(0.0, maxByVoltage);
            reason = LimitReason.CELL_VOLTAGE_MIN;
        } else if (current < 0 && current < minByVoltage) {
            current = Math.min(0.0, minByVoltage);
            reason = LimitReason.CELL_VOLTAGE_MAX;
        }
        state.lastLimit = reason;
        return current;
    }

    /**
     * CV hold: above every group's source voltage it charges until the highest group sits at the set point; below
     * every group it discharges until the lowest does; in between it rests.
     */
    private static double holdCurrent(double volts, double[] groupA, double[] groupB) {
        double towardCharge = Double.NEGATIVE_INFINITY;
        double towardDischarge = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groupA.length; g++) {
            double i = (groupA[g] - volts) / groupB[g];
            towardCharge = Math.max(towardCharge, i);
            towardDischarge = Math.min(towardDischarge, i);
        }
        if (towardCharge <= 0) {
            return towardCharge;
        }
        if (towardDischarge >= 0) {
            return towardDischarge;
        }
        return 0.0;
    }
}
