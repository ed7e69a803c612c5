/**
 * Tests of the live source panel: the view model against the core's real embedded broker (on a free loopback port)
 * and a real Paho publisher, the connection form's rules and secrets, and the panel under Xvfb with the local demo.
 */
package org.evtwin.app.live;
