package org.evtwin.app;

import static org.evtwin.app.FxWaits.onFx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The shortcut presses and the key releases a window received. Under load the robot's release can come after X's
 * auto-repeat has started, so a toggle may be pressed more than once: tests count the presses and expect the parity.
 */
final class KeyRecorder {
    private final List<KeyCode> pressed = new CopyOnWriteArrayList<>();
    private final List<KeyCode> released = new CopyOnWriteArrayList<>();

    private KeyRecorder() {
    }

    static KeyRecorder on(Scene scene) throws Exception {
        KeyRecorder r = new KeyRecorder();
        onFx(() -> {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown()) {
                    r.pressed.add(e.getCode());
                }
            });
            scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> r.released.add(e.getCode()));
            return null;
        });
        return r;
    }

    boolean released(KeyCode key) {
        return released.contains(key);
    }

    /** How often the key was pressed with the shortcut modifier. */
    long presses(KeyCode key) {
        return pressed.stream().filter(k -> k == key).count();
    }

    void clear() {
        pressed.clear();
        released.clear();
    }
}
