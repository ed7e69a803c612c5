package org.evtwin.core.ingest.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evtwin.core.TwinException;

/**
 * Saves and loads {@link ColumnMapping}s as JSON (schema {@value ColumnMapping#SCHEMA}, see
 * {@code assets/schemas/column-mapping.schema.json}). Unknown fields are errors (a typo must not silently drop a
 * setting); errors name the file, the line and column in the JSON and the path of the field.
 */
public final class MappingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private MappingJson() {
    }

    public static String toJson(ColumnMapping m) {
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mapping cannot be written as JSON", e);
        }
    }

    /** Parses a mapping; {@code file} names the source in errors. */
    public static ColumnMapping fromJson(String json, String file) {
        try {
            return MAPPER.readValue(json, ColumnMapping.class);
        } catch (JsonMappingException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
            if (e instanceof UnrecognizedPropertyException u) {
                reason = "unknown field \"" + u.getPropertyName() + "\"; known: " + u.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
            }
            throw new TwinException(file + ": " + where(e) + path(e) + ": " + reason, e);
        } catch (JsonProcessingException e) {
            throw new TwinException(file + ": " + where(e) + "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    public static ColumnMapping read(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new TwinException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Writes via a temporary file and a rename, so a crash never leaves half a mapping. */
    public static void write(ColumnMapping m, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(tmp, toJson(m) + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TwinException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": ";
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
