package org.evtwin.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.evtwin.core.TwinException;

/**
 * One line for a failure that reaches the command line: our own messages as they are, a file-system problem as the
 * file and what is wrong with it (not a Java class name), anything else (a bug) with its class so it can be reported.
 */
final class FileProblems {
    private FileProblems() {
    }

    static String describe(Throwable ex) {
        if (ex instanceof TwinException) {
            return ex.getMessage();
        }
        IOException io = io(ex);
        if (io instanceof FileSystemException f) {
            String what = f instanceof NoSuchFileException ? "no such file or directory"
                    : f instanceof FileAlreadyExistsException ? "already exists (as a file where a folder is needed)"
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof NotDirectoryException ? "not a directory"
                    : f.getReason() == null ? "cannot be used" : f.getReason();
            return f.getFile() + ": " + what;
        }
        if (io != null) {
            return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        }
        return ex.toString();
    }

    /** True for a failure of the files the user named (exit code 1, like bad data). */
    static boolean isFileProblem(Throwable ex) {
        return io(ex) != null;
    }

    private static IOException io(Throwable ex) {
        if (ex instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return ex instanceof IOException i ? i : null;
    }
}
