/**
 * Task {@code early}: cycle life from the first 100 cycles, after Severson et al. (Nature Energy 4, 383-391, 2019):
 * features of the difference of the discharge capacity curves Q(V) at cycles 100 and 10, recomputed here from the
 * interpolated curves.
 */
package org.evtwin.core.ml.early;
