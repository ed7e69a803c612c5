package org.evtwin.app.replay;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.app.datasets.Formats;
import org.evtwin.core.engine.SourceStatus;
import org.evtwin.core.TwinException;
import org.evtwin.core.replay.Bookmarks;
import org.evtwin.core.replay.LatestReplayFrame;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.replay.ReplayStatus;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;

/**
 * The replay panel's state: data set, time cursor, play/pause, speed (0.1×–1000× or as fast as possible), loop,
 * bookmarks, and the residual statistics of the model running alongside. Commands go straight to the
 * {@link ReplayEngine} (it applies them between two frames); the cursor, state and residuals are read once per pulse
 * in {@link #update()}, never per frame. No scene classes.
 */
public final class ReplayControlsViewModel {
    /** Speeds offered by the slider, as powers of ten: 0.1× … 1000×. */
    public static final double MIN_LOG_SPEED = Math.log10(ReplayEngine.MIN_SPEED);
    public static final double MAX_LOG_SPEED = Math.log10(ReplayEngine.MAX_SPEED);

    private final ReplayEngine engine;
    private final String dataSetName;
    private final BookmarkKeeper bookmarkKeeper;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed");
    private final BooleanProperty asFastAsPossible = new SimpleBooleanProperty(this, "asFastAsPossible");
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final StringProperty bookmarkName = new SimpleStringProperty(this, "bookmarkName", "");
    private final ObservableList<Bookmarks.Bookmark> bookmarks = FXCollections.observableArrayList();
    private final ObservableList<ResidualRow> residuals = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position", 0);
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(this, "duration", 0);
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long residualSequence;
    private Runnable onLeave = () -> { };
    private double[] cellVoltageResidualV = new double[0];

    /**
     * Bookmarks in memory only.
     *
     * @param dataSetName shown as the panel's title (the engine's status carries failures in its message)
     */
    public ReplayControlsViewModel(ReplayEngine engine, String dataSetName) {
        this(engine, dataSetName, new BookmarkKeeper(engine.bookmarks(), null, -1));
    }

    /** Bookmarks kept with the data set in {@code store}: shown again when it is replayed again. */
    public ReplayControlsViewModel(ReplayEngine engine, DataSetInfo dataSet, DataSetStore store) {
        this(engine, dataSet.name(), new BookmarkKeeper(engine.bookmarks(), store, dataSet.id()));
    }

    private ReplayControlsViewModel(ReplayEngine engine, String dataSetName, BookmarkKeeper keeper) {
        this.engine = engine;
        this.dataSetName = dataSetName;
        this.bookmarkKeeper = keeper;
        message.set(keeper.load());
        bookmarks.setAll(keeper.list());
        playing.set(!engine.paused());
        double s = engine.speed();
        asFastAsPossible.set(Double.isInfinite(s));
        speed.set(Double.isInfinite(s) ? 1 : s);
        loop.set(engine.status().loop());
        playing.addListener((o, a, p) -> {
            if (p && atEnd(engine.status())) {
                engine.seek(engine.status().fromS());   // play after the end starts again from the beginning
            }
            engine.setPaused(!p);
        });
        speed.addListener((o, a, v) -> applySpeed());
        asFastAsPossible.addListener((o, a, v) -> applySpeed());
        loop.addListener((o, a, v) -> engine.setLoop(v));
        update();
    }

    private void applySpeed() {
        engine.setSpeed(asFastAsPossible.get() ? ReplayEngine.AS_FAST_AS_POSSIBLE
                : Math.max(ReplayEngine.MIN_SPEED, Math.min(ReplayEngine.MAX_SPEED, speed.get())));
    }

    /** Reads the cursor, state and newest residuals; call once per pulse on the FX thread. */
    public void update() {
        ReplayStatus s = engine.status();
        duration.set(s.durationS());
        position.set(Math.max(0, s.positionS() - s.fromS()));
        positionText.set(Formats.hms(position.get()) + " / " + Formats.hms(s.durationS()));
        stateText.set(stateText(s));
        if (s.state() == SourceStatus.State.ENDED && playing.get() && !s.loop()) {
            playing.set(false);   // pauses the engine at the end: Play then starts from the beginning
        }
        LatestReplayFrame.Stamped f = engine.latestReplay().get();
        if (f != null && f.sequence() != residualSequence) {
            residualSequence = f.sequence();
            cellVoltageResidualV = f.frame().cellVoltageResidualV();
            List<ResidualRow> rows = f.frame().statistics().stream().map(ResidualRow::of).toList();
            if (!rows.equals(residuals)) {
                residuals.setAll(rows);
            }
        }
    }

    private static String stateText(ReplayStatus s) {
        String speed = Double.isInfinite(s.speed()) ? "as fast as possible" : String.format(Locale.ROOT, "%s×",
                speedLabel(s.speed()));
        return switch (s.state()) {
            case STARTING -> "Starting…";
            case RUNNING -> "Playing at " + speed + (s.loop() ? ", looping" : "");
            case PAUSED -> atEnd(s) ? "Ended (" + Formats.count(s.frames()) + " frames)" : "Paused";
            case ENDED -> "Ended (" + Formats.count(s.frames()) + " frames)";
            case FAILED -> "Failed: " + s.message();
            case STOPPED -> "Stopped";
        };
    }

    /** Ended, or paused on the window's last sample (what the panel does at the end). */
    private static boolean atEnd(ReplayStatus s) {
        return s.state() == SourceStatus.State.ENDED || s.state() == SourceStatus.State.PAUSED && s.frames() > 0
                && s.positionS() >= s.toS();
    }

    /** "0.1", "2.5", "60", "1000": at most two significant digits below 10. */
    public static String speedLabel(double speed) {
        return speed >= 10 ? String.format(Locale.ROOT, "%.0f", speed)
                : String.format(Locale.ROOT, "%.2g", speed).replaceAll("\\.?0+$", "");
    }

    /** The speed for a slider position (log10 of the speed), rounded to two significant digits. */
    public static double speedFromLog(double log10) {
        double raw = Math.pow(10, Math.max(MIN_LOG_SPEED, Math.min(MAX_LOG_SPEED, log10)));
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
        return Math.round(raw / magnitude) * magnitude;
    }

    /** Moves the cursor to {@code secondsFromStart} into the recording (clamped to it). */
    public void seek(double secondsFromStart) {
        ReplayStatus s = engine.status();
        engine.seek(Math.max(s.fromS(), Math.min(s.toS(), s.fromS() + secondsFromStart)));
    }

    /** Adds (or moves) a bookmark named {@link #bookmarkNameProperty} at the cursor. */
    public void addBookmark() {
        String name = bookmarkName.get() == null ? "" : bookmarkName.get().strip();
        if (name.isEmpty()) {
            message.set("Give the bookmark a name.");
            return;
        }
        double t = engine.status().positionS();
        try {
            bookmarkKeeper.put(name, t);
            bookmarks.setAll(bookmarkKeeper.list());
            bookmarkName.set("");
            message.set("Bookmark \"" + name + "\" at " + Formats.hms(t - engine.status().fromS()) + ".");
        } catch (IllegalArgumentException | TwinException e) {
            message.set(e.getMessage());
        }
    }

    /** Moves the cursor to a bookmark. */
    public void jumpTo(Bookmarks.Bookmark b) {
        engine.seek(b.timeS());
        message.set("At bookmark \"" + b.name() + "\".");
    }

    public void removeBookmark(Bookmarks.Bookmark b) {
        try {
            bookmarkKeeper.remove(b.name());
        } catch (TwinException e) {
            message.set(e.getMessage());
        }
        bookmarks.setAll(bookmarkKeeper.list());
    }

    /** Time of a bookmark from the recording's start, as h:mm:ss. */
    public String bookmarkTime(Bookmarks.Bookmark b) {
        return Formats.hms(b.timeS() - engine.status().fromS());
    }

    /** Leaves the replay (the composition root switches back to the simulator and closes the engine). */
    public void leave() {
        engine.pause();
        onLeave.run();
    }

    public void setOnLeave(Runnable action) {
        onLeave = action;
    }

    public String dataSetName() {
        return dataSetName;
    }

    /**
     * Per cell of the model, measured − model terminal voltage [V] of the newest frame read by {@link #update()}
     * (NaN where not measured; empty before the first frame). Note the sign: the 3D view's
     * {@code Pack3DViewModel.applyResidual} documents model − measured.
     */
    public double[] cellVoltageResidualV() {
        return cellVoltageResidualV.clone();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Recording seconds per wall second, 0.1–1000 (ignored while {@link #asFastAsPossibleProperty} is set). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty asFastAsPossibleProperty() {
        return asFastAsPossible;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public StringProperty bookmarkNameProperty() {
        return bookmarkName;
    }

    /** Bookmarks in time order. */
    public ObservableList<Bookmarks.Bookmark> bookmarks() {
        return bookmarks;
    }

    /** RMSE, max |residual| and mean per compared signal, display units. */
    public ObservableList<ResidualRow> residuals() {
        return residuals;
    }

    /** Cursor [s] from the recording's start. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Length of the recording [s]. */
    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** "0:12:34 / 1:02:03". */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** Outcome of the last bookmark command, or why it did not work. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
