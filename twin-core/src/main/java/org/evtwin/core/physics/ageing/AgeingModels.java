package org.evtwin.core.physics.ageing;

import java.util.List;
import java.util.Locale;

import org.evtwin.core.TwinException;

/** Looks ageing models up by the name a JSON parameter file uses. */
public final class AgeingModels {
    /** The names parameter files may use; kept in the model package so the JSON reader can check them. */
    private static final List<String> NAMES = org.evtwin.core.model.CellParameters.AGEING_MODELS;

    private AgeingModels() {
    }

    /** The names {@link #byName(String)} accepts. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The model called {@code name} (case-insensitive, surrounding blanks ignored): {@code "schmalstieg-nmc"},
     * {@code "wang-lfp"} or {@code "none"}.
     *
     * @throws TwinException if the name is null or unknown; the message lists the known names
     */
    public static AgeingModel byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case SchmalstiegNmcAgeing.NAME -> new SchmalstiegNmcAgeing();
            case WangLfpAgeing.NAME -> new WangLfpAgeing();
            case NoAgeing.NAME -> new NoAgeing();
            default -> throw new TwinException("unknown ageing model \"" + name + "\"; expected one of " + NAMES);
        };
    }
}
