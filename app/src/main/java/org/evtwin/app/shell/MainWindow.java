package org.evtwin.app.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.evtwin.app.settings.UserSettings;

/**
 * The main window's layout: menu bar on top; simulator panel on the left; the 3D pack in the centre with gauges and
 * the picked cell's details on the right; charts, alerts and what-if in tabs below; a status line at the bottom.
 * Divider positions are remembered.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final SplitPane horizontal;
    private final SplitPane vertical;
    private final TabPane tabs;

    /** The parts the composition root hands in. */
    public record Parts(MenuBar menus, Node controls, Node pack, Node gauges, Node cellDetail, Node history,
            Node alerts, Node whatIf, ObservableStringValue status, ObservableStringValue alertSummary) {
    }

    public MainWindow(Parts parts, UserSettings settings) {
        VBox rightContent = new VBox(8, parts.gauges(), parts.cellDetail());
        rightContent.setPadding(new Insets(6));
        javafx.scene.control.ScrollPane right = new javafx.scene.control.ScrollPane(rightContent);
        right.setFitToWidth(true);
        right.setMinWidth(430);
        horizontal = new SplitPane(parts.controls(), parts.pack(), right);
        horizontal.setDividerPositions(settings.getDouble("layout.left", 0.2), settings.getDouble("layout.right", 0.66));
        SplitPane.setResizableWithParent(parts.controls(), false);
        SplitPane.setResizableWithParent(right, false);
        tabs = new TabPane(tab("Charts", parts.history(), "tab-charts"), tab("Alerts", parts.alerts(), "tab-alerts"),
                tab("What-if", parts.whatIf(), "tab-whatif"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select((int) settings.getDouble("layout.tab", 0));
        vertical = new SplitPane(horizontal, tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(settings.getDouble("layout.bottom", 0.62));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(parts.status());
        Label alerts = new Label();
        alerts.setId("alert-summary");
        alerts.textProperty().bind(parts.alertSummary());
        HBox bar = new HBox(16, status, alerts);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setStyle("-fx-background-color: #eceff1; -fx-border-color: #cfd8dc transparent transparent transparent;");
        root.setTop(parts.menus());
        root.setCenter(vertical);
        root.setBottom(bar);
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Remembers the layout for next time. */
    public void saveLayout(UserSettings settings) {
        double[] h = horizontal.getDividerPositions();
        settings.put("layout.left", h[0]);
        settings.put("layout.right", h[1]);
        settings.put("layout.bottom", vertical.getDividerPositions()[0]);
        settings.put("layout.tab", tabs.getSelectionModel().getSelectedIndex());
    }
}
