package org.evtwin.core.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.evtwin.core.TwinException;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

/**
 * The model file: a zip with {@value #TRIBUO} (Tribuo's protobuf serialisation, provenance included) and
 * {@value #META} (task, trainer, calibration, domain, card as JSON). Written to a temporary file and moved into place,
 * so a failed save never leaves half a model.
 */
public final class ModelFile {
    static final String TRIBUO = "tribuo-model.pb";
    static final String META = "rul-model.json";
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    public static void save(RulModel m, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                zip.putNextEntry(new ZipEntry(TRIBUO));
                m.tribuo().serializeToStream(zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(META));
                zip.write(MAPPER.writeValueAsBytes(meta(m)));
                zip.closeEntry();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new TwinException(file + ": cannot write the model (" + e.getMessage() + ")", e);
        }
    }

    public static RulModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new TwinException(file + ": cannot read the model (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a model from a stream; {@code name} is used in error messages. */
    public static RulModel read(InputStream in, String name) throws IOException {
        byte[] tribuo = null;
        JsonNode meta = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(TRIBUO)) {
                    tribuo = zip.readAllBytes();
                } else if (e.getName().equals(META)) {
                    meta = MAPPER.readTree(zip.readAllBytes());
                }
            }
        }
        if (tribuo == null || meta == null) {
            throw new TwinException(name + ": not a RUL model file (needs zip entries " + TRIBUO + " and " + META
                    + ")");
        }
        if (meta.path("format").asInt() != FORMAT) {
            throw new TwinException(name + ": " + META + ": format " + meta.path("format") + " is not supported (expected "
                    + FORMAT + ")");
        }
        Model<?> any;
        try {
            any = Model.deserializeFromStream(new ByteArrayInputStream(tribuo));
        } catch (RuntimeException | LinkageError e) {
            // e.g. an XGBoost model read where the optional native library is absent
            throw new TwinException(name + ": " + TRIBUO + ": cannot load the Tribuo model (" + e + ")", e);
        }
        if (!any.validate(Regressor.class)) {
            throw new TwinException(name + ": " + TRIBUO + " is not a regression model");
        }
        @SuppressWarnings("unchecked")
        Model<Regressor> model = (Model<Regressor>) any;
        Task task = Task.valueOf(meta.path("task").asText());
        TrainerKind trainer = trainer(name, meta.path("trainer").asText());
        Calibration cal = new Calibration(meta.path("calibration").path("scaleCycles").asDouble(),
                MAPPER.treeToValue(meta.path("calibration").path("residuals"), double[].class));
        double[] min = MAPPER.treeToValue(meta.path("domain").path("min"), double[].class);
        double[] max = MAPPER.treeToValue(meta.path("domain").path("max"), double[].class);
        checkFeatures(name, model, task, min, max);
        Domain domain = new Domain(task.features(), min, max);
        ModelCard card = MAPPER.treeToValue(meta.path("card"), ModelCard.class);
        return new RulModel(model, task, trainer, cal, domain, card);
    }

    /** The trainer named in the file; a name this version does not know (a newer grid setting) is refused. */
    private static TrainerKind trainer(String name, String trainer) {
        for (TrainerKind k : TrainerKind.values()) {
            if (k.name().equals(trainer)) {
                return k;
            }
        }
        String known = java.util.Arrays.stream(TrainerKind.values()).map(TrainerKind::cliName)
                .collect(java.util.stream.Collectors.joining(", "));
        throw new TwinException(name + ": " + META + ": trainer \"" + trainer + "\" is not one of this version's"
                + " trainers (" + known + "): a model of another version; train it again");
    }

    /**
     * A model trained on another version's features (another count, other names) would be fed the wrong columns and
     * answer nonsense or nothing: refused here with what differs.
     */
    private static void checkFeatures(String name, Model<Regressor> model, Task task, double[] min, double[] max) {
        int n = task.features().size();
        if (min == null || max == null || min.length != n || max.length != n) {
            throw new TwinException(name + ": " + META + ": the domain has " + (min == null ? 0 : min.length)
                    + " features, the " + task.name().toLowerCase(java.util.Locale.ROOT) + " task has " + n + " ("
                    + String.join(", ", task.features()) + "): a model of another version; train it again");
        }
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (org.tribuo.VariableInfo v : model.getFeatureIDMap()) {
            if (!task.features().contains(v.getName())) {
                unknown.add(v.getName());
            }
        }
        if (!unknown.isEmpty()) {
            throw new TwinException(name + ": " + TRIBUO + ": features " + unknown + " are not features of the "
                    + task.name().toLowerCase(java.util.Locale.ROOT) + " task (" + String.join(", ", task.features())
                    + "): a model of another version; train it again");
        }
    }

    private static ObjectNode meta(RulModel m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("task", m.task().name());
        n.put("trainer", m.trainer().name());
        ObjectNode c = n.putObject("calibration");
        c.put("scaleCycles", m.calibration().scaleCycles());
        c.set("residuals", MAPPER.valueToTree(m.calibration().residuals()));
        ObjectNode d = n.putObject("domain");
        d.set("names", MAPPER.valueToTree(m.domain().names()));
        d.set("min", MAPPER.valueToTree(m.domain().min()));
        d.set("max", MAPPER.valueToTree(m.domain().max()));
        n.set("card", MAPPER.valueToTree(m.card()));
        return n;
    }
}
