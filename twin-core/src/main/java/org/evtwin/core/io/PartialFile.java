package org.evtwin.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evtwin.core.TwinException;

/**
 * A UTF-8 text file written as {@code <name>.part} beside its target and moved to the target name only by
 * {@link #commit()}: a crash, a failed write or a cancel ({@link #abort()}) never leaves a half file under the final
 * name, and an existing file of that name stays as it was until the new one is complete.
 */
public final class PartialFile implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final BufferedWriter writer;
    private boolean finished;

    /** Creates the target's folder if needed and opens {@code <target>.part} for writing. */
    public PartialFile(Path target) {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            // Ctrl-C or a kill ends the JVM without closing us: its shutdown removes the partial file (after a
            // commit it no longer exists under that name)
            partial.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new TwinException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    public BufferedWriter writer() {
        return writer;
    }

    /** The file being written (for messages). */
    public Path partial() {
        return partial;
    }

    /** Finishes the file and moves it to its final name, replacing what was there. */
    public void commit() {
        finished = true;
        try {
            writer.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly();
            throw new TwinException(target + ": cannot finish writing (" + e.getMessage() + ")", e);
        }
    }

    /** Discards the partial file (after an error or a cancel); the target is not touched. */
    public void abort() {
        finished = true;
        try {
            writer.close();
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new TwinException(partial + ": cannot remove partial file (" + e.getMessage() + ")", e);
        }
    }

    /** Aborts unless {@link #commit()} or {@link #abort()} ran: for try-with-resources around a commit. */
    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // the caller's message names the target; a left-over .part is harmless
        }
    }
}
