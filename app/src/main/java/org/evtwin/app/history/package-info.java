/** Time histories of the pack and the selected cell: decimated ring buffers (view model) and small charts (view). */
package org.evtwin.app.history;
