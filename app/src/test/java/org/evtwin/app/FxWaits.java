package org.evtwin.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting on the running workstation in TestFX tests: conditions with a bound, FX-thread calls, what is showing. */
final class FxWaits {
    private FxWaits() {
    }

    static void waitFor(BooleanSupplier condition, String what) throws Exception {
        waitFor(condition, () -> what);
    }

    /** Waits up to 30 s; on time-out fails with the message (computed then, so it can show what was seen). */
    static void waitFor(BooleanSupplier condition, Supplier<String> what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            // reported below with the message
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    static <T> T onFxQuiet(Callable<T> action) {
        try {
            return onFx(action);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives the window keyboard focus: an alert notification (a popup window) may have taken it, and key presses go
     * to the focused window. Without a window manager (Xvfb) a focus request can be lost while another window maps,
     * so it is repeated (request, then {@code click} on a node of the window); if focus never comes, the message lists
     * the windows showing (an error dialog, for example, would keep it and is then named).
     */
    static void focus(Window window, Callable<?> click) throws Exception {
        for (int attempt = 0; attempt < 6 && !onFx(window::isFocused); attempt++) {
            onFx(() -> {
                window.requestFocus();
                return null;
            });
            click.call();
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window::isFocused);
            } catch (TimeoutException e) {
                // asked again
            }
        }
        waitFor(window::isFocused, () -> "the window has keyboard focus; windows showing: " + showingWindows());
    }

    /**
     * Clicks the node {@code query} finds, once one is showing in a scene. TestFX looks the node up, then computes its
     * screen bounds from its scene; if the window takes the node out of its scene in between (a part rebuilt on the
     * FX thread), that fails with a NullPointerException, and the node is looked up again (at most three times).
     */
    static Void click(FxRobot robot, String query) throws Exception {
        for (int attempt = 1;; attempt++) {
            waitFor(() -> onFxQuiet(() -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null
                    && n.isVisible()).orElse(false)), "'" + query + "' showing");
            try {
                robot.clickOn(query);
                return null;
            } catch (NullPointerException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The showing stage with this title, or null (safe from any thread). */
    static Stage window(String title) {
        return onFxQuiet(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElse(null));
    }

    /** Each showing window: its kind, title, modality, whether it has focus, and a dialog's header and text. */
    static String showingWindows() {
        return onFxQuiet(() -> {
            StringBuilder out = new StringBuilder();
            for (Window w : Window.getWindows()) {
                out.append("\n  ").append(w.getClass().getSimpleName()).append(w.isFocused() ? " (focused)" : "");
                if (w instanceof Stage s) {
                    out.append(" '").append(s.getTitle()).append("' ").append(s.getModality());
                }
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane d) {
                    out.append(": ").append(d.getHeaderText()).append(" / ").append(d.getContentText());
                }
            }
            return out.toString();
        });
    }
}
