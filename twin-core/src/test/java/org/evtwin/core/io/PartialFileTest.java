package org.evtwin.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialFileTest {
    @TempDir
    Path dir;

    @Test
    void theTargetAppearsOnlyOnCommitAndReplacesTheOldFile() throws IOException {
        Path target = dir.resolve("sub/out.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old\n");
        PartialFile f = new PartialFile(target);
        f.writer().write("a,b\n1,2\n");
        f.writer().flush();
        assertEquals("old\n", Files.readString(target), "the old file stays until the new one is complete");
        assertTrue(Files.exists(dir.resolve("sub/out.csv.part")));
        f.commit();
        assertEquals("a,b\n1,2\n", Files.readString(target, StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("sub/out.csv.part")));
    }

    @Test
    void abortAndUncommittedCloseLeaveNothingAndKeepTheTarget() throws IOException {
        Path target = dir.resolve("new/folder/out.csv");
        try (PartialFile f = new PartialFile(target)) {
            f.writer().write("half");
        }
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("new/folder/out.csv.part")));
        Files.writeString(target, "kept");
        PartialFile g = new PartialFile(target);
        g.writer().write("discarded");
        g.abort();
        assertEquals("kept", Files.readString(target));
        assertFalse(Files.exists(g.partial()));
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamed() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        TwinException e = assertThrows(TwinException.class, () -> new PartialFile(blocker.resolve("out.csv")));
        assertTrue(e.getMessage().startsWith(blocker.resolve("out.csv") + ": cannot write ("), e.getMessage());
    }
}
