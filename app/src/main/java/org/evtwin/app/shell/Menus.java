package org.evtwin.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.evtwin.app.pack3d.ColourBy;
import org.evtwin.app.sources.SimulatorControlsViewModel;

/** The menu bar; every common action has a keyboard shortcut. */
public final class Menus {
    /** Actions the menus trigger that live outside the view models. */
    public record Actions(Runnable screenshot, Runnable quit, Runnable resetView, Runnable about,
            Runnable shortcuts, Runnable thresholds, Runnable importData, Runnable dataSets, Runnable modelCard,
            Runnable trainRul) {
    }

    private Menus() {
    }

    /**
     * @param colourBy the window-wide colour-by choice (the pack views bind to it)
     * @param exploded the window-wide exploded-view choice
     */
    public static MenuBar build(Actions actions, SimulatorControlsViewModel sim, ObjectProperty<ColourBy> colourBy,
            BooleanProperty exploded) {
        Menu file = new Menu("_File", null,
                item("Import data set…", shortcut(KeyCode.I), actions.importData()),
                item("Data sets", shortcut(KeyCode.D), actions.dataSets()),
                new SeparatorMenuItem(),
                item("Save screenshot…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions.screenshot()),
                new SeparatorMenuItem(),
                item("Quit", shortcut(KeyCode.Q), actions.quit()));
        CheckMenuItem pause = new CheckMenuItem("Pause");
        pause.setAccelerator(shortcut(KeyCode.P));
        pause.selectedProperty().bindBidirectional(sim.pausedProperty());
        Menu simulation = new Menu("_Simulation", null, pause,
                item("Step", shortcut(KeyCode.PERIOD), sim::step),
                item("Faster", shortcut(KeyCode.EQUALS), () -> sim.faster(true)),
                item("Slower", shortcut(KeyCode.MINUS), () -> sim.faster(false)),
                new SeparatorMenuItem(),
                item("Reset pack and scenario", shortcut(KeyCode.R), sim::reset));
        Menu colourMenu = new Menu("Colour cells by");
        ToggleGroup group = new ToggleGroup();
        int key = 1;
        for (ColourBy by : ColourBy.values()) {
            RadioMenuItem r = new RadioMenuItem(by.toString());
            r.setToggleGroup(group);
            r.setAccelerator(shortcut(KeyCode.valueOf("DIGIT" + key++)));
            r.setSelected(colourBy.get() == by);
            r.setOnAction(e -> colourBy.set(by));
            colourBy.addListener((o, a, now) -> r.setSelected(now == by));
            colourMenu.getItems().add(r);
        }
        CheckMenuItem explode = new CheckMenuItem("Explode modules");
        explode.setAccelerator(shortcut(KeyCode.E));
        explode.selectedProperty().bindBidirectional(exploded);
        Menu view = new Menu("_View", null, colourMenu, explode, item("Reset 3D view", shortcut(KeyCode.DIGIT0),
                actions.resetView()));
        Menu settings = new Menu("Se_ttings", null, item("Alert thresholds…", shortcut(KeyCode.COMMA),
                actions.thresholds()), item("Train the RUL model…", null, actions.trainRul()));
        Menu help = new Menu("_Help", null, item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1),
                actions.shortcuts()), item("RUL model card", null, actions.modelCard()),
                item("About", null, actions.about()));
        return new MenuBar(file, simulation, view, settings, help);
    }

    /**
     * Ctrl (⌘ on macOS) + a key. Built from the key code: parsing "Shortcut+DIGIT5" would give a combination of the
     * characters "DIGIT5", which no key press matches.
     */
    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
