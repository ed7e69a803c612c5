/** The pack's headline numbers: view model (properties only) and the view that draws them. */
package org.evtwin.app.dashboard;
