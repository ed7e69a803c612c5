/** Tests of the replay panel: its view model against a real store and replay engine, and the panel under Xvfb. */
package org.evtwin.app.replay;
