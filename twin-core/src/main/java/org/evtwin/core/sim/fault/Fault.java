package org.evtwin.core.sim.fault;

import java.util.Locale;
import org.evtwin.core.TwinException;
import org.evtwin.core.physics.PackModel;

/**
 * A fault injected into a running pack. Text form (command line, UI): {@code weak-cell:<cell>[:<capacity factor>]},
 * {@code short:<cell>:<ohms>}, {@code cooling-loss:<module>[:<remaining fraction>]},
 * {@code sensor-offset:<cell>:<volts>[:<kelvin>]}.
 */
public sealed interface Fault {

    /** Applies the fault to the model (sensor offsets act on frames instead, see {@link SensorOffsets}). */
    void apply(PackModel model);

    /**
     * Weak cell: less capacity and more resistance. Defaults 0.8 × capacity and 1.5 × resistance: the usual
     * end-of-life definitions (80 % capacity) and a typical resistance rise at that point, for a visibly weak cell.
     */
    record WeakCell(int cell, double capacityFactor, double resistanceFactor) implements Fault {
        @Override
        public void apply(PackModel model) {
            model.setCapacityScale(cell, model.state().capacityScale(cell) * capacityFactor);
            model.scaleResistance(cell, resistanceFactor);
        }
    }

    /** Internal short: a resistance across the cell [Ω]; it drains the cell and heats it with V²/R. */
    record InternalShort(int cell, double ohms) implements Fault {
        @Override
        public void apply(PackModel model) {
            model.setInternalShort(cell, ohms);
        }
    }

    /** Cooling loss on a module: its heat transfer to the coolant drops to {@code remaining} of normal. */
    record CoolingLoss(int module, double remaining) implements Fault {
        @Override
        public void apply(PackModel model) {
            model.scaleModuleCooling(module, remaining);
        }
    }

    /** A sensor that reads wrong: offsets added to a cell's measured voltage [V] and temperature [K]. */
    record SensorOffset(int cell, double voltageV, double temperatureK) implements Fault {
        @Override
        public void apply(PackModel model) {
            // acts on measurements only
        }
    }

    /** Parses the text form; {@code cells}/{@code modules} bound the indices. */
    static Fault parse(String text, int cells, int modules) {
        String[] p = text.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            return switch (p[0]) {
                case "weak-cell" -> new WeakCell(index(p, 1, cells, text, "cell"), p.length > 2 ? factor(p[2], text)
                        : 0.8, p.length > 3 ? Double.parseDouble(p[3]) : 1.5);
                case "short" -> new InternalShort(index(p, 1, cells, text, "cell"), positive(p, 2, text));
                case "cooling-loss" -> new CoolingLoss(index(p, 1, modules, text, "module"),
                        p.length > 2 ? factor(p[2], text) : 0.0);
                case "sensor-offset" -> new SensorOffset(index(p, 1, cells, text, "cell"), number(p, 2, text),
                        p.length > 3 ? Double.parseDouble(p[3]) : 0.0);
                default -> throw new TwinException("fault \"" + text + "\": unknown kind \"" + p[0]
                        + "\"; use weak-cell, short, cooling-loss or sensor-offset");
            };
        } catch (NumberFormatException e) {
            throw new TwinException("fault \"" + text + "\": not a number (" + e.getMessage() + ")", e);
        }
    }

    private static int index(String[] p, int i, int bound, String text, String what) {
        if (p.length <= i) {
            throw new TwinException("fault \"" + text + "\": the " + what + " index is missing");
        }
        int v = Integer.parseInt(p[i]);
        if (v < 0 || v >= bound) {
            throw new TwinException("fault \"" + text + "\": " + what + " index " + v + " is outside 0.." + (bound - 1));
        }
        return v;
    }

    private static double number(String[] p, int i, String text) {
        if (p.length <= i) {
            throw new TwinException("fault \"" + text + "\": value " + i + " is missing");
        }
        return Double.parseDouble(p[i]);
    }

    private static double positive(String[] p, int i, String text) {
        double v = number(p, i, text);
        if (!(v > 0)) {
            throw new TwinException("fault \"" + text + "\": value must be > 0, found " + v);
        }
        return v;
    }

    private static double factor(String s, String text) {
        double v = Double.parseDouble(s);
        if (v < 0 || v > 1) {
            throw new TwinException("fault \"" + text + "\": factor must be between 0 and 1, found " + v);
        }
        return v;
    }
}
