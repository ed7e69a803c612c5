/**
 * Tests of the data-set browser, import dialog and first-start offer: view models against a real H2 store in a
 * temporary folder (no window), and one TestFX test per view under Xvfb.
 */
package org.evtwin.app.datasets;
