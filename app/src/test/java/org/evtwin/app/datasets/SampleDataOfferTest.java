package org.evtwin.app.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First start: the offer appears only with an empty database and no earlier answer; accepting imports the samples. */
class SampleDataOfferTest {
    @TempDir
    Path dir;
    private DataSetStore store;
    private BackgroundTasks tasks;

    @BeforeEach
    void setUp() {
        store = TestStores.open(dir);
        tasks = new BackgroundTasks("test-samples", Runnable::run);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        store.close();
    }

    @Test
    void acceptingImportsEveryShippedDataSetAndIsRemembered() {
        SampleDataOffer offer = new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config")));
        assertTrue(offer.check().join());
        assertTrue(offer.offeredProperty().get());
        assertTrue(offer.messageProperty().get().startsWith("No data sets yet. Import the 4 sample data sets"));
        List<DataSetInfo> imported = offer.accept().join();
        assertEquals(List.of("dis_1_cap_1.8564874208181574.csv", "dis_84_cap_1.5488741079890418.csv",
                "dis_168_cap_1.3250793286429356.csv", "1C-Discharge-Bitrode-data.csv"),
                imported.stream().map(DataSetInfo::sourceName).toList());
        assertEquals(List.of("nasa-pcoe-discharge", "nasa-pcoe-discharge", "nasa-pcoe-discharge",
                "ornl-leaf-bitrode"), imported.stream().map(DataSetInfo::format).toList());
        assertEquals(4, store.list().size());
        assertFalse(offer.offeredProperty().get());
        assertEquals(1.0, offer.progressProperty().get());
        assertTrue(new UserSettings(dir.resolve("config")).getBoolean(SampleDataOffer.ANSWERED, false));
    }

    @Test
    void stopKeepsTheFilesAlreadyImportedAndNothingOfTheCurrentOne() {
        SampleDataOffer offer = new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config")));
        offer.progressProperty().addListener((o, a, p) -> {
            if (p.doubleValue() > 0) {
                offer.cancel();   // after the first file: the second stops at its first check (row 256)
            }
        });
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                () -> offer.accept().join());
        assertEquals(List.of("dis_1_cap_1.8564874208181574.csv"), store.list().stream().map(DataSetInfo::sourceName)
                .toList());
        assertTrue(offer.messageProperty().get().startsWith("Sample data import stopped: "
                + "dis_84_cap_1.5488741079890418.csv: import cancelled at line "), offer.messageProperty().get());
        assertFalse(offer.runningProperty().get());
    }

    @Test
    void aDeclinedOfferIsNotMadeAgain() {
        SampleDataOffer offer = new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config")));
        assertTrue(offer.check().join());
        offer.decline();
        SampleDataOffer next = new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config")));
        assertFalse(next.check().join());
        assertFalse(next.offeredProperty().get());
        assertTrue(store.list().isEmpty());
    }

    @Test
    void noOfferWhenTheDatabaseHasDataSets() throws IOException {
        TestStores.importKnown(store, TestStores.telemetry(dir, "mine.csv", 5));
        assertFalse(new SampleDataOffer(store, tasks, new UserSettings(dir.resolve("config"))).check().join());
    }

    @Test
    void theListedFilesAreExactlyTheShippedFolder() throws IOException {
        // Maven runs the tests in app/; qtaw passes the project folder
        String project = System.getProperty("twin.project.dir", "..");
        Path root = Path.of(project, "sample-data/datasets");
        Assumptions.assumeTrue(Files.isDirectory(root), "no sample-data folder at " + root.toAbsolutePath());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> csv = files.filter(p -> p.toString().endsWith(".csv")).map(p -> root.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
            assertEquals(csv, SampleDataSets.FILES.stream().sorted().toList());
        }
    }
}
