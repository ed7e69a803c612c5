/** Tests of {@code org.evtwin.core.ml.early}. */
package org.evtwin.core.ml.early;
