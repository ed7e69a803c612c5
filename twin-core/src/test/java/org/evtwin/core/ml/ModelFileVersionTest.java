package org.evtwin.core.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

/** A model file of another version (features, trainer) is refused when it is read, with what differs. */
class ModelFileVersionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedEarlyModelReadsAndAnExtraDomainFeatureIsRefused() throws IOException {
        byte[] shipped = shipped();
        RulModel ok = ModelFile.read(new ByteArrayInputStream(shipped), "rul-early.tribuo");
        assertEquals(Task.EARLY, ok.task());

        byte[] sevenFeatures = rewriteMeta(shipped, meta -> {
            ((ArrayNode) meta.path("domain").path("min")).add(0.0);
            ((ArrayNode) meta.path("domain").path("max")).add(1.0);
        });
        TwinException e = assertThrows(TwinException.class,
                () -> ModelFile.read(new ByteArrayInputStream(sevenFeatures), "old.tribuo"));
        int n = Task.EARLY.features().size();
        assertEquals("old.tribuo: " + ModelFile.META + ": the domain has " + (n + 1) + " features, the early task has "
                + n + " (" + String.join(", ", Task.EARLY.features()) + "): a model of another version; train it again",
                e.getMessage());
    }

    @Test
    void aModelOfTheOtherTaskIsRefusedByItsFeatureNames() throws IOException {
        byte[] shipped = shipped();
        // the early model's file, told it is a history model with a domain of the history task's size
        int n = Task.HISTORY.features().size();
        byte[] relabelled = rewriteMeta(shipped, meta -> {
            meta.put("task", Task.HISTORY.name());
            ArrayNode min = ((ObjectNode) meta.path("domain")).putArray("min");
            ArrayNode max = ((ObjectNode) meta.path("domain")).putArray("max");
            for (int i = 0; i < n; i++) {
                min.add(0.0);
                max.add(1.0);
            }
        });
        TwinException e = assertThrows(TwinException.class,
                () -> ModelFile.read(new ByteArrayInputStream(relabelled), "relabelled.tribuo"));
        assertEquals(true, e.getMessage().startsWith("relabelled.tribuo: " + ModelFile.TRIBUO + ": features ["),
                e.getMessage());
        assertEquals(true, e.getMessage().endsWith(" are not features of the history task (" + String.join(", ",
                Task.HISTORY.features()) + "): a model of another version; train it again"), e.getMessage());
    }

    @Test
    void aTrainerThisVersionDoesNotKnowIsRefusedByName() throws IOException {
        byte[] shipped = shipped();
        assertEquals(TrainerKind.ELASTIC_NET_A3E3_L10,
                ModelFile.read(new ByteArrayInputStream(shipped), "rul-early.tribuo").trainer());
        byte[] unknown = rewriteMeta(shipped, meta -> meta.put("trainer", "ELASTIC_NET_A5E5_L20"));
        TwinException e = assertThrows(TwinException.class,
                () -> ModelFile.read(new ByteArrayInputStream(unknown), "newer.tribuo"));
        assertEquals(true, e.getMessage().startsWith("newer.tribuo: " + ModelFile.META + ": trainer"
                + " \"ELASTIC_NET_A5E5_L20\" is not one of this version's trainers (forest, elastic-net-weak, "),
                e.getMessage());
        assertEquals(true, e.getMessage().endsWith(", xgboost): a model of another version; train it again"),
                e.getMessage());
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = RulService.class.getResourceAsStream(RulService.DEFAULT_EARLY_MODEL)) {
            if (in == null) {
                throw new IOException(RulService.DEFAULT_EARLY_MODEL + " is not on the test class path");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] rewriteMeta(byte[] zip, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(ModelFile.META)) {
                    ObjectNode meta = (ObjectNode) JSON.readTree(bytes);
                    change.accept(meta);
                    bytes = JSON.writeValueAsBytes(meta);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
