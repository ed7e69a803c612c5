package org.evtwin.core.ingest.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a file (at most {@value #MAX_CHARS} characters), decoded as the import will decode them: what
 * delimiter sniffing and format detection look at. Only complete lines are kept.
 *
 * @param lines   the lines, without line ends (a leading BOM is already gone)
 * @param charset the charset the file is read with
 * @param bom     whether it started with a byte-order mark
 * @param whole   whether the lines are the whole file
 */
record FileHead(List<String> lines, Charset charset, boolean bom, boolean whole) {
    static final int MAX_CHARS = 1 << 16;

    static FileHead read(Path file, String encoding) throws IOException {
        try (TextInput in = TextInput.open(file, encoding)) {
            char[] buf = new char[MAX_CHARS];
            int n = 0;
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
            boolean whole = n < buf.length || in.read() < 0;
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines.add(strip(buf, start, i));
                    start = i + 1;
                }
            }
            if (whole && start < n) {
                lines.add(strip(buf, start, n));
            }
            return new FileHead(List.copyOf(lines), in.charset(), in.bom(), whole);
        }
    }

    private static String strip(char[] buf, int from, int to) {
        return new String(buf, from, to > from && buf[to - 1] == '\r' ? to - from - 1 : to - from);
    }

    /** Lines that carry data or a header: not blank, not starting with the comment prefix, after skipped lines. */
    List<String> contentLines(int skipLines, String commentPrefix) {
        List<String> out = new ArrayList<>();
        for (int i = skipLines; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && (commentPrefix == null || !l.startsWith(commentPrefix))) {
                out.add(l);
            }
        }
        return out;
    }
}
