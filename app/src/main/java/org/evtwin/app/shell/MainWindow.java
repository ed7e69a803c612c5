package org.evtwin.app.shell;

import java.util.function.Supplier;
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
    private final VBox rightContent = new VBox(8);
    private final Tab historyTab;
    private final Tab alertsTab;
    private final Label alertSummary = new Label();

    /** The parts built for one pack topology; {@link #showPack} swaps them when the source's pack changes. */
    public record PackParts(Node pack, Node gauges, Node cellDetail, Node history, Node alerts) {
    }

    /** The parts the composition root hands in. */
    public record Parts(MenuBar menus, Node sources, PackParts pack, Supplier<Node> whatIf, Supplier<Node> dataSets,
            ObservableStringValue status, ObservableStringValue alertSummary) {
    }

    public MainWindow(Parts parts, UserSettings settings) {
        rightContent.getChildren().setAll(parts.pack().gauges(), parts.pack().cellDetail());
        rightContent.setPadding(new Insets(6));
        javafx.scene.control.ScrollPane right = new javafx.scene.control.ScrollPane(rightContent);
        right.setFitToWidth(true);
        right.setMinWidth(430);
        horizontal = new SplitPane(parts.sources(), parts.pack().pack(), right);
        horizontal.setDividerPositions(settings.getDouble("layout.left", 0.2), settings.getDouble("layout.right", 0.66));
        SplitPane.setResizableWithParent(parts.sources(), false);
        SplitPane.setResizableWithParent(right, false);
        historyTab = tab("Charts", parts.pack().history(), "tab-charts");
        alertsTab = tab("Alerts", parts.pack().alerts(), "tab-alerts");
        Tab whatIf = tab("What-if", null, "tab-whatif");
        buildOnFirstSelection(whatIf, parts.whatIf());
        Tab dataSets = tab("Data sets", null, "tab-datasets");
        buildOnFirstSelection(dataSets, parts.dataSets());
        tabs = new TabPane(historyTab, alertsTab, whatIf, dataSets);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vertical = new SplitPane(horizontal, tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(settings.getDouble("layout.bottom", 0.62));
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(parts.status());
        alertSummary.setId("alert-summary");
        alertSummary.textProperty().bind(parts.alertSummary());
        HBox bar = new HBox(16, status, alertSummary);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setStyle("-fx-background-color: #eceff1; -fx-border-color: #cfd8dc transparent transparent transparent;");
        root.setTop(parts.menus());
        root.setCenter(vertical);
        root.setBottom(bar);
    }

    /** A tab whose content is built when it is first shown: hidden tabs cost nothing at start-up. */
    private static void buildOnFirstSelection(Tab tab, Supplier<Node> content) {
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is && tab.getContent() == null) {
                    tab.setContent(content.get());
                    tab.selectedProperty().removeListener(this);
                }
            }
        });
    }

    /**
     * Completes the window after its first frame: the pack's other views and the tab the user last had open (the
     * first frame shows the 3D pack alone, see {@code WorkstationApp}).
     */
    public void complete(PackParts pack, ObservableStringValue alerts, UserSettings settings) {
        showPack(pack, alerts);
        tabs.getSelectionModel().select((int) settings.getDouble("layout.tab", 0));
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** Shows the views of another pack (a source with another topology took over); layout stays as it is. */
    public void showPack(PackParts pack, ObservableStringValue alerts) {
        double[] dividers = horizontal.getDividerPositions();
        horizontal.getItems().set(1, pack.pack());
        horizontal.setDividerPositions(dividers);
        rightContent.getChildren().setAll(pack.gauges(), pack.cellDetail());
        historyTab.setContent(pack.history());
        alertsTab.setContent(pack.alerts());
        alertSummary.textProperty().bind(alerts);
    }

    public Parent root() {
        return root;
    }

    /** Brings the "Data sets" tab to the front. */
    public void showDataSets() {
        tabs.getSelectionModel().select(3);
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
