/** Tests of {@code org.evtwin.core.io}. */
package org.evtwin.core.io;
