/** The pack gauges (TilesFX): view model with values and bands from the alert thresholds, and the view. */
package org.evtwin.app.dashboard;
