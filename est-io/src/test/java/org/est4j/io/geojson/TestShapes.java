package org.est4j.io.geojson;

import java.util.Map;
import java.util.TreeMap;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A hand-made municipality of shapes, in WGS 84 longitude and latitude:
 *
 * <pre>
 *  59.8 +-----------------------------------------+   kommun: the whole square 18.0..18.4 × 59.6..59.8
 *       | norr            +--------+              |   norr: the northern half
 *       |   +------+      | parken |              |     torget: a small square
 *       |   |torget|      |  +--+  |              |     parken: a square with a hole (the pond)
 *       |   +------+      |  +--+  |              |
 *  59.7 +-----------------+--------+--------------+
 *       | syd (part 1)       | gap |  syd (part 2) |   syd: a MultiPolygon of two parts with a gap between
 *       |   /skolan\         |     |              |     skolan: a triangle in part 1
 *       |  /________\        |     |   · hamnen   |     hamnen: a point only
 *  59.6 +--------------------+-----+--------------+
 *      18.0                 18.2  18.25           18.4
 * </pre>
 */
final class TestShapes {
    static final AreaId KOMMUN = AreaId.of("kommun");
    static final AreaId NORR = AreaId.of("norr");
    static final AreaId SYD = AreaId.of("syd");
    static final AreaId TORGET = AreaId.of("torget");
    static final AreaId PARKEN = AreaId.of("parken");
    static final AreaId SKOLAN = AreaId.of("skolan");
    static final AreaId HAMNEN = AreaId.of("hamnen");

    private TestShapes() {}

    static Geometry wkt(String text) {
        try {
            return new WKTReader(Shapes.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Map<AreaId, Geometry> shapes() {
        Map<AreaId, Geometry> m = new TreeMap<>();
        m.put(KOMMUN, wkt("POLYGON ((18 59.6, 18.4 59.6, 18.4 59.8, 18 59.8, 18 59.6))"));
        m.put(NORR, wkt("POLYGON ((18 59.7, 18.4 59.7, 18.4 59.8, 18 59.8, 18 59.7))"));
        m.put(TORGET, wkt("POLYGON ((18.1 59.72, 18.15 59.72, 18.15 59.75, 18.1 59.75, 18.1 59.72))"));
        m.put(PARKEN, wkt("POLYGON ((18.2 59.72, 18.3 59.72, 18.3 59.78, 18.2 59.78, 18.2 59.72), "
                + "(18.23 59.74, 18.23 59.76, 18.27 59.76, 18.27 59.74, 18.23 59.74))"));
        m.put(SYD, wkt("MULTIPOLYGON (((18 59.6, 18.2 59.6, 18.2 59.7, 18 59.7, 18 59.6)), "
                + "((18.25 59.6, 18.4 59.6, 18.4 59.7, 18.25 59.7, 18.25 59.6)))"));
        m.put(SKOLAN, wkt("POLYGON ((18.05 59.62, 18.15 59.62, 18.1 59.68, 18.05 59.62))"));
        return m;
    }

    static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(
                Area.builder().id(KOMMUN).name("Kommunen").level(AreaLevel.MUNICIPALITY)
                        .putExternalCodes(Area.KOMMUNKOD, "0188").build(),
                Area.of(NORR, "Norr", AreaLevel.DISTRICT, KOMMUN),
                Area.of(SYD, "Syd", AreaLevel.DISTRICT, KOMMUN),
                Area.of(TORGET, "Torget", AreaLevel.PLACE, NORR),
                Area.of(PARKEN, "Parken", AreaLevel.PLACE, NORR),
                Area.of(SKOLAN, "Skolan", AreaLevel.PLACE, SYD),
                Area.builder().id(HAMNEN).name("Hamnen").level(AreaLevel.PLACE).parent(SYD)
                        .point(GeoPoint.of(59.65, 18.3)).build());
    }

    static GeoAreas areas() {
        return GeoAreas.of(hierarchy(), AreaGeometries.of(shapes()));
    }
}
