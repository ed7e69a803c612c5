/**
 * Task {@code early}: cycle life from the first 100 cycles, after Severson et al. (Nature Energy 4, 383-391, 2019):
 * the features of their "discharge model", from the difference of the discharge capacity curves Q(V) at cycles 100
 * and 10 (recomputed here from the interpolated curves) and the discharge capacity at cycles 2, 10 and 100.
 */
package org.evtwin.core.ml.early;
