package org.evtwin.core.replay;

/**
 * Pack-level extremes as a BMS logs them, when a recording has them instead of (or besides) per-cell values.
 *
 * @param minCellVoltageV lowest cell (parallel group) voltage [V], NaN when not recorded
 * @param maxCellVoltageV highest cell voltage [V], NaN when not recorded
 * @param maxTemperatureC hottest cell [degC], NaN when not recorded
 */
public record PackExtremes(double minCellVoltageV, double maxCellVoltageV, double maxTemperatureC) {
}
