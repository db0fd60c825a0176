package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.Observation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the area a position lies in: the deepest area of a hierarchy whose shape covers it, with a spatial index
 * (a JTS STR-tree of the shapes' bounding boxes, then a prepared-geometry test of the few candidates), so that
 * thousands of observations are placed in milliseconds.
 *
 * <pre>{@code
 * PointAssigner assigner = PointAssigner.of(GeoJsonAreas.read(Sources.of(Path.of("omraden.geojson"))));
 * assigner.locate(GeoPoint.of(59.7580, 18.7049));   // Optional[norrtalje/centrum/torget]
 * PointAssignment result = assigner.assign(imported.accepted());
 * result.outside();                                  // observations whose point lies in no area: look at them
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A shape <em>covers</em> a position lying inside it or on its boundary, so a point on the line between two
 *       districts lies in both; so does a point in an area and in an area within it.</li>
 *   <li>Of the areas whose shapes cover a position, the deepest in the hierarchy wins; between areas of the same
 *       depth (overlapping neighbours, or a shared boundary), the first in the hierarchy's pre-order.</li>
 *   <li>Areas without a shape are never found; a position inside a child's shape finds the child even when the
 *       parent has no shape.</li>
 *   <li>Positions are compared as planar longitude/latitude, as GeoJSON's are; shapes that cross the
 *       antimeridian are not handled (no Swedish area does).</li>
 * </ul>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe: the index is built at once and only read
 * afterwards, and JTS's prepared geometries initialise their caches under a lock.
 */
public final class PointAssigner {
    private final AreaHierarchy hierarchy;
    private final STRtree index;
    private final int size;

    /** A shape in the index, with its area's depth and pre-order position for choosing among candidates. */
    private static final class Entry {
        final AreaId area;
        final int depth;
        final int order;
        final PreparedGeometry shape;

        Entry(AreaId area, int depth, int order, PreparedGeometry shape) {
            this.area = area;
            this.depth = depth;
            this.order = order;
            this.shape = shape;
        }
    }

    /** Deepest first, then first in pre-order. */
    private static final Comparator<Entry> PREFERRED =
            Comparator.comparingInt((Entry e) -> -e.depth).thenComparingInt(e -> e.order);

    private PointAssigner(AreaHierarchy hierarchy, AreaGeometries geometries) {
        this.hierarchy = hierarchy;
        this.index = new STRtree();
        int n = 0;
        for (AreaId id : geometries.areas()) {
            Geometry shape = geometries.shape(id);
            int order = hierarchy.indexOf(id);
            index.insert(shape.getEnvelopeInternal(), new Entry(id, hierarchy.depthAt(order), order,
                    PreparedGeometryFactory.prepare(shape)));
            n++;
        }
        this.size = n;
        index.build();
    }

    /**
     * Returns an assigner over the shapes of a hierarchy's areas.
     *
     * @param areas the hierarchy and its shapes
     * @return the assigner
     */
    public static PointAssigner of(GeoAreas areas) {
        requireNonNull(areas, "areas");
        return new PointAssigner(areas.hierarchy(), areas.geometries());
    }

    /**
     * Returns the hierarchy the areas found belong to.
     *
     * @return the hierarchy
     */
    public AreaHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Returns the number of shapes indexed.
     *
     * @return 0 or more
     */
    public int size() {
        return size;
    }

    /**
     * Finds the deepest area whose shape covers a position.
     *
     * @param point the position
     * @return the area, or empty when the position lies in no shape
     */
    public Optional<AreaId> locate(GeoPoint point) {
        return candidates(point).stream().min(PREFERRED).map(e -> e.area);
    }

    /**
     * Finds every area whose shape covers a position.
     *
     * @param point the position
     * @return the areas, deepest first, then in the hierarchy's pre-order
     */
    public List<AreaId> covering(GeoPoint point) {
        List<Entry> found = candidates(point);
        found.sort(PREFERRED);
        List<AreaId> areas = new ArrayList<>(found.size());
        found.forEach(e -> areas.add(e.area));
        return areas;
    }

    private List<Entry> candidates(GeoPoint point) {
        requireNonNull(point, "point");
        Coordinate c = new Coordinate(point.longitude(), point.latitude());
        Point p = Shapes.FACTORY.createPoint(c);
        List<Entry> covering = new ArrayList<>();
        for (Object item : index.query(new Envelope(c))) {
            Entry e = (Entry) item;
            if (e.shape.covers(p)) {
                covering.add(e);
            }
        }
        return covering;
    }

    /**
     * Places observations by their points. The point decides: an observation whose point lies in an area's shape
     * gets the deepest such area — unless the area it has is that area or lies within it, since that is at least as
     * precise (a place without a shape of its own, inside the district found). Observations without a point, and
     * those whose point lies in no shape, are kept unchanged and listed apart, never dropped.
     *
     * @param observations the observations
     * @return the observations placed, outside every shape, and without a point, which together are all of them
     */
    public PointAssignment assign(Collection<Observation> observations) {
        requireNonNull(observations, "observations");
        PointAssignment.Builder result = PointAssignment.builder();
        for (Observation o : observations) {
            requireNonNull(o, "observation");
            if (o.point().isEmpty()) {
                result.addWithoutPoint(o);
                continue;
            }
            Optional<AreaId> found = locate(o.point().get());
            if (found.isEmpty()) {
                result.addOutside(o);
                continue;
            }
            AreaId area = found.get();
            boolean keep = o.area().equals(area)
                    || (hierarchy.contains(o.area()) && hierarchy.isAncestorOf(area, o.area()));
            if (keep) {
                result.addAssigned(o);
            } else {
                result.addAssigned(Observation.builder().from(o).area(area).build());
                result.addReassigned(o.id());
            }
        }
        return result.build();
    }

    /** Returns a summary such as {@code PointAssigner[12 shapes in a hierarchy of 40 areas]}. */
    @Override
    public String toString() {
        return "PointAssigner[" + size + (size == 1 ? " shape" : " shapes") + " in a hierarchy of " + hierarchy.size()
                + " areas]";
    }
}
