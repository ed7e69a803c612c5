package org.evtwin.core.ml.live;

import java.util.List;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulStatus;

/**
 * One RUL evaluation of a whole pack: every cell's answer, and the pack's, which is its weakest answered cell (a
 * pack reaches end of life with its first cell, since the series string is limited by it).
 *
 * @param timeS    source time of the histories used [s]
 * @param cells    one answer per cell (topology order)
 * @param weakest  index of the cell with the fewest remaining cycles among those answered, -1 when none was
 * @param computeNanos time the batch prediction took [ns] (shown in the model card, a benchmark lives elsewhere)
 */
public record PackRul(double timeS, List<RulEstimate> cells, int weakest, long computeNanos) {

    public PackRul {
        cells = List.copyOf(cells);
    }

    /** From the cell answers: the weakest is the answered (OK or end-of-life) cell with the fewest cycles. */
    public static PackRul of(double timeS, List<RulEstimate> cells, long nanos) {
        int weakest = -1;
        for (int i = 0; i < cells.size(); i++) {
            RulEstimate e = cells.get(i);
            boolean answered = e.ok() || e.status() == RulStatus.END_OF_LIFE_REACHED;
            if (answered && (weakest < 0 || e.cycles() < cells.get(weakest).cycles())) {
                weakest = i;
            }
        }
        return new PackRul(timeS, cells, weakest, nanos);
    }

    /** The pack's answer: the weakest cell's, or (when no cell is answered) the first cell's reason. */
    public RulEstimate pack() {
        return weakest >= 0 ? cells.get(weakest) : cells.get(0);
    }

    /** How many cells got each status, e.g. for "OUTSIDE_DOMAIN: 192 cells". */
    public int count(RulStatus status) {
        int n = 0;
        for (RulEstimate e : cells) {
            n += e.status() == status ? 1 : 0;
        }
        return n;
    }
}
