package org.evtwin.app.rul;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.evtwin.core.ml.ModelFile;
import org.evtwin.core.ml.RulModel;
import org.evtwin.core.ml.RulTrainer;
import org.evtwin.core.ml.TrainerKind;
import org.evtwin.core.ml.data.NasaHistories;
import org.evtwin.core.ml.data.TrainingData;

/**
 * Retraining the history RUL model from the app, as {@code twin rul train --task history} does: NASA PCoE folders,
 * pure-Java trainers compared by cross-validation on whole held-out cells, progress per fit, cancel between fits.
 * The trained model is written to the user's model folder; the caller decides whether to use it.
 */
public final class RulTrainingViewModel {
    /** What the shipped model's card says it predicts (the same words, so the cards compare). */
    static final String TARGET = "remaining cycles until the first cycle whose discharge capacity is below the"
            + " end-of-life threshold (NASA: 1.4 Ah = 70 % of 2.0 Ah nominal)";
    private final Path modelFolder;
    private final Consumer<Runnable> background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose NASA PCoE data folders.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Task<RulModel> task;
    private RulModel trained;
    private Path written;

    /**
     * @param modelFolder where trained models are written (the per-user data folder's {@code models})
     * @param background  runs the training (a daemon thread in the app; the calling thread in tests)
     */
    public RulTrainingViewModel(Path modelFolder, Consumer<Runnable> background) {
        this.modelFolder = modelFolder;
        this.background = background;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The model of the last successful run (null before). */
    public RulModel trained() {
        return trained;
    }

    /** Its file (null before). */
    public Path written() {
        return written;
    }

    /** Starts training on the folders (FX thread); {@code onDone} runs on the FX thread with the model. */
    public void start(List<Path> folders, Consumer<RulModel> onDone) {
        if (running.get()) {
            return;
        }
        Path out = modelFolder.resolve("rul-history-" + LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".tribuo");
        task = new Task<>() {
            @Override
            protected RulModel call() {
                updateMessage("Reading " + folders.size() + " folder(s)…");
                var loaded = TrainingData.nasa(folders, NasaHistories.EOL_AH);
                var set = TrainingData.history(loaded);
                var result = RulTrainer.train(set, TARGET, TrainerKind.pureJava(org.evtwin.core.ml.Task.HISTORY), 0.05,
                        (done, total, what) -> {
                            updateProgress(done, total);
                            updateMessage(String.format(Locale.ROOT, "Fit %d of %d: %s", Math.min(done + 1, total),
                                    total, what));
                        }, this::isCancelled);
                ModelFile.save(result.model(), out);
                return result.model();
            }
        };
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> {
            finish();
            trained = task.getValue();
            written = out;
            message.set("Trained " + trained.trainer().cliName() + "; written to " + out);
            onDone.accept(trained);
        });
        task.setOnCancelled(e -> {
            finish();
            message.set("Training cancelled; nothing was written.");
        });
        task.setOnFailed(e -> {
            finish();
            Throwable t = task.getException();
            message.set(t instanceof CancellationException ? "Training cancelled; nothing was written."
                    : "Training failed: " + t.getMessage());
        });
        background.accept(task);
    }

    /** Stops the training at the next fit. */
    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        running.set(false);
    }
}
