/** Tests of {@code org.evtwin.core.ml.data}. */
package org.evtwin.core.ml.data;
