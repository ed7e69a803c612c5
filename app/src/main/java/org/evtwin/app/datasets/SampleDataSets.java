package org.evtwin.app.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;

/**
 * The sample data sets shipped in the jar under {@value #ROOT} (from {@code sample-data/datasets/}, whose
 * {@code SOURCE.txt} gives origin and licence). A jar's folder cannot be listed portably, so the files are named
 * here; a test checks this list against the folder.
 */
public final class SampleDataSets {
    /** Resource folder of the shipped data sets. */
    public static final String ROOT = Catalog.RESOURCE_ROOT + "datasets/";
    /** The shipped files, relative to {@link #ROOT}. */
    public static final List<String> FILES = List.of(
            "nasa-pcoe-b0005/dis_1_cap_1.8564874208181574.csv",
            "nasa-pcoe-b0005/dis_84_cap_1.5488741079890418.csv",
            "nasa-pcoe-b0005/dis_168_cap_1.3250793286429356.csv",
            "ornl-leaf-2013/1C-Discharge-Bitrode-data.csv");
    /** One line for the offer: what the files are and where they come from. */
    public static final String DESCRIPTION = "NASA PCoE cell B0005: three 2 A discharges (new, half-aged, end of"
            + " test; public domain) and ORNL's 2013 Nissan Leaf cell: a 1C discharge (MIT licence)";

    private SampleDataSets() {
    }

    /** The file name a shipped data set is imported under. */
    public static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /**
     * Copies a shipped file to {@code dir} under its own name (the store records the name and hashes the bytes, so
     * the copy has the provenance of the original).
     */
    public static Path extract(String resource, Path dir) {
        String path = ROOT + resource;
        try (InputStream in = SampleDataSets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new TwinException("sample data set " + path + " is missing from the class path");
            }
            Path target = dir.resolve(fileName(resource));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new TwinException(path + ": cannot copy (" + e.getMessage() + ")", e);
        }
    }
}
