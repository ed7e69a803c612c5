package org.evtwin.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The latency meter's bookkeeping and percentiles, and the quarantine viewer's payload excerpt. */
class LatencyAndExcerptTest {

    @Test
    void latencyIsMeasuredFromReceiptToTheFirstPulseThatShowsTheFrame() {
        List<PackFrame> frames = LiveTestKit.leafFrames(3, 1.0);
        LatencyMeter m = new LatencyMeter();
        m.onPulse(null, 1_000);
        assertEquals(0, m.count());
        assertTrue(Double.isNaN(m.percentileMs(0.99)));
        m.accept(null, frames.get(0), 10_000_000L);
        m.onPulse(frames.get(0), 14_000_000L);   // shown 4 ms after receipt
        m.onPulse(frames.get(0), 30_000_000L);   // the same frame on a later pulse: not measured again
        assertEquals(1, m.count());
        assertEquals(4.0, m.percentileMs(0.5), 1e-12);
        // the pulse may see a frame before the ingest thread's listener ran: measured from that pulse
        m.onPulse(frames.get(1), 52_000_000L);
        m.accept(null, frames.get(1), 50_000_000L);
        m.onPulse(frames.get(1), 70_000_000L);
        assertEquals(2, m.count());
        assertEquals(2.0, m.percentileMs(0.5), 1e-12);
        assertEquals(4.0, m.percentileMs(0.99), 1e-12);
    }

    @Test
    void percentilesUseTheNearestRankOverTheLastWindow() {
        List<PackFrame> frames = LiveTestKit.leafFrames(1, 1.0);
        LatencyMeter m = new LatencyMeter();
        // 700 samples of 1..700 ms; only the last 600 (101..700 ms) are kept
        for (int i = 1; i <= 700; i++) {
            PackFrame f = new PackFrame(i, 0, 0, 0, "NONE", frames.get(0).cellVoltageV(), frames.get(0).cellCurrentA(),
                    frames.get(0).cellTemperatureC(), frames.get(0).cellSoc(), frames.get(0).cellSoh());
            m.accept(null, f, 0);
            m.onPulse(f, i * 1_000_000L);
        }
        assertEquals(LatencyMeter.WINDOW, m.count());
        assertEquals(400.0, m.percentileMs(0.5), 1e-9);    // rank 300 of 101..700
        assertEquals(694.0, m.percentileMs(0.99), 1e-9);   // rank 594
    }

    @Test
    void payloadExcerptShowsTextAndMarksWhatIsCutOrUnreadable() {
        assertEquals("{\"a\": 1}", QuarantineViewModel.excerpt("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("line one line two", QuarantineViewModel.excerpt("line one\nline two".getBytes(
                StandardCharsets.UTF_8)));
        assertEquals("ab\uFFFDcd", QuarantineViewModel.excerpt(new byte[] {'a', 'b', (byte) 0xC3, 'c', 'd'}));
        String longText = "x".repeat(1000);
        String e = QuarantineViewModel.excerpt(longText.getBytes(StandardCharsets.UTF_8));
        assertEquals("x".repeat(QuarantineViewModel.EXCERPT_CHARS) + "…", e);
    }
}
