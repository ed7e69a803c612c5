/** The JavaFX workstation: composition root ({@link org.evtwin.app.WorkstationApp}) and the plain launcher. */
package org.evtwin.app;
