package org.evtwin.app.rul;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulStatus;
import org.evtwin.core.ml.live.PackRul;

/**
 * The RUL shown in the window, refreshed once per pulse from the monitor's latest evaluation: the pack's value
 * (its weakest cell; NaN when no cell has an answer) for the gauge, a one-line summary with the interval and the
 * failure probability, and the picked cell's answer for the detail panel.
 */
public final class RulViewModel {
    private final Supplier<PackRul> latest;
    private final ReadOnlyDoubleWrapper packCycles = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper packBrief = new ReadOnlyStringWrapper("waiting for the first evaluation");
    private final ReadOnlyStringWrapper packSummary = new ReadOnlyStringWrapper("RUL: waiting for the first"
            + " evaluation");
    private final ReadOnlyStringWrapper packNote = new ReadOnlyStringWrapper("waiting for the first evaluation");
    private final ReadOnlyStringWrapper cellLine = new ReadOnlyStringWrapper("");
    private final IntegerProperty cell = new SimpleIntegerProperty(-1);
    private PackRul shown;

    /** @param latest the monitor's newest evaluation (null before the first) */
    public RulViewModel(Supplier<PackRul> latest) {
        this.latest = latest;
        cell.addListener((o, a, b) -> refreshCell());
    }

    /** Picked cell (−1 for none). */
    public IntegerProperty cellProperty() {
        return cell;
    }

    /** Pack RUL [cycles] for the gauge: the weakest answered cell; NaN when no cell has a number. */
    public ReadOnlyDoubleProperty packCyclesProperty() {
        return packCycles.getReadOnlyProperty();
    }

    /** A few words under the gauge when there is no number ("too little history"). */
    public ReadOnlyStringProperty packBriefProperty() {
        return packBrief.getReadOnlyProperty();
    }

    /** Under the gauge: the interval when there is a number, else why there is none. */
    public ReadOnlyStringProperty packNoteProperty() {
        return packNote.getReadOnlyProperty();
    }

    /** One line for the pack: value, interval, probability, weakest cell, or why there is no number. */
    public ReadOnlyStringProperty packSummaryProperty() {
        return packSummary.getReadOnlyProperty();
    }

    /** The picked cell's RUL line for the detail panel. */
    public ReadOnlyStringProperty cellLineProperty() {
        return cellLine.getReadOnlyProperty();
    }

    /** Once per pulse: takes a new evaluation if there is one. */
    public void update() {
        PackRul r = latest.get();
        if (r == null || r == shown) {
            return;
        }
        shown = r;
        RulEstimate pack = r.pack();
        boolean number = pack.ok() || pack.status() == RulStatus.END_OF_LIFE_REACHED;
        packCycles.set(number ? pack.cycles() : Double.NaN);
        packBrief.set(RulText.brief(pack));
        packNote.set(pack.ok() ? String.format(Locale.ROOT, "%.0f %% interval %.0f–%.0f, cell %d",
                100 * org.evtwin.core.ml.Calibration.LEVEL, pack.lower(), pack.upper(), r.weakest())
                : RulText.brief(pack));
        packSummary.set(number
                ? String.format(Locale.ROOT, "Pack RUL (weakest cell %d): %s", r.weakest(), RulText.describe(pack))
                : String.format(Locale.ROOT, "Pack RUL: %s (%d of %d cells answered)", RulText.describe(pack),
                        r.cells().size() - unanswered(r), r.cells().size()));
        refreshCell();
    }

    private static int unanswered(PackRul r) {
        return r.count(RulStatus.NOT_ENOUGH_HISTORY) + r.count(RulStatus.OUTSIDE_DOMAIN)
                + r.count(RulStatus.INVALID_INPUT);
    }

    private void refreshCell() {
        int i = cell.get();
        if (shown == null || i < 0 || i >= shown.cells().size()) {
            cellLine.set(i < 0 ? "" : "RUL: waiting for the first evaluation");
            return;
        }
        cellLine.set("RUL: " + RulText.describe(shown.cells().get(i)));
    }
}
