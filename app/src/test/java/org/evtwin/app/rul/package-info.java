/** Tests of the RUL view models without a window. */
package org.evtwin.app.rul;
