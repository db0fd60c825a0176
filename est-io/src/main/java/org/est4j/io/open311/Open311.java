package org.est4j.io.open311;

import static java.util.Objects.requireNonNull;

import java.util.SortedMap;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.io.internal.Open311Importer;

/**
 * Observations from Open311 GeoReport v2 service requests (importer {@code open311}): the JSON array a city's
 * {@code requests.json} returns, optionally with its {@code services.json} catalogue.
 *
 * <h2>What a request becomes</h2>
 * <ul>
 *   <li><b>id</b>: {@code open311-} and {@code service_request_id}; a repeated id is excluded as the same request.</li>
 *   <li><b>category</b> and <b>severity</b>: by {@code service_code}, then by {@code service_name}, through a table
 *       (below). With a services catalogue, a request that carries only a code gets the code's name, and a code
 *       the catalogue does not list is an error.</li>
 *   <li><b>occurredAt</b> and <b>reportedAt</b>: {@code requested_datetime} (ISO 8601 with offset). A request says
 *       when it was made, not when the problem began.</li>
 *   <li><b>point</b>: {@code lat} and {@code long}; null, missing, or both 0 mean no position.</li>
 *   <li><b>area</b>: Open311 names no area. Until areas carry polygons (point in area), a request goes to the
 *       nearest area of level {@code nearest.level} that has a point, within {@code nearest.max-metres} (5,000 by
 *       default), when it has a position and that setting is given; else to the area {@code area}. A request that
 *       gets neither is an error.</li>
 *   <li><b>place</b>: {@code address}; <b>description</b>: {@code description}; <b>source</b> {@code CITIZEN};
 *       <b>channel</b> {@code open311}; <b>visibility</b> the observation's default, {@code PARTNERS}.</li>
 * </ul>
 *
 * <h2>The table of services</h2>
 * Service codes are a city's own, so the default table ({@link #defaults()}) maps common service <em>names</em>, in
 * English and Swedish: graffiti and klotter to {@code property-damage.graffiti}, street lights and belysning to
 * {@code unsafe-place.lighting}, weeds and overgrown vegetation to {@code unsafe-place.vegetation}, line of sight to
 * {@code unsafe-place.sightlines}, litter and illegal dumping to {@code littering}, traffic complaints to
 * {@code traffic}, among others. Most of a city's services (potholes, waste collection, permits, app feedback) are
 * not about insecurity, so a service the table does not map is <em>excluded</em> with a reason naming the setting
 * that would map it ({@code unmapped=reject} makes it an error).
 *
 * <h2>Settings</h2>
 * <ul>
 *   <li>{@code service.<code or name>=<category id>}, {@code =exclude} or {@code =exclude: <reason>}, and
 *       {@code severity.<code or name>=1…5};</li>
 *   <li>{@code area=<area id>}, {@code nearest.level=<level>}, {@code nearest.max-metres=<metres>};</li>
 *   <li>{@code services=<path to services.json>}, read when the importer is created;</li>
 *   <li>{@code unmapped=exclude|reject}, {@code channel}, {@code visibility}, {@code id.prefix}.</li>
 * </ul>
 * The JSON is read under the same limits as the Police events (see {@link org.est4j.io.polisen.PolisenEvents}); a
 * rejected request's {@code line} is its number in the array, from 1.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class Open311 {
    /** The importer's provider id, {@code open311}. */
    public static final String PROVIDER_ID = "open311";

    private Open311() {}

    /**
     * Returns an importer.
     *
     * @param config the settings described above
     * @return the importer; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when a setting is unknown or has a value of the wrong form
     * @throws org.est4j.core.ingest.ImportException when the {@code services} file cannot be read
     */
    public static ObservationImporterProvider.Importer importer(PluginConfig config) {
        return Open311Importer.create(requireNonNull(config, "config"), null);
    }

    /**
     * Returns an importer that knows a city's services catalogue.
     *
     * @param config the settings described above, without {@code services}
     * @param services the city's {@code services.json}, read now
     * @return the importer; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when a setting is unknown or has a value of the wrong form
     * @throws org.est4j.core.ingest.ImportException when the catalogue cannot be read, or a service in it has no code
     *     or name
     */
    public static ObservationImporterProvider.Importer importer(PluginConfig config, Source services) {
        return Open311Importer.create(requireNonNull(config, "config"), requireNonNull(services, "services"));
    }

    /**
     * Returns the default table of services in settings form: {@code service.<slug>} → category id, and
     * {@code severity.<slug>} → 1 to 5, such as {@code service.graffiti=property-damage.graffiti}.
     *
     * @return an unmodifiable map sorted by key
     */
    public static SortedMap<String, String> defaults() {
        return Open311Importer.defaults();
    }
}
