/**
 * JSON files we own: cell parameter sets and pack topologies. Readers validate physics rules and report the file,
 * the JSON path and the rule broken; writers go through a temporary file and an atomic move so a crash never leaves
 * half a file.
 */
package org.evtwin.core.model.json;
