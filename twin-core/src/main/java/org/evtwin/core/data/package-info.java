/**
 * Readers for measured cell data: Bitrode cycler CSV (ORNL Nissan Leaf cell), LabVIEW {@code .lvm} thermocouple
 * logs, and the NASA PCoE per-cycle CSV files. Everything is converted on reading to the core's conventions: time [s],
 * current [A] positive on discharge, voltage [V], temperature [degC]. Errors name the file, the line, the column and
 * the rule that was broken.
 */
package org.evtwin.core.data;
