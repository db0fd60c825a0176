package org.est4j.core.spi;

import java.util.List;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;

/**
 * Makes hotspot detectors: documented methods that find places or sub-areas with a concentration of observations
 * in a window. Built-ins (est-scoring): {@code repeat-location} (repeated observations at the same named place or
 * point), {@code excess-rate} (a child area's count against its share of the parent's) and {@code gi-star} (a
 * Getis-Ord Gi* statistic over observations with coordinates).
 *
 * @since 0.1
 */
public interface HotspotDetectorProvider extends EstPlugin {

    /**
     * Creates a detector.
     *
     * @param config the detector's settings (such as a minimum count or a distance), documented by the provider
     * @return a detector; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when the configuration is not valid
     */
    HotspotDetector create(PluginConfig config);

    /**
     * Finds hotspots in one area and window.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe, and pure: the same query
     * gives an equal list.
     */
    @FunctionalInterface
    interface HotspotDetector {

        /**
         * Examines an area.
         *
         * @param query the hierarchy, the area, the window, its observations and its children's totals
         * @return the hotspots found, each within the area (the area or an area inside it), its window within the
         *     query's, with the method's id and reasons in words; hottest first; empty when none
         */
        List<Hotspot> detect(HotspotQuery query);
    }
}
