package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the hotspot detector {@code gi-star} ({@link org.est4j.scoring.hotspot.HotspotDetectors#giStar(PluginConfig)}),
 * with the labels of {@link Taxonomy#standard()}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class GiStarDetectorProvider implements HotspotDetectorProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public GiStarDetectorProvider() {}

    @Override
    public String id() {
        return GiStarDetector.ID;
    }

    @Override
    public String description() {
        return "Getis-Ord Gi* on a grid over observations with coordinates, distance-band neighbours, z at least 1.96";
    }

    @Override
    public HotspotDetector create(PluginConfig config) {
        return GiStarDetector.of(requireNonNull(config, "config"), Taxonomy.standard());
    }

    /** Returns {@code HotspotDetectorProvider gi-star (built in)}. */
    @Override
    public String toString() {
        return "HotspotDetectorProvider " + id() + " (built in)";
    }
}
