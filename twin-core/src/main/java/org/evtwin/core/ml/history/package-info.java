/**
 * Task {@code history}: the remaining cycles until a cell's capacity first falls below its end-of-life threshold,
 * predicted at any cycle from the trajectory so far ({@link org.evtwin.core.ml.history.CellHistory}). Features are
 * dimensionless (fractions of the nominal capacity, per cycle) and relative to the threshold, so one model serves any
 * threshold and cell size inside its training domain.
 */
package org.evtwin.core.ml.history;
