package org.evtwin.app.pack3d;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;

/**
 * The benchmark window (see {@link RenderBenchmark} for options): the pack at full size, recoloured every pulse from
 * the newest {@link SimulatedFeed} frame exactly as the workstation does it ({@code apply} + {@code update} in an
 * {@code AnimationTimer}). Frames are counted as pulses: JavaFX waits for the previous frame's rendering before the
 * next pulse, so with the scene changing every pulse, pulses = rendered frames. "FX work per frame" is the FX
 * thread's CPU time (our update plus the pulse's CSS, layout and scene-graph sync) divided by frames.
 */
public final class RenderBenchmarkApp extends Application {
    private SimulatedFeed feed;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        PackTopology pack = Catalog.pack(option(args, "--pack", "model-s-like-96s74p"));
        double seconds = Double.parseDouble(option(args, "--seconds", "10"));
        double warmup = Double.parseDouble(option(args, "--warmup", "3"));
        int width = Integer.parseInt(option(args, "--width", "1280"));
        int height = Integer.parseInt(option(args, "--height", "800"));
        ColourBy colour = ColourBy.valueOf(option(args, "--colour", "CURRENT").toUpperCase(Locale.ROOT));
        boolean json = args.contains("--json");
        Pack3DViewModel vm = new Pack3DViewModel(pack);
        vm.setColourBy(colour);
        vm.setExploded(args.contains("--explode"));
        Pack3DView view = new Pack3DView(vm);
        Scene scene = new Scene(view.root(), width, height);
        feed = new SimulatedFeed(pack, 120);
        Meter meter = new Meter(pack, width, height, view.is3D(), colour, seconds, warmup, json, feed.threadId());
        scene.addPreLayoutPulseListener(meter::layoutStarts);
        scene.addPostLayoutPulseListener(meter::layoutEnds);
        stage.setTitle("pack3d render benchmark — " + pack.name());
        stage.setScene(scene);
        stage.show();
        feed.start();
        new AnimationTimer() {
            private long shown;

            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                SimulatedFeed.Stamped s = feed.latest();
                boolean fresh = s != null && s.sequence() != shown;
                if (fresh) {
                    shown = s.sequence();
                    vm.apply(s.frame());
                }
                view.update();
                if (meter.pulse(t0, System.nanoTime() - t0, fresh) || feed.failure() != null) {
                    stop();
                    if (feed.failure() != null) {
                        System.out.println("feed failed: " + feed.failure());
                    }
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (feed != null) {
            feed.close();
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    /** Counts frames and times, then prints the figures once. */
    private static final class Meter {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final String header;
        private final double seconds;
        private final double warmup;
        private final boolean json;
        private final long[] updates = new long[20_000];
        private long firstDataAt = -1;
        private long firstFrameMs = -1;
        private long measureFrom = -1;
        private int frames;
        private int freshFrames;
        private long fxCpu0;
        private long renderCpu0;
        private long layoutStart;
        private long layoutNanos;
        private long renderThreadId = -1;
        private final long feedThreadId;
        private long feedCpu0;

        Meter(PackTopology pack, int w, int h, boolean is3d, ColourBy colour, double seconds, double warmup,
                boolean json, long feedThreadId) {
            this.feedThreadId = feedThreadId;
            this.seconds = seconds;
            this.warmup = warmup;
            this.json = json;
            this.header = String.format(Locale.ROOT, "\"pack\":\"%s\",\"cells\":%d,\"width\":%d,\"height\":%d,"
                    + "\"scene3d\":%b,\"view\":\"%s\",\"colourBy\":\"%s\",\"cpus\":%d,\"java\":\"%s\","
                    + "\"source\":\"PackModel on a background thread, 1 s steps, 2C/rest/1C-regen pattern,"
                    + " 120 frames/s\"", pack.name(), pack.cellCount(), w, h,
                    Platform.isSupported(ConditionalFeature.SCENE3D), is3d ? "3D" : "2D", colour.name(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        }

        void layoutStarts() {
            layoutStart = System.nanoTime();
        }

        void layoutEnds() {
            if (measureFrom >= 0) {
                layoutNanos += System.nanoTime() - layoutStart;
            }
        }

        /** Called at the end of each pulse's update; true when done. */
        boolean pulse(long start, long updateNanos, boolean fresh) {
            if (firstDataAt < 0) {
                if (fresh) {
                    firstDataAt = start;
                }
                return false;
            }
            if (firstFrameMs < 0) {
                // the previous pulse's frame has been rendered before this pulse began
                firstFrameMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            }
            if (measureFrom < 0) {
                if (start - firstDataAt >= warmup * 1e9) {
                    measureFrom = start;
                    fxCpu0 = threads.getCurrentThreadCpuTime();
                    renderCpu0 = renderCpu();
                    feedCpu0 = threads.getThreadCpuTime(feedThreadId);
                }
                return false;
            }
            if (frames < updates.length) {
                updates[frames] = updateNanos;
            }
            frames++;
            freshFrames += fresh ? 1 : 0;
            if (start - measureFrom < seconds * 1e9) {
                return false;
            }
            report((start - measureFrom) / 1e9);
            return true;
        }

        private long renderCpu() {
            if (renderThreadId < 0) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("QuantumRenderer")) {
                        renderThreadId = t.threadId();
                    }
                }
            }
            return renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
        }

        private void report(double elapsed) {
            long[] u = Arrays.copyOf(updates, Math.min(frames, updates.length));
            Arrays.sort(u);
            double fps = frames / elapsed;
            double medianMs = u[u.length / 2] / 1e6;
            double p95Ms = u[(int) (u.length * 0.95)] / 1e6;
            double fxMs = (threads.getCurrentThreadCpuTime() - fxCpu0) / 1e6 / frames;
            double renderMs = (renderCpu() - renderCpu0) / 1e6 / frames;
            double layoutMs = layoutNanos / 1e6 / frames;
            double feedPercent = (threads.getThreadCpuTime(feedThreadId) - feedCpu0) / 1e7 / elapsed;
            if (json) {
                System.out.println(String.format(Locale.ROOT, "{%s,\"seconds\":%.2f,\"frames\":%d,"
                        + "\"framesWithNewData\":%d,\"fps\":%.2f,\"updateMsMedian\":%.3f,\"updateMsP95\":%.3f,"
                        + "\"layoutPassMsPerFrame\":%.3f,\"fxThreadCpuMsPerFrame\":%.3f,"
                        + "\"renderThreadCpuMsPerFrame\":%.3f,\"feedThreadCpuPercent\":%.1f,"
                        + "\"launchToFirstFrameMs\":%d}", header, elapsed, frames, freshFrames, fps, medianMs, p95Ms,
                        layoutMs, fxMs, renderMs, feedPercent, firstFrameMs));
                return;
            }
            System.out.println("pack3d render benchmark {" + header + "}");
            System.out.printf(Locale.ROOT, "frames: %d in %.2f s = %.1f fps (%d with new data for every cell)%n",
                    frames, elapsed, fps, freshFrames);
            System.out.printf(Locale.ROOT, "FX update (apply + texture upload) per frame: median %.3f ms,"
                    + " p95 %.3f ms%n", medianMs, p95Ms);
            System.out.printf(Locale.ROOT, "FX thread CPU per frame (update + whole pulse): %.3f ms;"
                    + " of which CSS+layout pass %.3f ms%n", fxMs, layoutMs);
            System.out.printf(Locale.ROOT, "render thread CPU per frame: %.3f ms (Mesa's own threads not counted)%n",
                    renderMs);
            System.out.printf(Locale.ROOT, "data source thread (PackModel + frame copy): %.1f %% of a core%n",
                    feedPercent);
            System.out.printf(Locale.ROOT, "launch to first frame: %d ms%n", firstFrameMs);
        }
    }
}
