package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * The shapes of areas: for each area that has one, a JTS {@link Geometry} — a Polygon or MultiPolygon in WGS 84
 * longitude ({@code x}) and latitude ({@code y}). est-core's {@link org.est4j.core.area.Area} has only an optional
 * point and no geometry library; shapes live here, beside the hierarchy, keyed by area id.
 *
 * <pre>{@code
 * AreaGeometries shapes = AreaGeometries.of(Map.of(AreaId.of("centrum"), polygon));
 * shapes.find(AreaId.of("centrum"));          // a copy of the polygon
 * shapes.interiorPoint(AreaId.of("centrum")); // a point inside it, for labels and markers
 * }</pre>
 *
 * <p>Rules, all checked at once by {@link #of(Map)}: every shape is a non-empty Polygon or MultiPolygon, every
 * coordinate a finite longitude in -180..180 and latitude in -90..90, and the shape valid by the OGC rules (rings
 * closed and simple, holes inside their shell, polygons of a MultiPolygon not overlapping). Invalid shapes can be
 * repaired before with JTS's {@code GeometryFixer}.
 *
 * <p>JTS geometries are mutable, so this class copies every shape on the way in and on the way out: changing a
 * geometry passed in or handed out changes nothing here. Two sets are equal when they hold the same areas with
 * exactly equal shapes ({@link Geometry#equalsExact(Geometry)}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class AreaGeometries {
    private static final AreaGeometries EMPTY = new AreaGeometries(new TreeMap<>());
    /** How many shapes {@link #toString()} names before it abbreviates. */
    private static final int SHOWN = 5;

    private final SortedMap<AreaId, Geometry> shapes;

    private AreaGeometries(SortedMap<AreaId, Geometry> shapes) {
        this.shapes = shapes;
    }

    /**
     * Returns the set with no shapes.
     *
     * @return the empty set
     */
    public static AreaGeometries empty() {
        return EMPTY;
    }

    /**
     * Returns the shapes of some areas.
     *
     * @param shapes area ids to Polygons or MultiPolygons in WGS 84 longitude/latitude; copied
     * @return the set
     * @throws org.est4j.core.ValidationException listing every shape that breaks a rule, with paths such as
     *     {@code geometries[centrum]}
     */
    public static AreaGeometries of(Map<AreaId, ? extends Geometry> shapes) {
        requireNonNull(shapes, "shapes");
        Problems problems = Problems.of("AreaGeometries");
        SortedMap<AreaId, Geometry> copy = new TreeMap<>();
        shapes.forEach((id, g) -> {
            String path = "geometries[" + id + "]";
            problems.requirePresent(id, "geometries[null]");
            problems.requirePresent(g, path);
            if (id != null && g != null) {
                Optional<String> wrong = Shapes.problem(g);
                wrong.ifPresent(w -> problems.add(path, w, Shapes.describe(g)));
                if (wrong.isEmpty()) {
                    copy.put(id, Shapes.FACTORY.createGeometry(g));
                }
            }
        });
        problems.throwIfAny();
        return copy.isEmpty() ? EMPTY : new AreaGeometries(copy);
    }

    /** Wraps shapes already checked and owned by the caller. */
    static AreaGeometries trusted(SortedMap<AreaId, Geometry> shapes) {
        return shapes.isEmpty() ? EMPTY : new AreaGeometries(shapes);
    }

    /**
     * Returns this set with one more shape, or another shape for an area.
     *
     * @param area the area
     * @param shape its shape
     * @return a new set
     * @throws org.est4j.core.ValidationException when the shape breaks a rule
     */
    public AreaGeometries with(AreaId area, Geometry shape) {
        requireNonNull(area, "area");
        requireNonNull(shape, "shape");
        AreaGeometries one = of(Map.of(area, shape));
        SortedMap<AreaId, Geometry> copy = new TreeMap<>(shapes);
        copy.put(area, one.shapes.get(area));
        return new AreaGeometries(copy);
    }

    /**
     * Returns this set without the shapes of some areas, such as those not in a hierarchy.
     *
     * @param keep the areas whose shapes are kept
     * @return a new set, or this one when nothing is left out
     */
    public AreaGeometries retain(java.util.Collection<AreaId> keep) {
        requireNonNull(keep, "keep");
        SortedMap<AreaId, Geometry> copy = new TreeMap<>(shapes);
        copy.keySet().retainAll(keep);
        return copy.size() == shapes.size() ? this : trusted(copy);
    }

    /**
     * Returns a copy of an area's shape.
     *
     * @param area the area
     * @return the shape, or empty when the area has none here
     */
    public Optional<Geometry> find(AreaId area) {
        return Optional.ofNullable(shapes.get(requireNonNull(area, "area"))).map(Geometry::copy);
    }

    /**
     * Returns a copy of an area's shape.
     *
     * @param area the area
     * @return the shape
     * @throws UnknownReferenceException (kind {@code area}) when the area has no shape here
     */
    public Geometry get(AreaId area) {
        return find(area).orElseThrow(() -> new UnknownReferenceException("area", area.value(), "area geometries"));
    }

    /**
     * Tells whether an area has a shape here.
     *
     * @param area the area
     * @return true when it has
     */
    public boolean contains(AreaId area) {
        return shapes.containsKey(requireNonNull(area, "area"));
    }

    /**
     * Returns a point inside an area's shape (JTS's interior point: on a horizontal line through the middle, in the
     * widest part), for markers and labels, and for {@link org.est4j.core.area.Area#point()}.
     *
     * @param area the area
     * @return the point, or empty when the area has no shape here
     */
    public Optional<GeoPoint> interiorPoint(AreaId area) {
        return Optional.ofNullable(shapes.get(requireNonNull(area, "area"))).map(Shapes::interiorPoint);
    }

    /**
     * Returns the areas that have a shape.
     *
     * @return the ids, sorted
     */
    public SortedSet<AreaId> areas() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(shapes.keySet()));
    }

    /**
     * Returns the number of shapes.
     *
     * @return 0 or more
     */
    public int size() {
        return shapes.size();
    }

    /**
     * Tells whether there are no shapes.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return shapes.isEmpty();
    }

    /** The shape itself, not a copy, for this package's writers and indexes, which never change it. */
    Geometry shape(AreaId area) {
        return shapes.get(area);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AreaGeometries)) {
            return false;
        }
        SortedMap<AreaId, Geometry> that = ((AreaGeometries) other).shapes;
        if (!that.keySet().equals(shapes.keySet())) {
            return false;
        }
        for (Map.Entry<AreaId, Geometry> e : shapes.entrySet()) {
            if (!e.getValue().equalsExact(that.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // Equal shapes have equal envelopes, and Geometry.hashCode is the envelope's.
        int h = 0;
        for (Map.Entry<AreaId, Geometry> e : shapes.entrySet()) {
            h = 31 * h + e.getKey().hashCode() * 17 + e.getValue().getEnvelopeInternal().hashCode();
        }
        return h;
    }

    /** Returns a summary such as {@code AreaGeometries[2: centrum Polygon (5 positions), rimbo MultiPolygon (…)]}. */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "AreaGeometries[" + shapes.size() + (shapes.isEmpty() ? "" : ": "),
                "]");
        int shown = 0;
        for (Map.Entry<AreaId, Geometry> e : shapes.entrySet()) {
            if (shown++ == SHOWN) {
                s.add("…");
                break;
            }
            s.add(e.getKey() + " " + Shapes.describe(e.getValue()));
        }
        return s.toString();
    }
}
