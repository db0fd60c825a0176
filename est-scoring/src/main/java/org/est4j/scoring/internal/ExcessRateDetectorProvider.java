package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the hotspot detector {@code excess-rate} ({@link org.est4j.scoring.hotspot.HotspotDetectors#excessRate(PluginConfig)}),
 * with the labels of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ExcessRateDetectorProvider implements HotspotDetectorProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public ExcessRateDetectorProvider() {}

    @Override
    public String id() {
        return ExcessRateDetector.ID;
    }

    @Override
    public String description() {
        return "Sub-areas with significantly more observations than their share of the parent's (Poisson upper tail)";
    }

    @Override
    public HotspotDetector create(PluginConfig config) {
        return ExcessRateDetector.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code HotspotDetectorProvider excess-rate (built in)}. */
    @Override
    public String toString() {
        return "HotspotDetectorProvider " + id() + " (built in)";
    }
}
