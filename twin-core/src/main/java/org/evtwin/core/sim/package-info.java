/**
 * Scenarios and the fixed-step simulator: runs experiments ({@code sim.experiment}) and drive profiles
 * ({@code sim.drive}) on a {@link org.evtwin.core.physics.PackModel}, emitting {@link org.evtwin.core.telemetry.PackFrame}s.
 */
package org.evtwin.core.sim;
