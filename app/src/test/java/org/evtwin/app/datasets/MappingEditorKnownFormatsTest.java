package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.SourceColumns;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor shows every known format's mapping of the shipped real files without losing anything: loaded and
 * rebuilt unedited, it gives back the detected mapping (header line, no header with {@code #n} columns, the PyBaMM
 * comment header, unit and sign conventions).
 */
class MappingEditorKnownFormatsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"datasets/nasa-pcoe-b0005/dis_1_cap_1.8564874208181574.csv",
            "datasets/ornl-leaf-2013/1C-Discharge-Bitrode-data.csv", "drive-cycles/current/US06.csv",
            "drive-cycles/speed/hwfet.csv"})
    void aKnownMappingLoadsIntoTheEditorAndRebuildsToItself(String resource) throws Exception {
        Path f = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE_ROOT + resource)) {
            assertNotNull(in, resource + " on the class path");
            Files.copy(in, f);
        }
        FormatDetection d = KnownFormats.detect(f);
        assertNotNull(d.format(), resource + " is a known format");
        MappingEditor editor = new MappingEditor();
        editor.load(SourceColumns.read(f, d.mapping()), d.mapping());
        assertEquals(List.of(), List.copyOf(editor.problems()));
        assertEquals(d.mapping(), editor.builtProperty().get());
    }
}
