package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the assessment model {@code trend-aware} ({@link org.est4j.scoring.assessment.AssessmentModels#trendAware(PluginConfig)}),
 * with the labels and context categories of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class TrendAwareModelProvider implements AssessmentModelProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public TrendAwareModelProvider() {}

    @Override
    public String id() {
        return TrendAwareModel.ID;
    }

    @Override
    public String description() {
        return "Threshold level moved one up on a significant rise and one down on a significant fall of the trend";
    }

    @Override
    public AssessmentModel create(PluginConfig config) {
        return TrendAwareModel.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code AssessmentModelProvider trend-aware (built in)}. */
    @Override
    public String toString() {
        return "AssessmentModelProvider " + id() + " (built in)";
    }
}
