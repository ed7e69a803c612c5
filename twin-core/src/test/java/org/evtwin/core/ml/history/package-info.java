/** Tests of {@code org.evtwin.core.ml.history}. */
package org.evtwin.core.ml.history;
