/**
 * Parameter identification from measured data: OCV tables, 2-RC equivalent-circuit parameters by least squares
 * (Hipparchus Levenberg–Marquardt), lumped thermal parameters, and the two shipped cell fits
 * ({@link org.evtwin.core.fit.LeafCellFit} for the ORNL 2013 Nissan Leaf cell, {@link org.evtwin.core.fit.NasaCellFit}
 * for the NASA PCoE 18650 cell B0005). Progress goes to a {@code Consumer<String>}; nothing here prints.
 */
package org.evtwin.core.fit;
