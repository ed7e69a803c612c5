/** Tests of the live RUL monitor: histories from frames, against the analytic cycle count and the offline model. */
package org.evtwin.core.ml.live;
