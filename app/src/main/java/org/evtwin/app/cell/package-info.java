/** Details of the cell picked in the 3D view. */
package org.evtwin.app.cell;
