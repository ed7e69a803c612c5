/**
 * Data sources of the twin. For now the built-in simulator: scenario and experiment text (parsed as typed, errors
 * inline), run controls, ambient and fault injection, talking to the engine through {@link
 * org.evtwin.app.sources.SimulatorPort}.
 */
package org.evtwin.app.sources;
