/**
 * Immutable description of cells and packs: parameters ({@link org.evtwin.core.model.CellParameters}), topology
 * ({@link org.evtwin.core.model.PackTopology}) and the derived physical layout. Nothing here changes while a pack
 * runs; the mutable state lives in {@code org.evtwin.core.physics} as primitive arrays.
 */
package org.evtwin.core.model;
