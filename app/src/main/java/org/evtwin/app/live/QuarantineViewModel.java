package org.evtwin.app.live;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.QuarantineEntry;
import org.evtwin.core.store.QuarantineRecord;

/**
 * The small quarantine viewer: the newest rejected messages read from the store on a background thread (never on the
 * FX thread); the rows reach the table on the next pulse ({@link #update()}).
 */
public final class QuarantineViewModel implements AutoCloseable {
    /** Rows shown. */
    static final int LIMIT = 200;
    /** Characters of the payload shown. */
    static final int EXCERPT_CHARS = 160;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One rejected message for the table. */
    public record Row(long id, String time, String vehicle, String reason, String payloadExcerpt, int sizeBytes) {
    }

    private final DataSetStore store;
    private final ExecutorService reader;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile List<Row> loaded;
    private volatile String loadError;
    private boolean loading;

    /** @param store the store the live source quarantines into; null when the app runs without a store */
    public QuarantineViewModel(DataSetStore store) {
        this.store = store;
        this.reader = store == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quarantine-reader");
            t.setDaemon(true);
            return t;
        });
        message.set(store == null ? "No store: rejected messages are counted but not kept." : "");
    }

    /** Reads the newest rows in the background; a refresh already running is not repeated. */
    public void refresh() {
        if (store == null || loading) {
            return;
        }
        loading = true;
        message.set("reading the quarantine…");
        reader.execute(() -> {
            try {
                loaded = store.quarantined(LIMIT).stream().map(QuarantineViewModel::row).toList();
            } catch (RuntimeException e) {
                loadError = "cannot read the quarantine: " + e.getMessage();
            }
        });
    }

    /** On the FX pulse: moves rows read in the background into the table. */
    public void update() {
        List<Row> ready = loaded;
        String error = loadError;
        if (ready != null) {
            loaded = null;
            loading = false;
            rows.setAll(ready);
            message.set(ready.isEmpty() ? "The quarantine is empty." : String.format(java.util.Locale.ROOT,
                    "The newest %d rejected message(s), newest first.", ready.size()));
        } else if (error != null) {
            loadError = null;
            loading = false;
            message.set(error);
        }
    }

    static Row row(QuarantineRecord r) {
        QuarantineEntry e = r.entry();
        return new Row(r.id(), TIME.format(e.receivedAt()), e.vehicle(), e.reason(), excerpt(e.payload()),
                e.originalSize());
    }

    /** The payload's start as text: invalid UTF-8 shows as U+FFFD, control characters as spaces. */
    static String excerpt(byte[] payload) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            int n = Math.min(payload.length, EXCERPT_CHARS * 4);
            text = d.decode(ByteBuffer.wrap(payload, 0, n)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < EXCERPT_CHARS; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.length() < text.length() || payload.length > EXCERPT_CHARS * 4 ? sb + "…" : sb.toString();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public boolean hasStore() {
        return store != null;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.shutdownNow();
        }
    }
}
