package org.evtwin.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.PackTopology;

/**
 * Start-up work that needs no JavaFX, begun on a background thread by {@link Launcher} while the toolkit starts (about
 * half a second on our machines), so the window can be built as soon as the toolkit is ready: reading the simulator's
 * pack (JSON parsing and the cell tables; a few hundred milliseconds on a cold JVM).
 */
final class Preload {
    private static volatile Preload current;
    private final String packName;
    private final CompletableFuture<PackTopology> pack;

    private Preload(String packName) {
        this.packName = packName;
        this.pack = CompletableFuture.supplyAsync(() -> Catalog.pack(packName));
    }

    /** Begins loading what the command line asks for; bad options are left to the window to report. */
    static void start(String[] args) {
        try {
            current = new Preload(StartOptions.parse(List.of(args)).pack());
        } catch (RuntimeException e) {
            current = null;
        }
    }

    /** The pack with this name or file: the preloaded one when it was asked for, otherwise read now. */
    static PackTopology pack(String nameOrFile) {
        Preload p = current;
        if (p == null || !p.packName.equals(nameOrFile)) {
            return Catalog.pack(nameOrFile);
        }
        try {
            return p.pack.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
