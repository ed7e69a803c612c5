/**
 * The pack solver: 2-RC equivalent-circuit cells, exact parallel-group solution, BMS limits, lumped thermal network.
 *
 * <p>Why the state is arrays: a 96s74p pack has 7,104 cells and the twin steps it at 10 ms; an object per cell would
 * scatter the hot loop over the heap. {@link org.evtwin.core.physics.PackState} keeps each quantity in one
 * {@code double[]}, and {@link org.evtwin.core.physics.PackModel#step} allocates nothing.
 *
 * <p>Why coefficients are refreshed round-robin: R0/R1/C1/R2/C2 and the OCV temperature row depend on SoC and
 * temperature, which move by fractions of a percent per second; looking them up for every cell every 10 ms would
 * cost more than the rest of the step. Each cell is looked up again at least every few simulated seconds
 * ({@link org.evtwin.core.physics.PackModel#setRefreshIntervalS}), OCV itself every step.
 */
package org.evtwin.core.physics;
