package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.internal.Settings;
import org.immutables.value.Value;

/**
 * How est4j writes GeoJSON: the precision of coordinates and the look of the map in tools that read the
 * <a href="https://github.com/mapbox/simplestyle-spec">simplestyle</a> properties (geojson.io, GitHub, Mapbox).
 *
 * <table>
 *   <caption>Settings ({@link #from(PluginConfig)} keys) and defaults</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code precision}</td><td>6</td><td>decimals of coordinates, 1 to 12: 6 is about 10 cm, as
 *       RFC 7946 §11.2 suggests</td></tr>
 *   <tr><td>{@code fill-opacity}</td><td>0.6</td><td>opacity of an assessed area's fill, 0 to 1</td></tr>
 *   <tr><td>{@code hotspot-colour}</td><td>{@code #B71C1C}</td><td>the marker colour of hotspots</td></tr>
 * </table>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GeoJsonStyle {
    /** The default {@link #precision()}. */
    public static final int DEFAULT_PRECISION = 6;
    /** The default {@link #fillOpacity()}. */
    public static final double DEFAULT_FILL_OPACITY = 0.6;
    /** The default {@link #hotspotColour()}, a dark red. */
    public static final String DEFAULT_HOTSPOT_COLOUR = "#B71C1C";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> KEYS = Set.of("precision", "fill-opacity", "hotspot-colour");

    GeoJsonStyle() {}

    /**
     * Returns the number of decimals of coordinates; they are rounded half up.
     *
     * @return 1 to 12, {@value #DEFAULT_PRECISION} unless set
     */
    @Value.Default
    public int precision() {
        return DEFAULT_PRECISION;
    }

    /**
     * Returns the opacity of an assessed area's fill ({@code fill-opacity}).
     *
     * @return 0 to 1, {@value #DEFAULT_FILL_OPACITY} unless set
     */
    @Value.Default
    public double fillOpacity() {
        return DEFAULT_FILL_OPACITY;
    }

    /**
     * Returns the marker colour of hotspots ({@code marker-color}).
     *
     * @return {@code #RRGGBB}, upper case; {@value #DEFAULT_HOTSPOT_COLOUR} unless set
     */
    @Value.Default
    public String hotspotColour() {
        return DEFAULT_HOTSPOT_COLOUR;
    }

    /**
     * Returns the defaults.
     *
     * @return the style with every default
     */
    public static GeoJsonStyle defaults() {
        return builder().build();
    }

    /**
     * Returns the style the settings in the table above give, as the export format {@code geojson} reads them. An
     * unknown key is an error.
     *
     * @param config the settings
     * @return the style
     * @throws org.est4j.core.ValidationException listing every unknown key and every value of the wrong form
     */
    public static GeoJsonStyle from(PluginConfig config) {
        requireNonNull(config, "config");
        Settings s = new Settings("geojson export settings", config).allow(KEYS, Set.of());
        s.check();
        Builder b = builder();
        long precision = config.integer("precision", DEFAULT_PRECISION);
        b.precision((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, precision)));
        b.fillOpacity(config.decimal("fill-opacity", DEFAULT_FILL_OPACITY));
        config.string("hotspot-colour").ifPresent(b::hotspotColour);
        return b.build();
    }

    /**
     * Returns an empty builder: the defaults unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GeoJsonStyle}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableGeoJsonStyle.Builder {
        Builder() {}
    }

    @Value.Check
    GeoJsonStyle normalise() {
        Problems.of("GeoJsonStyle")
                .require(precision() >= 1 && precision() <= 12, "precision", "must be 1 to 12 decimals", precision())
                .require(fillOpacity() >= 0 && fillOpacity() <= 1, "fillOpacity", "must be from 0 to 1", fillOpacity())
                .require(hotspotColour() != null && COLOUR.matcher(hotspotColour()).matches(), "hotspotColour",
                        "must be #RRGGBB with hex digits, such as #B71C1C", hotspotColour())
                .throwIfAny();
        String upper = hotspotColour().toUpperCase(java.util.Locale.ROOT);
        return upper.equals(hotspotColour()) ? this : builder().from(this).hotspotColour(upper).build();
    }

    /** Returns a summary such as {@code GeoJsonStyle[precision 6, fill-opacity 0.6, hotspots #B71C1C]}. */
    @Override
    public String toString() {
        return "GeoJsonStyle[precision " + precision() + ", fill-opacity " + fillOpacity() + ", hotspots "
                + hotspotColour() + "]";
    }
}
