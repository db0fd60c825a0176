package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the hotspot detector {@code repeat-location} ({@link org.est4j.scoring.hotspot.HotspotDetectors#repeatLocation(PluginConfig)}),
 * with the labels of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class RepeatLocationDetectorProvider implements HotspotDetectorProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public RepeatLocationDetectorProvider() {}

    @Override
    public String id() {
        return RepeatLocationDetector.ID;
    }

    @Override
    public String description() {
        return "Places (named places, points, smallest sub-areas) with at least min-count observations and a share of the area's";
    }

    @Override
    public HotspotDetector create(PluginConfig config) {
        return RepeatLocationDetector.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code HotspotDetectorProvider repeat-location (built in)}. */
    @Override
    public String toString() {
        return "HotspotDetectorProvider " + id() + " (built in)";
    }
}
