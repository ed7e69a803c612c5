package org.evtwin.core.model;

/**
 * Outer dimensions of a cell [m], used for the physical layout (3D view, neighbour conduction).
 * For a cylindrical cell width = depth = diameter.
 *
 * @param shape    "cylindrical", "pouch" or "prismatic"
 * @param widthM   extent along x [m]
 * @param depthM   extent along y [m]
 * @param heightM  extent along z [m]
 */
public record CellGeometry(String shape, double widthM, double depthM, double heightM) {
}
