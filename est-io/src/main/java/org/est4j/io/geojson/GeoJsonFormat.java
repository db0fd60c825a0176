package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.internal.Settings;
import org.immutables.value.Value;

/**
 * How to read areas from a GeoJSON FeatureCollection: which feature properties hold an area's id, name, level,
 * parent and external codes, what to do with invalid shapes, and the limits that stop hostile input.
 *
 * <pre>{@code
 * GeoJsonFormat scb = GeoJsonFormat.builder().idProperty("deso").nameProperty("deso")
 *         .defaultLevel(AreaLevel.DESO).putCodeProperties(Area.DESO, "deso").build();
 * GeoAreas deso = GeoJsonAreas.read(Sources.of(Path.of("deso.geojson")), scb);
 * }</pre>
 *
 * <table>
 *   <caption>Settings ({@link #from(PluginConfig)} keys) and defaults</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code property.id}</td><td>{@code id}</td><td>the property holding the area's id; when a feature
 *       lacks it, the feature's own {@code "id"} member is used</td></tr>
 *   <tr><td>{@code property.name}</td><td>{@code name}</td><td>the area's name</td></tr>
 *   <tr><td>{@code property.level}</td><td>{@code level}</td><td>the area's level code, such as
 *       {@code stadsdel}</td></tr>
 *   <tr><td>{@code property.parent}</td><td>{@code parent}</td><td>the parent's id; missing, null or empty for a
 *       root</td></tr>
 *   <tr><td>{@code code.<key>}</td><td>none</td><td>a property to read as the external code {@code <key>}, such as
 *       {@code code.deso=Deso}; a property named {@code code.<key>} (as est4j writes them) is read as that code
 *       anyway</td></tr>
 *   <tr><td>{@code default.level}</td><td>none</td><td>the level of features without a level property</td></tr>
 *   <tr><td>{@code invalid-geometries}</td><td>{@code reject}</td><td>{@code reject} reports an invalid polygon
 *       as a problem; {@code repair} repairs it with JTS's {@code GeometryFixer}</td></tr>
 *   <tr><td>{@code max-bytes}</td><td>256 MiB</td><td>the largest input read</td></tr>
 *   <tr><td>{@code max-features}</td><td>100,000</td><td>the most features read</td></tr>
 *   <tr><td>{@code max-positions}</td><td>5,000,000</td><td>the most positions (coordinate pairs) read, in all
 *       shapes together; each takes about 50 bytes of memory</td></tr>
 * </table>
 *
 * <p>Fixed limits beside these: nesting of at most {@value #MAX_NESTING_DEPTH} arrays and objects, strings of at
 * most {@value #MAX_STRING_LENGTH} characters, property names of at most {@value #MAX_NAME_LENGTH}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GeoJsonFormat {
    /** The default {@link #maxBytes()}: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** The default {@link #maxFeatures()}. */
    public static final int DEFAULT_MAX_FEATURES = 100_000;
    /** The default {@link #maxPositions()}. */
    public static final long DEFAULT_MAX_POSITIONS = 5_000_000;
    /** The deepest nesting of arrays and objects read: a MultiPolygon needs 8, properties rarely more. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final Set<String> KEYS = Set.of("property.id", "property.name", "property.level",
            "property.parent", "default.level", "invalid-geometries", "max-bytes", "max-features", "max-positions");

    GeoJsonFormat() {}

    /**
     * Returns the property that holds an area's id.
     *
     * @return {@code id} unless set
     */
    @Value.Default
    public String idProperty() {
        return "id";
    }

    /**
     * Returns the property that holds an area's name.
     *
     * @return {@code name} unless set
     */
    @Value.Default
    public String nameProperty() {
        return "name";
    }

    /**
     * Returns the property that holds an area's level code.
     *
     * @return {@code level} unless set
     */
    @Value.Default
    public String levelProperty() {
        return "level";
    }

    /**
     * Returns the property that holds the id of an area's parent.
     *
     * @return {@code parent} unless set
     */
    @Value.Default
    public String parentProperty() {
        return "parent";
    }

    /**
     * Returns the properties read as external codes, by code key: {@code deso → Deso} reads property {@code Deso}
     * as the code {@link org.est4j.core.area.Area#DESO}.
     *
     * @return code keys to property names, sorted by key; empty by default
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> codeProperties();

    /**
     * Returns the level of features without a level property.
     *
     * @return the level, or empty when the property is required
     */
    public abstract Optional<AreaLevel> defaultLevel();

    /**
     * Tells whether invalid polygons are repaired (with JTS's {@code GeometryFixer}) rather than reported.
     *
     * @return false unless set
     */
    @Value.Default
    public boolean repairInvalidGeometries() {
        return false;
    }

    /**
     * Returns the largest input read, in bytes.
     *
     * @return {@value #DEFAULT_MAX_BYTES} unless set
     */
    @Value.Default
    public long maxBytes() {
        return DEFAULT_MAX_BYTES;
    }

    /**
     * Returns the most features read.
     *
     * @return {@value #DEFAULT_MAX_FEATURES} unless set
     */
    @Value.Default
    public int maxFeatures() {
        return DEFAULT_MAX_FEATURES;
    }

    /**
     * Returns the most positions read, in all shapes together.
     *
     * @return {@value #DEFAULT_MAX_POSITIONS} unless set
     */
    @Value.Default
    public long maxPositions() {
        return DEFAULT_MAX_POSITIONS;
    }

    /**
     * Returns the format with every default.
     *
     * @return the defaults
     */
    public static GeoJsonFormat defaults() {
        return builder().build();
    }

    /**
     * Returns the format the settings in the table above give, as the hierarchy provider {@code geojson} reads them.
     * An unknown key is an error, so that a misspelt one does not go unnoticed.
     *
     * @param config the settings
     * @return the format
     * @throws ValidationException listing every unknown key and every value of the wrong form
     */
    public static GeoJsonFormat from(PluginConfig config) {
        requireNonNull(config, "config");
        Settings s = new Settings("geojson area settings", config).allow(KEYS, Set.of("code"));
        Builder b = builder();
        s.text("property.id").ifPresent(b::idProperty);
        s.text("property.name").ifPresent(b::nameProperty);
        s.text("property.level").ifPresent(b::levelProperty);
        s.text("property.parent").ifPresent(b::parentProperty);
        for (Map.Entry<String, String> e : config.withPrefix("code").entrySet()) {
            b.putCodeProperties(e.getKey(), e.getValue());
        }
        s.text("default.level").ifPresent(level -> {
            try {
                b.defaultLevel(AreaLevel.of(level));
            } catch (ValidationException e) {
                s.problem("default.level", "must be a level code such as stadsdel or deso", level);
            }
        });
        b.repairInvalidGeometries(s.choice("invalid-geometries", "reject", "reject", "repair").equals("repair"));
        whole(s, config, "max-bytes").ifPresent(b::maxBytes);
        whole(s, config, "max-features").ifPresent(v -> b.maxFeatures((int) Math.min(Integer.MAX_VALUE, v)));
        whole(s, config, "max-positions").ifPresent(b::maxPositions);
        s.check();
        try {
            return b.build();
        } catch (ValidationException e) {
            throw new ValidationException("geojson area settings", e.problems());
        }
    }

    private static Optional<Long> whole(Settings s, PluginConfig config, String key) {
        Optional<String> text = s.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long v = Long.parseLong(text.get().replace("_", ""));
            if (v > 0) {
                return Optional.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        s.problem(key, "must be a positive whole number", config.string(key).orElse(""));
        return Optional.empty();
    }

    /**
     * Returns an empty builder: the defaults unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GeoJsonFormat}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableGeoJsonFormat.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("GeoJsonFormat");
        property(problems, idProperty(), "idProperty");
        property(problems, nameProperty(), "nameProperty");
        property(problems, levelProperty(), "levelProperty");
        property(problems, parentProperty(), "parentProperty");
        codeProperties().forEach((key, property) -> {
            problems.require(!key.isBlank(), "codeProperties[" + key + "]", "key must not be blank", "'" + key + "'");
            property(problems, property, "codeProperties[" + key + "]");
        });
        problems.require(maxBytes() > 0, "maxBytes", "must be positive", maxBytes())
                .require(maxFeatures() > 0, "maxFeatures", "must be positive", maxFeatures())
                .require(maxPositions() > 0, "maxPositions", "must be positive", maxPositions())
                .throwIfAny();
    }

    private static void property(Problems problems, String name, String path) {
        problems.require(name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH, path,
                "must name a property: 1 to " + MAX_NAME_LENGTH + " characters, not blank",
                name == null ? null : "'" + name + "'");
    }

    /** Returns a summary of the property names and limits. */
    @Override
    public String toString() {
        return "GeoJsonFormat[id " + idProperty() + ", name " + nameProperty() + ", level " + levelProperty()
                + ", parent " + parentProperty() + (codeProperties().isEmpty() ? "" : ", codes " + codeProperties())
                + defaultLevel().map(l -> ", default level " + l).orElse("")
                + (repairInvalidGeometries() ? ", repair invalid geometries" : "") + ", maxBytes " + maxBytes()
                + ", maxFeatures " + maxFeatures() + ", maxPositions " + maxPositions() + "]";
    }
}
