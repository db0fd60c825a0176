package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.immutables.value.Value;

/**
 * An area hierarchy with the shapes of its areas: what {@link GeoJsonAreas#read(org.est4j.core.spi.Source)} reads
 * from a GeoJSON file, what a {@link PointAssigner} is built from, and a document the export format
 * {@code geojson} writes.
 *
 * <pre>{@code
 * GeoAreas areas = GeoJsonAreas.read(Sources.of(Path.of("stadsdelar.geojson")));
 * AreaHierarchy hierarchy = areas.hierarchy();                // for the picture compiler
 * PointAssigner assigner = PointAssigner.of(areas);           // for observations with coordinates
 * }</pre>
 *
 * <p>Not every area needs a shape (a municipality may be only the sum of its districts, a place only a point).
 * Rules, checked by the builder: the hierarchy is given, and every shape is of an area in it.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GeoAreas {
    GeoAreas() {}

    /**
     * Returns the hierarchy.
     *
     * @return never null
     */
    public abstract AreaHierarchy hierarchy();

    /**
     * Returns the shapes of the areas that have one.
     *
     * @return {@link AreaGeometries#empty()} unless set
     */
    @Value.Default
    public AreaGeometries geometries() {
        return AreaGeometries.empty();
    }

    /**
     * Returns a hierarchy with shapes.
     *
     * @param hierarchy the hierarchy
     * @param geometries the shapes, each of an area in the hierarchy
     * @return the value
     * @throws org.est4j.core.ValidationException when a shape is of an area not in the hierarchy
     */
    public static GeoAreas of(AreaHierarchy hierarchy, AreaGeometries geometries) {
        return builder().hierarchy(requireNonNull(hierarchy, "hierarchy")).geometries(requireNonNull(geometries,
                "geometries")).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GeoAreas}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableGeoAreas.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("GeoAreas").requirePresent(hierarchy(), "hierarchy")
                .requirePresent(geometries(), "geometries");
        if (hierarchy() != null && geometries() != null) {
            for (AreaId id : geometries().areas()) {
                problems.require(hierarchy().contains(id), "geometries[" + id + "]",
                        "must be the shape of an area in the hierarchy", id);
            }
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code GeoAreas[290 areas, 290 shapes]}. */
    @Override
    public String toString() {
        return "GeoAreas[" + hierarchy().size() + (hierarchy().size() == 1 ? " area, " : " areas, ")
                + geometries().size() + (geometries().size() == 1 ? " shape]" : " shapes]");
    }
}
