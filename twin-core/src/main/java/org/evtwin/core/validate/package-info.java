/**
 * Validation of the twin against measured data that was not used for fitting: the pack solver
 * ({@code org.evtwin.core.physics.PackModel}) is driven with the measured current of single-cell tests and its
 * terminal voltage and surface temperature are compared with the measurements ({@link
 * org.evtwin.core.validate.Validation#run}).
 */
package org.evtwin.core.validate;
