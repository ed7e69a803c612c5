/** Tests of {@code org.evtwin.core.ml}. */
package org.evtwin.core.ml;
