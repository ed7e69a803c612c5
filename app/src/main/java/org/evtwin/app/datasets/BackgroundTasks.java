package org.evtwin.app.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Where the data-set views do their work: store calls on one background thread (in submission order, so a delete
 * and the list that follows it never overtake each other), results handed to the UI thread once per task. The UI
 * executor is {@link Platform#runLater} in the application and a plain executor in tests, so the view models are
 * tested without a window.
 */
public final class BackgroundTasks implements AutoCloseable {
    private final ExecutorService worker;
    private final Executor ui;

    /** @param ui runs result handlers on the UI thread ({@code Platform::runLater}) */
    public BackgroundTasks(String threadName, Executor ui) {
        this.ui = ui;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Tasks for the JavaFX application: results on the FX thread. */
    public static BackgroundTasks forFx(String threadName) {
        return new BackgroundTasks(threadName, Platform::runLater);
    }

    /**
     * Runs {@code work} on the background thread, then {@code onResult} or {@code onError} on the UI thread. The
     * returned future completes after the handler ran (tests wait on it).
     */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        CompletableFuture<T> done = new CompletableFuture<>();
        worker.execute(() -> {
            T value;
            try {
                value = work.get();
            } catch (RuntimeException | Error e) {
                ui.execute(() -> {
                    try {
                        onError.accept(e);
                    } finally {
                        done.completeExceptionally(e);
                    }
                });
                return;
            }
            ui.execute(() -> {
                try {
                    onResult.accept(value);
                    done.complete(value);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    throw e;
                }
            });
        });
        return done;
    }

    /**
     * A value reported often by the background thread (progress) that reaches the UI thread at most once per
     * pending hand-off: a newer value replaces one the UI has not taken yet, so a slow UI never builds a queue.
     */
    public <T> Consumer<T> coalescing(Consumer<T> onUi) {
        AtomicReference<T> pending = new AtomicReference<>();
        return value -> {
            if (pending.getAndSet(value) == null) {
                ui.execute(() -> {
                    T latest = pending.getAndSet(null);
                    if (latest != null) {
                        onUi.accept(latest);
                    }
                });
            }
        };
    }

    /** Runs on the UI executor (for state changes that must happen there). */
    public void onUi(Runnable r) {
        ui.execute(r);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
