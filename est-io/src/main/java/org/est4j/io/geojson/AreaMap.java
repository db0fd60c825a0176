package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.immutables.value.Value;

/**
 * A map of a municipality's areas as the export format {@code geojson} draws it: the hierarchy, the shapes of the
 * areas that have one, and optionally their assessments (which colour them), their situation pictures (whose
 * figures become properties) and hotspots (drawn as points) — or, for a map to give to an audience, a
 * {@linkplain #feedback() feedback report}, whose disclosed figures and levels take their place.
 *
 * <pre>{@code
 * AreaMap map = AreaMap.builder().areas(GeoJsonAreas.read(source)).pictures(set)
 *         .addAllAssessments(assessments).build();
 * GeoJson.write(map, out);      // open in geojson.io: areas filled in their level's colour, hotspots as markers
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: the hierarchy is given; every shape, assessment, picture and hotspot
 * is of an area in the hierarchy; no area has two assessments; assessments are all of one period, and of the
 * pictures' period when there are pictures; a feedback report's areas are in the hierarchy, and a map with a
 * feedback report has no assessments, pictures or hotspots besides.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AreaMap {
    AreaMap() {}

    /**
     * Returns the hierarchy: every area becomes a feature.
     *
     * @return never null
     */
    public abstract AreaHierarchy hierarchy();

    /**
     * Returns the shapes of the areas that have one; the others are drawn at their point, if they have one.
     *
     * @return {@link AreaGeometries#empty()} unless set
     */
    @Value.Default
    public AreaGeometries geometries() {
        return AreaGeometries.empty();
    }

    /**
     * Returns the assessments, at most one per area, which colour the areas.
     *
     * @return the assessments, in any order
     */
    public abstract List<Assessment> assessments();

    /**
     * Returns the situation pictures, whose figures (total, scores, trends, coverage) become the areas' properties
     * and whose hotspots are drawn.
     *
     * @return the pictures, or empty
     */
    public abstract Optional<PictureSet> pictures();

    /**
     * Returns a feedback report, whose figures — only what its audience may see, suppressed cells as {@code null}
     * with {@code "suppressed": true} — become the areas' properties, whose levels colour them and whose hotspots are
     * drawn. A map of a feedback report has no assessments, pictures or hotspots of its own: they are not disclosed.
     *
     * @return the report, or empty
     */
    public abstract Optional<FeedbackReport> feedback();

    /**
     * Returns hotspots to draw beside those of the {@linkplain #pictures() pictures}.
     *
     * @return hotspots, in the order given
     */
    public abstract List<Hotspot> hotspots();

    /**
     * Returns every hotspot drawn: those given, then those of the pictures in the pictures' order, each once (a
     * hotspot found in a place shows in the pictures of the place and of every area around it).
     *
     * @return distinct hotspots in that order
     */
    @Value.Lazy
    public List<Hotspot> allHotspots() {
        Set<Hotspot> all = new LinkedHashSet<>(hotspots());
        pictures().ifPresent(set -> set.pictures().forEach(p -> all.addAll(p.hotspots())));
        return List.copyOf(all);
    }

    /**
     * Returns the assessment of an area.
     *
     * @param area the area
     * @return its assessment, or empty
     */
    public Optional<Assessment> assessment(AreaId area) {
        return Optional.ofNullable(assessmentsByArea().get(requireNonNull(area, "area")));
    }

    @Value.Lazy
    Map<AreaId, Assessment> assessmentsByArea() {
        Map<AreaId, Assessment> map = new HashMap<>();
        assessments().forEach(a -> map.put(a.area(), a));
        return map;
    }

    /**
     * Returns the map of a hierarchy alone: its areas at their points.
     *
     * @param hierarchy the hierarchy
     * @return the map
     */
    public static AreaMap of(AreaHierarchy hierarchy) {
        return builder().hierarchy(requireNonNull(hierarchy, "hierarchy")).build();
    }

    /**
     * Returns the map of areas with shapes.
     *
     * @param areas the hierarchy and shapes
     * @return the map
     */
    public static AreaMap of(GeoAreas areas) {
        return builder().areas(requireNonNull(areas, "areas")).build();
    }

    /**
     * Returns the map of a feedback report: its areas at their points (the report carries no shapes; for shapes,
     * build the map with {@link Builder#areas(GeoAreas)} and {@link Builder#feedback(FeedbackReport)}).
     *
     * @param report the report
     * @return the map
     */
    public static AreaMap of(FeedbackReport report) {
        requireNonNull(report, "report");
        List<Area> areas = new ArrayList<>();
        for (org.est4j.core.feedback.AreaRow row : report.areas()) {
            Area.Builder area = Area.builder().id(row.id()).name(row.name()).level(row.areaLevel())
                    .parent(row.parent());
            row.point().ifPresent(area::point);
            areas.add(area.build());
        }
        return builder().hierarchy(AreaHierarchy.of(areas)).feedback(report).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AreaMap}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableAreaMap.Builder {
        Builder() {}

        /**
         * Sets the hierarchy and the shapes.
         *
         * @param areas the hierarchy and shapes
         * @return this builder
         */
        public Builder areas(GeoAreas areas) {
            requireNonNull(areas, "areas");
            hierarchy(areas.hierarchy());
            geometries(areas.geometries());
            return this;
        }
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("AreaMap").requirePresent(hierarchy(), "hierarchy")
                .requirePresent(geometries(), "geometries");
        if (hierarchy() == null || geometries() == null) {
            problems.throwIfAny();
        }
        AreaHierarchy h = hierarchy();
        for (AreaId id : geometries().areas()) {
            problems.require(h.contains(id), "geometries[" + id + "]", "must be the shape of an area in the hierarchy",
                    id);
        }
        Map<AreaId, Integer> seen = new HashMap<>();
        for (int i = 0; i < assessments().size(); i++) {
            Assessment a = assessments().get(i);
            String path = "assessments[" + i + "]";
            problems.require(h.contains(a.area()), path + ".area", "must be an area of the hierarchy", a.area());
            Integer earlier = seen.putIfAbsent(a.area(), i);
            problems.require(earlier == null, path + ".area",
                    "must not be assessed twice; assessments[" + earlier + "] is of the same area", a.area());
            problems.require(a.period().equals(assessments().get(0).period()), path + ".period",
                    "must be the period of the other assessments, " + assessments().get(0).period(), a.period());
            pictures().ifPresent(set -> problems.require(a.period().equals(set.period()), path + ".period",
                    "must be the pictures' period " + set.period(), a.period()));
        }
        pictures().ifPresent(set -> {
            List<SituationPicture> list = set.pictures();
            for (int i = 0; i < list.size(); i++) {
                problems.require(h.contains(list.get(i).area()), "pictures.pictures[" + i + "].area",
                        "must be an area of the hierarchy", list.get(i).area());
                List<Hotspot> spots = list.get(i).hotspots();
                for (int j = 0; j < spots.size(); j++) {
                    problems.require(h.contains(spots.get(j).area()), "pictures.pictures[" + i + "].hotspots[" + j
                            + "].area", "must be an area of the hierarchy", spots.get(j).area());
                }
            }
        });
        feedback().ifPresent(report -> {
            problems.require(assessments().isEmpty() && pictures().isEmpty() && hotspots().isEmpty(), "feedback",
                    "must be the map's only figures: assessments, pictures and hotspots are not disclosed for the"
                    + " report's audience; leave them out", report.audience());
            for (int i = 0; i < report.areas().size(); i++) {
                problems.require(h.contains(report.areas().get(i).id()), "feedback.areas[" + i + "].id",
                        "must be an area of the hierarchy", report.areas().get(i).id());
            }
        });
        for (int i = 0; i < hotspots().size(); i++) {
            problems.require(h.contains(hotspots().get(i).area()), "hotspots[" + i + "].area",
                    "must be an area of the hierarchy", hotspots().get(i).area());
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code AreaMap[12 areas, 10 shapes, 12 assessments, pictures 2026-W47, 3 hotspots]}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(hierarchy().size() + " areas");
        parts.add(geometries().size() + " shapes");
        parts.add(assessments().size() + " assessments");
        pictures().ifPresent(p -> parts.add("pictures " + p.period()));
        feedback().ifPresent(r -> parts.add("feedback " + r.audience() + " " + r.period()));
        parts.add(allHotspots().size() + " hotspots");
        return "AreaMap[" + String.join(", ", parts) + "]";
    }
}
