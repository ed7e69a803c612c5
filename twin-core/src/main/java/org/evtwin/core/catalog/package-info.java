/** Built-in cells and packs (fitted parameter sets and topologies shipped in {@code sample-data/}). */
package org.evtwin.core.catalog;
