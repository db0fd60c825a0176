package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.AREA_LEVEL;
import static org.est4j.io.json.internal.Values.GEO_POINT;
import static org.est4j.io.json.internal.Values.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;

/**
 * Codecs of areas and hierarchies.
 *
 * <p>This class is internal and not for public use.
 */
public final class AreaCodecs {
    private AreaCodecs() {}

    /** An {@link Area}. */
    public static final ObjectCodec<Area> AREA = new ObjectCodec<>("an area",
            List.of("id", "name", "level", "parent", "externalCodes", "point"),
            (a, g) -> {
                Out.field(g, "id", AREA_ID, a.id());
                g.writeStringField("name", a.name());
                Out.field(g, "level", AREA_LEVEL, a.level());
                Out.optional(g, "parent", AREA_ID, a.parent());
                Out.textMap(g, "externalCodes", a.externalCodes());
                Out.optional(g, "point", GEO_POINT, a.point());
            },
            f -> {
                Area.Builder b = Area.builder();
                f.read("id", AREA_ID, b::id);
                f.read("name", TEXT, b::name);
                f.read("level", AREA_LEVEL, b::level);
                f.read("parent", AREA_ID, b::parent);
                f.readTextMap("externalCodes", b::putExternalCodes);
                f.read("point", GEO_POINT, b::point);
                return f.build(b::build);
            });

    /** An {@link AreaHierarchy}: its areas in pre-order. */
    public static final ObjectCodec<AreaHierarchy> HIERARCHY = new ObjectCodec<>("an area hierarchy",
            List.of("areas"),
            (h, g) -> Out.array(g, "areas", AREA, h.areas()),
            f -> {
                List<Area> areas = new ArrayList<>();
                f.readList("areas", AREA, areas::add);
                return f.build(() -> AreaHierarchy.of(areas));
            });
}
