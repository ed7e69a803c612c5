package org.evtwin.app.rul;

import java.util.Locale;
import java.util.Map;
import org.evtwin.core.ml.ModelCard;

/** The model card as plain text for the model-card dialog (and for tests). */
public final class ModelCardText {
    private ModelCardText() {
    }

    public static String format(ModelCard c) {
        StringBuilder b = new StringBuilder();
        b.append("Task: ").append(c.task()).append('\n');
        b.append("Predicts: ").append(c.target()).append('\n');
        b.append("Trainer: ").append(c.trainer()).append('\n');
        b.append("Trained: ").append(c.trainedAt()).append('\n');
        b.append("\nTraining cells (").append(c.cells().size()).append("): ").append(String.join(", ", c.cells()))
                .append('\n');
        b.append("\nData files (SHA-256):\n");
        c.dataFiles().forEach(f -> b.append("  ").append(f).append('\n'));
        b.append("\nCross-validated on whole held-out cells:\n");
        for (Map.Entry<String, Double> m : c.metrics().entrySet()) {
            b.append(String.format(Locale.ROOT, "  %-40s %10.4g%n", m.getKey(), m.getValue()));
        }
        b.append("\nFeatures: ").append(String.join(", ", c.features())).append('\n');
        b.append("\nDomain (inputs outside these ranges are answered \"outside the domain\"):\n");
        c.domain().forEach(d -> b.append("  ").append(d).append('\n'));
        if (!c.notes().isEmpty()) {
            b.append("\nNotes:\n");
            c.notes().forEach(n -> b.append("  ").append(n).append('\n'));
        }
        return b.toString();
    }
}
