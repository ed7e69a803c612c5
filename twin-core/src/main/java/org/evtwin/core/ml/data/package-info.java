/**
 * Readers that turn the public ageing data sets into training material for {@code org.evtwin.core.ml}: NASA PCoE
 * per-discharge capacities (both folder layouts) as cell histories, and the Severson et al. 2019 Q(V) curves at cycles
 * 10 and 100 with cycle lives and the standard split. Every file read is recorded with its SHA-256 for provenance.
 */
package org.evtwin.core.ml.data;
