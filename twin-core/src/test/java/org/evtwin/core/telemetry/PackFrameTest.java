package org.evtwin.core.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.evtwin.core.model.SyntheticCells;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.junit.jupiter.api.Test;

/** A frame is a copy of the pack at one instant, in fixed units. */
class PackFrameTest {

    @Test
    void captureCopiesTheStateAndDoesNotFollowIt() {
        PackModel model = new PackModel(SyntheticCells.pack(SyntheticCells.linear(), 1, 2, 3, 10, 0.5), 25, 0.8);
        model.setCapacityScale(4, 0.9);
        model.step(1.0, Control.current(6.0));
        PackState s = model.state();
        PackFrame f = PackFrame.capture(s);
        assertEquals(6, f.cellCount());
        assertEquals(1.0, f.timeS(), 0.0);
        assertEquals(6.0, f.packCurrentA(), 0.0);
        assertEquals(s.packVoltageV() * 6.0, f.packPowerW(), 1e-12);
        assertEquals("NONE", f.limit());
        for (int i = 0; i < 6; i++) {
            assertEquals(s.groupVoltageV(i / 3), f.cellVoltageV()[i], 0.0, "cells share their group's voltage");
            assertEquals(s.soc(i), f.cellSoc()[i], 0.0);
            assertEquals(s.cellCurrentA(i), f.cellCurrentA()[i], 0.0);
        }
        // group currents add up to the pack current (Kirchhoff)
        assertEquals(6.0, f.cellCurrentA()[3] + f.cellCurrentA()[4] + f.cellCurrentA()[5], 1e-12);
        assertEquals(Math.min(s.groupVoltageV(0), s.groupVoltageV(1)), f.minCellVoltageV(), 0.0);
        assertEquals(Math.max(s.groupVoltageV(0), s.groupVoltageV(1)), f.maxCellVoltageV(), 0.0);
        assertEquals(1.0, f.meanSoh(), 0.0);
        double socBefore = f.cellSoc()[0];
        model.step(1.0, Control.current(6.0));
        assertEquals(socBefore, f.cellSoc()[0], 0.0, "the frame keeps its values after the model moves on");
        PackFrame g = PackFrame.capture(s);
        assertNotSame(f.cellSoc(), g.cellSoc());
        assertEquals(socBefore - 6.0 / 3 / (SyntheticCells.CAPACITY_AH * 3600), g.cellSoc()[0], 1e-12,
                "group 0 has three identical cells: each carries a third of the pack current");
    }
}
