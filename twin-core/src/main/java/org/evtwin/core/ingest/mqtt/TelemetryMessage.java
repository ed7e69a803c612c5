package org.evtwin.core.ingest.mqtt;

import org.evtwin.core.telemetry.PackFrame;

/**
 * One accepted message, in SI units, cell arrays in topology order (NaN where the payload did not carry an optional
 * quantity).
 *
 * @param vehicleId     the vehicle (from the topic)
 * @param seq           the publisher's sequence number (per vehicle, increasing); with the vehicle the idempotence key
 * @param epochMs       measurement time [ms since 1970-01-01T00:00Z]
 * @param packCurrentA  [A], positive on discharge
 * @param packVoltageV  [V]
 * @param packSoc       [0–1], NaN when not sent
 * @param limit         what limited the current, "NONE" when not sent
 */
public record TelemetryMessage(String vehicleId, long seq, long epochMs, double packCurrentA, double packVoltageV,
        double packSoc, String limit, double[] cellVoltageV, double[] cellCurrentA, double[] cellTemperatureC,
        double[] cellSoc, double[] cellSoh) {

    /** The frame for the twin; {@code originMs} is the epoch time that becomes t = 0 s. */
    public PackFrame toFrame(long originMs) {
        return new PackFrame((epochMs - originMs) / 1000.0, packCurrentA, packVoltageV, packSoc, limit, cellVoltageV,
                cellCurrentA, cellTemperatureC, cellSoc, cellSoh);
    }
}
