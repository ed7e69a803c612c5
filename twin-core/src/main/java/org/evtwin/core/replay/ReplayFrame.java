package org.evtwin.core.replay;

import java.util.List;
import org.evtwin.core.telemetry.PackFrame;

/**
 * One replayed instant: what was measured, what the model running alongside says, and their difference. The
 * {@link #display()} frame is what goes down the ordinary frame path ({@code LatestFrame}, frame listeners: 3D view,
 * gauges, charts, alerts), so those work unchanged; this record travels beside it through
 * {@link LatestReplayFrame} for the views that show residuals.
 *
 * <p>Arrays are owned by the record (fresh per frame); consumers must not modify them.
 *
 * @param measured                 the recording's values at this time, each held from the last sample that recorded
 *                                 it; NaN where the recording has no such channel (or none recorded yet)
 * @param model                    the model's values at the same time
 * @param display                  measured where measured, the model's estimate elsewhere (per-cell SoC, SoH and
 *                                 unmeasured temperatures are the twin's estimate); limit = the model's
 * @param cellVoltageResidualV     per cell: measured − model terminal voltage [V], NaN where not measured
 * @param cellTemperatureResidualK per cell: measured − model temperature [K], NaN where not measured
 * @param cellSocResidual          per cell: measured − model SoC [fraction], NaN where not measured
 * @param packVoltageResidualV     measured − model pack voltage [V], NaN when not measured
 * @param packSocResidual          measured − model pack SoC [fraction], NaN when not measured
 * @param measuredExtremes         recorded lowest/highest cell voltage and hottest cell (a BMS log's pack-level
 *                                 values), NaN where not recorded
 * @param statistics               running RMSE / max |r| / mean per signal since the window start (signals never
 *                                 compared are absent)
 */
public record ReplayFrame(PackFrame measured, PackFrame model, PackFrame display, double[] cellVoltageResidualV,
        double[] cellTemperatureResidualK, double[] cellSocResidual, double packVoltageResidualV,
        double packSocResidual, PackExtremes measuredExtremes, List<ResidualSummary> statistics) {

    public double timeS() {
        return display.timeS();
    }

    /** Residual of one signal for one cell (pack signals ignore {@code cell}). */
    public double residual(ResidualSignal signal, int cell) {
        return switch (signal) {
            case CELL_VOLTAGE -> cellVoltageResidualV[cell];
            case CELL_TEMPERATURE -> cellTemperatureResidualK[cell];
            case CELL_SOC -> cellSocResidual[cell];
            case PACK_VOLTAGE -> packVoltageResidualV;
            case PACK_SOC -> packSocResidual;
            case MIN_CELL_VOLTAGE -> measuredExtremes.minCellVoltageV() - model.minCellVoltageV();
            case MAX_CELL_VOLTAGE -> measuredExtremes.maxCellVoltageV() - model.maxCellVoltageV();
            case MAX_CELL_TEMPERATURE -> measuredExtremes.maxTemperatureC() - model.maxTemperatureC();
        };
    }

    /** The running statistics of one signal, or null if it has not been compared yet. */
    public ResidualSummary statistics(ResidualSignal signal) {
        for (ResidualSummary s : statistics) {
            if (s.signal() == signal) {
                return s;
            }
        }
        return null;
    }
}
