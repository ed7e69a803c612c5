package org.evtwin.core.ml;

import java.util.List;
import java.util.Map;

/**
 * What a user needs to judge a model: what it predicts, from what, trained on which files, how well it did on cells
 * it had not seen, and where it applies.
 *
 * @param task         history or early
 * @param target       what the number means, with the end-of-life rule
 * @param trainer      chosen trainer and its settings
 * @param trainedAt    ISO-8601 UTC time of training
 * @param cells        cells in the training data
 * @param dataFiles    training files with SHA-256
 * @param features     feature names
 * @param metrics      cross-validated metrics of the chosen trainer and of every candidate (cycles, fractions)
 * @param domain       per feature "name in [min, max]"
 * @param notes        exclusions and caveats
 */
public record ModelCard(String task, String target, String trainer, String trainedAt, List<String> cells,
        List<String> dataFiles, List<String> features, Map<String, Double> metrics, List<String> domain,
        List<String> notes) {
}
