package org.evtwin.app.history;

import java.util.function.ToDoubleBiFunction;
import org.evtwin.core.telemetry.PackFrame;

/** A plotted quantity: name, unit, and how to read it from a frame (pack level, or for one cell). */
public enum Signal {
    PACK_VOLTAGE("Pack voltage", "V", (f, c) -> f.packVoltageV()),
    PACK_CURRENT("Pack current", "A", (f, c) -> f.packCurrentA()),
    PACK_SOC("Pack SoC", "%", (f, c) -> 100 * f.packSoc()),
    MAX_TEMPERATURE("Hottest cell", "°C", (f, c) -> f.maxTemperatureC()),
    CELL_VOLTAGE("Cell voltage", "V", (f, c) -> f.cellVoltageV()[c]),
    CELL_CURRENT("Cell current", "A", (f, c) -> f.cellCurrentA()[c]),
    CELL_SOC("Cell SoC", "%", (f, c) -> 100 * f.cellSoc()[c]),
    CELL_TEMPERATURE("Cell temperature", "°C", (f, c) -> f.cellTemperatureC()[c]);

    private final String title;
    private final String unit;
    private final ToDoubleBiFunction<PackFrame, Integer> reader;

    Signal(String title, String unit, ToDoubleBiFunction<PackFrame, Integer> reader) {
        this.title = title;
        this.unit = unit;
        this.reader = reader;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public boolean perCell() {
        return name().startsWith("CELL_");
    }

    public double read(PackFrame frame, int cell) {
        return reader.applyAsDouble(frame, cell);
    }
}
