package org.evtwin.app.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.evtwin.core.TwinException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place unexpected errors end up: logged once (to the log file), then shown as a short message with the
 * details expandable. Installed as the default uncaught-exception handler so nothing dies silently.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final Window owner;
    private final boolean interactive;

    public ErrorReporter(Window owner, boolean interactive) {
        this.owner = owner;
        this.interactive = interactive;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report("Unexpected error on " + thread.getName(), error);
    }

    /** Logs and (when interactive) shows a dialog; safe to call from any thread. */
    public void report(String what, Throwable error) {
        LOG.error("{}", what, error);
        if (!interactive) {
            return;
        }
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle("EV Battery Twin");
            alert.setHeaderText(what);
            alert.setContentText(error instanceof TwinException ? error.getMessage()
                    : error.getClass().getSimpleName() + ": " + error.getMessage());
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
