/**
 * Injectable faults (weak cell, internal short, cooling loss, sensor offset) and their text form. Physical faults
 * change the model; sensor offsets change only what is reported, which is what a residual check should catch.
 */
package org.evtwin.core.sim.fault;
