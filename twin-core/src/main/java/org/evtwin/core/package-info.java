/**
 * Root of the twin core: pure Java (no JavaFX, no AWT). Sub-packages are organised by feature: {@code model}
 * (immutable parameters and topology), {@code physics} (the pack solver on primitive arrays), {@code sim} (scenarios
 * and the simulator), {@code fit} (parameter identification from measured data), {@code validate}, {@code cli}.
 *
 * <p>Conventions used everywhere in the core: SI units (V, A, s, W, J, coulomb for charge; temperature in degC where a
 * name ends in {@code C}, in kelvin where it ends in {@code K}); ampere-hours only at the edges (files, the command
 * line). Current is positive when the cell or pack <em>discharges</em> (delivers charge) and negative on charge.
 */
package org.evtwin.core;
