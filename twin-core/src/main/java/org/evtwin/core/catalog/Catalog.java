package org.evtwin.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.json.CellParametersJson;
import org.evtwin.core.model.json.TopologyJson;

/**
 * The built-in cells and packs shipped in {@code sample-data/} (packaged in the jar under
 * {@value #RESOURCE_ROOT}), and resolution of a user's {@code --pack} argument: a built-in name or a topology file.
 */
public final class Catalog {
    public static final String RESOURCE_ROOT = "/org/evtwin/sample-data/";
    /** Built-in cells, by name: the fitted parameter sets. */
    public static final List<String> CELLS = List.of("nissan-leaf-2013-33ah", "nasa-18650-b0005");
    /** Built-in packs, by name. */
    public static final List<String> PACKS = List.of("leaf-96s2p", "model-s-like-96s74p");
    /** The pack the workstation opens with. */
    public static final String DEFAULT_PACK = "leaf-96s2p";

    private static final Map<String, CellParameters> CELL_CACHE = new ConcurrentHashMap<>();

    private Catalog() {
    }

    /** A built-in cell by name (case-insensitive). */
    public static CellParameters cell(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!CELLS.contains(key)) {
            throw new TwinException("no built-in cell \"" + name + "\"; built-in cells: " + String.join(", ", CELLS));
        }
        return CELL_CACHE.computeIfAbsent(key, k -> {
            String resource = RESOURCE_ROOT + "cells/" + k + ".json";
            try (InputStream in = open(resource)) {
                return CellParametersJson.read(in, resource);
            } catch (IOException e) {
                throw new TwinException(resource + ": cannot read (" + e.getMessage() + ")", e);
            }
        });
    }

    /** A built-in pack by name, or a topology JSON file when {@code nameOrFile} names an existing file. */
    public static PackTopology pack(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return TopologyJson.read(file, Catalog::cellOrNull);
        }
        String key = nameOrFile.toLowerCase(Locale.ROOT);
        if (!PACKS.contains(key)) {
            throw new TwinException("\"" + nameOrFile + "\" is neither a topology file nor a built-in pack; built-in"
                    + " packs: " + String.join(", ", PACKS));
        }
        String resource = RESOURCE_ROOT + "packs/" + key + ".json";
        try (InputStream in = open(resource)) {
            return TopologyJson.read(in, resource, null, Catalog::cellOrNull);
        } catch (IOException e) {
            throw new TwinException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static CellParameters cellOrNull(String name) {
        return CELLS.contains(name.toLowerCase(Locale.ROOT)) ? cell(name) : null;
    }

    private static InputStream open(String resource) {
        InputStream in = Catalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new TwinException("built-in resource " + resource + " is missing from the class path");
        }
        return in;
    }
}
