package org.evtwin.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evtwin.core.TwinException;

/** File helpers for provenance records. */
public final class DataFiles {
    private DataFiles() {
    }

    /** SHA-256 of a file as lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new TwinException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** "relative/path sha256=..." for a provenance file list. */
    public static String provenanceEntry(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/') + " sha256=" + sha256(file);
    }
}
