package org.evtwin.core.ingest.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file opened as text: the charset from its byte-order mark (UTF-8, UTF-16 BE/LE), else the declared one, else
 * UTF-8; bytes that are not valid in that charset and NUL characters fail the read with {@link NotTextException}
 * naming the line, instead of turning into replacement characters. Counts bytes for progress.
 */
final class TextInput extends Reader {
    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private boolean invalid;
    private final Charset charset;
    private final boolean bom;
    private final boolean declared;
    private long bytesRead;
    private long newlines;

    /** A text problem that makes the file unreadable: NUL bytes, or bytes invalid in the charset. */
    static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        NotTextException(String message, long line) {
            super(message);
            this.line = line;
        }
    }

    private TextInput(InputStream raw, String declaredEncoding) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] b = new byte[3];
        int n = in.readNBytes(b, 0, 3);
        in.reset();
        Charset cs;
        int skip = 0;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            cs = declaredEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(declaredEncoding);
        }
        in.skipNBytes(skip);
        this.bom = skip > 0;
        this.declared = declaredEncoding != null;
        this.charset = cs;
        this.bytesRead = skip;
        this.bytes = in;
        this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static TextInput open(Path file, String declaredEncoding) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return new TextInput(raw, declaredEncoding);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    Charset charset() {
        return charset;
    }

    boolean bom() {
        return bom;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = decode(buf, off, len);
        long lines = newlines;
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c <= '\n') {
                if (c == '\n') {
                    lines++;
                } else if (c == 0) {
                    throw new NotTextException("not a text file: NUL character (binary data, or UTF-16 without a "
                            + "byte-order mark)", lines + 1);
                }
            }
        }
        newlines = lines;
        return n;
    }

    /**
     * Decodes into {@code buf}; the characters before an invalid byte sequence are delivered first, so the error is
     * raised on the next call with the line it is on.
     */
    private int decode(char[] buf, int off, int len) throws IOException {
        if (invalid) {
            throw new NotTextException("not " + charset.name() + " text: invalid byte sequence"
                    + (declared || bom ? "" : " (declare the file's encoding in the mapping, e.g. ISO-8859-1)"),
                    newlines + 1);
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult r = decoder.decode(pending, out, eof);
            if (r.isError()) {
                invalid = true;
                break;
            }
            if (r.isOverflow()) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            pending.compact();
            int got = bytes.read(pending.array(), pending.position(), pending.remaining());
            if (got < 0) {
                eof = true;
            } else {
                pending.position(pending.position() + got);
                bytesRead += got;
            }
            pending.flip();
        }
        int n = out.position() - off;
        if (n == 0) {
            if (invalid) {
                return decode(buf, off, len);
            }
            return -1;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
