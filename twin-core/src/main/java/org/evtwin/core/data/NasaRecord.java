package org.evtwin.core.data;

/**
 * One NASA PCoE cycle file of one cell (B. Saha and K. Goebel (2007), "Battery Data Set", NASA Prognostics Data
 * Repository), as re-exported per cycle to CSV.
 *
 * @param cell        cell name from the folder, e.g. "B0005"
 * @param number      discharge or charge number from the file name (1-based)
 * @param discharge   true for {@code dis_<n>_cap_<Ah>.csv}, false for {@code charge_<n>.csv}
 * @param capacityAh  NASA's measured capacity of this discharge from the file name [Ah]; NaN for charge files
 * @param series      time [s], current [A, + = discharge], terminal voltage [V], surface temperature [degC]
 */
public record NasaRecord(String cell, int number, boolean discharge, double capacityAh, MeasuredSeries series) {
}
