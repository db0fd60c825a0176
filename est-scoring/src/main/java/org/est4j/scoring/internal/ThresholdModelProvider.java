package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the assessment model {@code threshold} ({@link org.est4j.scoring.assessment.AssessmentModels#threshold(PluginConfig)}),
 * with the labels and context categories of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ThresholdModelProvider implements AssessmentModelProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public ThresholdModelProvider() {}

    @Override
    public String id() {
        return ThresholdModel.ID;
    }

    @Override
    public String description() {
        return "Level by per-category count thresholds from configuration; the highest level any category reaches";
    }

    @Override
    public AssessmentModel create(PluginConfig config) {
        return ThresholdModel.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code AssessmentModelProvider threshold (built in)}. */
    @Override
    public String toString() {
        return "AssessmentModelProvider " + id() + " (built in)";
    }
}
