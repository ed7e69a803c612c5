package org.evtwin.app.alerts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.evtwin.core.alerts.Severity;

/**
 * The alerts table: newest first, every column sortable (by the underlying number, not the text), rows coloured by
 * severity (pseudo-classes {@code :alert-critical}, {@code :alert-warning}, {@code :alert-cleared}), a summary line
 * with the active counts, and ControlsFX notifications at the bottom right of the owner window for the view model's
 * rate-limited notices. All data comes from {@link AlertsViewModel}; this class only draws.
 */
public final class AlertsView {
    static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("alert-critical");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("alert-warning");
    static final PseudoClass CLEARED = PseudoClass.getPseudoClass("alert-cleared");
    private static final String CSS = String.join("\n",
            ".alerts-table .table-row-cell:alert-critical { -fx-control-inner-background: #f8d2cf;"
                    + " -fx-control-inner-background-alt: #f3c4c0; }",
            ".alerts-table .table-row-cell:alert-warning { -fx-control-inner-background: #fff0c2;"
                    + " -fx-control-inner-background-alt: #fbe7ad; }",
            ".alerts-table .table-row-cell:alert-cleared { -fx-control-inner-background: #eef3ee;"
                    + " -fx-control-inner-background-alt: #e6ede6; }",
            ".alerts-table .table-row-cell:alert-cleared .table-cell { -fx-text-fill: #5f6b5f; }",
            ".alerts-table .table-row-cell:alert-cleared:selected .table-cell { -fx-text-fill: white; }",
            ".alerts-table .severity-cell { -fx-font-weight: bold; }");
    private static final Duration NOTICE_DURATION = Duration.seconds(6);

    private final BorderPane root;
    private final TableView<AlertRow> table = new TableView<>();

    public AlertsView(AlertsViewModel model) {
        SortedList<AlertRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("alerts-table");
        table.getStyleClass().add("alerts-table");
        table.getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No alerts"));
        table.getColumns().add(rightAligned(column("Time", 80, AlertRow::timeS, AlertRow::time)));
        table.getColumns().add(rightAligned(column("Cell", 60, AlertRow::cell, AlertRow::cellText)));
        table.getColumns().add(column("Rule", 160, AlertRow::ruleText, AlertRow::ruleText));
        table.getColumns().add(rightAligned(column("Value", 100, AlertRow::value, AlertRow::valueText)));
        TableColumn<AlertRow, AlertRow> severity = column("Severity", 90, AlertRow::severity,
                r -> r.severity().name().toLowerCase(Locale.ROOT));
        severity.getStyleClass().add("severity-cell");
        table.getColumns().add(severity);
        table.getColumns().add(column("State", 80, AlertRow::state, AlertRow::state));
        table.getColumns().add(column("Message", 420, AlertRow::message, AlertRow::message));
        table.setRowFactory(t -> new SeverityRow());

        Label summary = new Label();
        summary.setId("alerts-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model),
                model.activeCountProperty(), model.criticalCountProperty(), model.droppedProperty()));
        root = new BorderPane(table);
        root.setTop(summary);
        BorderPane.setAlignment(summary, Pos.CENTER_LEFT);
        BorderPane.setMargin(summary, new Insets(6, 8, 6, 8));
        model.setNotificationSink(this::notify);
    }

    public Parent root() {
        return root;
    }

    private static String summary(AlertsViewModel m) {
        String s = "Active alerts: " + m.activeCountProperty().get() + " (" + m.criticalCountProperty().get()
                + " critical)";
        long dropped = m.droppedProperty().get();
        return dropped == 0 ? s : s + " — " + dropped + " older events not shown";
    }

    /** A column whose cells show {@code text} and sort by {@code key}. */
    private static <K extends Comparable<? super K>> TableColumn<AlertRow, AlertRow> column(String title, double width,
            Function<AlertRow, K> key, Function<AlertRow, String> text) {
        TableColumn<AlertRow, AlertRow> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(Comparator.comparing(key));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        return c;
    }

    private static <S, T> TableColumn<S, T> rightAligned(TableColumn<S, T> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Shows a notice as a ControlsFX notification over the owner window (skipped while the view is not shown). */
    private void notify(AlertsViewModel.Notice notice) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().title(notice.title()).text(notice.text()).owner(owner)
                .position(Pos.BOTTOM_RIGHT).hideAfter(NOTICE_DURATION);
        if (notice.severity() == Severity.CRITICAL) {
            n.showError();
        } else {
            n.showWarning();
        }
    }

    /** A table row with the severity pseudo-classes of its item. */
    private static final class SeverityRow extends TableRow<AlertRow> {
        @Override
        protected void updateItem(AlertRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean has = !empty && row != null;
            boolean cleared = has && row.cleared();
            pseudoClassStateChanged(CLEARED, cleared);
            pseudoClassStateChanged(CRITICAL, has && !cleared && row.severity() == Severity.CRITICAL);
            pseudoClassStateChanged(WARNING, has && !cleared && row.severity() == Severity.WARNING);
        }
    }
}
