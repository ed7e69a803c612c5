package org.evtwin.core.physics.ageing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class AgeingModelsTest {

    @Test
    void namesResolveCaseInsensitively() {
        assertEquals(List.of("schmalstieg-nmc", "wang-lfp", "none"), AgeingModels.names());
        assertInstanceOf(SchmalstiegNmcAgeing.class, AgeingModels.byName(" Schmalstieg-NMC "));
        assertInstanceOf(WangLfpAgeing.class, AgeingModels.byName("wang-lfp"));
        assertInstanceOf(NoAgeing.class, AgeingModels.byName("none"));
        for (String n : AgeingModels.names()) {
            assertEquals(n, AgeingModels.byName(n).name());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        TwinException e = assertThrows(TwinException.class, () -> AgeingModels.byName("arrhenius"));
        assertTrue(e.getMessage().contains("arrhenius") && e.getMessage().contains("wang-lfp"), e.getMessage());
        assertThrows(TwinException.class, () -> AgeingModels.byName(null));
    }

    @Test
    void noAgeingLeavesCellsNew() {
        AgeingState st = AgeingState.uniform(4, 3600.0);
        AgeingStress s = new AgeingStress(4);
        s.accumulate(0, 4, 1e6, new double[] {60, 60, 60, 60}, new double[] {4.2, 4.2, 4.2, 4.2},
                new double[] {1, 1, 1, 1}, new double[] {10, 10, 10, 10});
        AgeingModels.byName("none").advance(st, s, 0, 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, st.soh(i));
            assertEquals(1.0, st.resistanceFactor(i));
        }
    }
}
