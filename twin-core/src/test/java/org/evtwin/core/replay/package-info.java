/**
 * Tests of the replay: frame timing at several speeds and play/pause/seek/loop/bookmarks on a fake clock (exact wall
 * times, no real waiting), the model alongside (zero residual on its own output, initial SoC, channel mapping), and
 * the residual on real NASA discharges against the validation's numbers.
 */
package org.evtwin.core.replay;
