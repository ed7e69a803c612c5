/** The main window: layout, menus and shortcuts, the per-pulse update loop, error reporting. */
package org.evtwin.app.shell;
