/** Per-user folders (XDG and OS conventions) and remembered settings. */
package org.evtwin.app.settings;
