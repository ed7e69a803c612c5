package org.evtwin.app.rul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.RulService;
import org.evtwin.core.ml.RulStatus;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.live.PackRul;
import org.junit.jupiter.api.Test;

/** What the gauge and the cell panel show, from real predictions of the shipped model. */
class RulViewModelTest {
    private static final RulService SERVICE = RulService.withDefaultModel();

    private static CellHistory linear(String id, double startAh, double fade, int n) {
        double[] c = new double[n];
        double[] q = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i + 1;
            q[i] = startAh - fade * i;
            t[i] = 35;
        }
        return new CellHistory(id, 2.0, 1.4, c, q, t, null);
    }

    @Test
    void packShowsItsWeakestCellWithIntervalAndProbability() {
        List<RulEstimate> cells = SERVICE.predictAll(List.of(linear("cell 0", 1.86, 0.0025, 60),
                linear("cell 1", 1.86, 0.0036, 60), linear("cell 2", 1.9, 0.004, 5)));
        AtomicReference<PackRul> latest = new AtomicReference<>(PackRul.of(3600, cells, 0));
        RulViewModel vm = new RulViewModel(latest::get);
        vm.update();
        RulEstimate weakest = cells.get(1);
        assertEquals(RulStatus.OK, weakest.status(), weakest.reason());
        assertEquals(weakest.cycles(), vm.packCyclesProperty().get(), 0.0);
        assertTrue(vm.packSummaryProperty().get().startsWith("Pack RUL (weakest cell 1): "
                + Math.round(weakest.cycles()) + " cycles (90 % interval "), vm.packSummaryProperty().get());
        vm.cellProperty().set(2);
        assertEquals("RUL: not enough history yet: cell 2: needs at least 10 cycles with a measured capacity, has 5",
                vm.cellLineProperty().get());
    }

    @Test
    void beforeTheFirstEvaluationItSaysSoNotThatAModelIsLoading() {
        // the model is read only when a cell first needs it, so "loading the model" would be untrue at start-up
        RulViewModel vm = new RulViewModel(() -> null);
        vm.update();
        assertEquals("waiting for the first evaluation", vm.packNoteProperty().get());
        assertEquals("waiting for the first evaluation", vm.packBriefProperty().get());
        assertTrue(Double.isNaN(vm.packCyclesProperty().get()));
    }

    @Test
    void noAnsweredCellIsNotANumber() {
        List<RulEstimate> cells = SERVICE.predictAll(List.of(linear("cell 0", 1.9, 0.004, 3)));
        RulViewModel vm = new RulViewModel(() -> PackRul.of(0, cells, 0));
        vm.update();
        assertTrue(Double.isNaN(vm.packCyclesProperty().get()));
        assertEquals("too little history (needs 10 cycles)", vm.packBriefProperty().get());
        assertEquals("Pack RUL: not enough history yet: cell 0: needs at least 10 cycles with a measured capacity,"
                + " has 3 (0 of 1 cells answered)", vm.packSummaryProperty().get());
    }

    @Test
    void modelCardNamesDataMetricsAndDomain() {
        String text = ModelCardText.format(SERVICE.card());
        assertTrue(text.contains("Task: history"), text);
        assertTrue(text.contains("B0005"), text);
        assertTrue(text.contains("Domain"), text);
    }
}
