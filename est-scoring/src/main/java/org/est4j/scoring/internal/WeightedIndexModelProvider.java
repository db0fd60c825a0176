package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the assessment model {@code weighted-index} ({@link org.est4j.scoring.assessment.AssessmentModels#weightedIndex(PluginConfig)}),
 * with the labels and context categories of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class WeightedIndexModelProvider implements AssessmentModelProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public WeightedIndexModelProvider() {}

    @Override
    public String id() {
        return WeightedIndexModel.ID;
    }

    @Override
    public String description() {
        return "Level by the harm-weighted score against the area's own history (a z-score); thresholds when history is short";
    }

    @Override
    public AssessmentModel create(PluginConfig config) {
        return WeightedIndexModel.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code AssessmentModelProvider weighted-index (built in)}. */
    @Override
    public String toString() {
        return "AssessmentModelProvider " + id() + " (built in)";
    }
}
