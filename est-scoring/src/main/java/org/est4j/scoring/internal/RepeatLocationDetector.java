package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.PluginConfig;

/**
 * The hotspot detector {@code repeat-location}: places with repeated observations in the window. See
 * {@link org.est4j.scoring.hotspot.HotspotDetectors#repeatLocation(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class RepeatLocationDetector implements HotspotDetector {
    /** The id of the detector. */
    public static final String ID = "repeat-location";

    private final long minCount;
    private final double minShare;
    private final double cell;
    private final Words words;

    private RepeatLocationDetector(long minCount, double minShare, double cell, Words words) {
        this.minCount = minCount;
        this.minShare = minShare;
        this.cell = cell;
        this.words = words;
    }

    /**
     * Makes the detector from its settings.
     *
     * @param config {@code min-count}, {@code min-share}, {@code point-cell-metres}, {@code language}
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static RepeatLocationDetector of(PluginConfig config, Taxonomy taxonomy) {
        Settings.requireKnownKeys(config, ID, Set.of("min-count", "min-share", "point-cell-metres", Words.KEY), Set.of());
        long minCount = Settings.atLeast(config, "min-count", 3, 1);
        double minShare = config.decimal("min-share", 0.1);
        double cell = config.decimal("point-cell-metres", 25);
        Problems.of(Settings.SUBJECT)
                .require(minShare >= 0 && minShare <= 1, "min-share", "must be a share from 0 to 1", minShare)
                .require(cell >= 0, "point-cell-metres", "must be 0 (the same point exactly) or more", cell)
                .throwIfAny();
        return new RepeatLocationDetector(minCount, minShare, cell, Words.of(config).withTaxonomy(taxonomy));
    }

    /** The observations of one place, in the query's order. */
    private static final class Place {
        final String kind;
        final AreaId area;
        final String name;
        final List<Observation> observations = new ArrayList<>();
        GeoPoint cellCentre;

        Place(String kind, AreaId area, String name) {
            this.kind = kind;
            this.area = area;
            this.name = name;
        }
    }

    @Override
    public List<Hotspot> detect(HotspotQuery query) {
        requireNonNull(query, "query");
        AreaHierarchy hierarchy = query.hierarchy();
        List<GeoPoint> unnamed = query.observations().stream()
                .filter(o -> o.placeName().isEmpty() && o.point().isPresent())
                .map(o -> o.point().get()).collect(Collectors.toList());
        LocalGrid grid = cell > 0 && !unnamed.isEmpty() ? LocalGrid.over(unnamed, cell) : null;
        Map<String, Place> places = new LinkedHashMap<>();
        for (Observation o : query.observations()) {
            if (o.placeName().isPresent()) {
                String name = o.placeName().get().strip().replaceAll("\\s+", " ");
                places.computeIfAbsent("p|" + o.area() + "|" + name.toLowerCase(Locale.ROOT),
                        k -> new Place("p", o.area(), name)).observations.add(o);
            } else if (o.point().isPresent()) {
                GeoPoint p = o.point().get();
                String key = grid == null ? "g|" + p.latitude() + "|" + p.longitude()
                        : "g|" + grid.column(p) + "|" + grid.row(p);
                Place place = places.computeIfAbsent(key, k -> new Place("g", null, null));
                place.cellCentre = grid == null ? p : grid.centre(grid.column(p), grid.row(p));
                place.observations.add(o);
            } else if (!o.area().equals(query.area()) && hierarchy.children(o.area()).isEmpty()) {
                places.computeIfAbsent("a|" + o.area(), k -> new Place("a", o.area(), null)).observations.add(o);
            }
        }
        long total = query.total();
        List<Hotspot> hotspots = new ArrayList<>();
        for (Place place : places.values()) {
            int count = place.observations.size();
            if (count < minCount || count < minShare * total) {
                continue;
            }
            AreaId area = place.area != null ? place.area
                    : HotspotSupport.lowestCommonArea(hierarchy, place.observations, query.area());
            Hotspot.Builder hotspot = Hotspot.builder().area(area).window(query.window()).method(ID).score(count)
                    .observations(place.observations.stream().map(Observation::id).collect(Collectors.toList()));
            Optional<GeoPoint> point = place.kind.equals("g") ? Optional.of(place.cellCentre) : mean(place.observations);
            point.ifPresent(hotspot::point);
            String where;
            if (place.kind.equals("p")) {
                hotspot.placeName(place.name);
                String areaName = Words.area(hierarchy, area);
                where = words.t("vid ", "at ") + place.name
                        + (areaName.equalsIgnoreCase(place.name) ? "" : " (" + areaName + ")");
            } else if (place.kind.equals("a")) {
                where = words.t("i ", "in ") + Words.area(hierarchy, area);
            } else {
                String at = words.number(place.cellCentre.latitude(), 5) + "; "
                        + words.number(place.cellCentre.longitude(), 5);
                where = grid == null ? words.t("på samma punkt ", "at the same point ") + at
                        : words.t("inom en ruta på " + words.number(cell, 0) + " m kring ",
                                "within a " + words.number(cell, 0) + " m square around ") + at;
            }
            hotspot.addReasons(words.observations(count) + " " + where + " " + words.window(query.window()) + ": "
                    + words.percent((double) count / total) + words.t(" av de ", " of the ") + total
                    + words.t(" i ", " in ") + Words.area(hierarchy, query.area())
                    + words.t("; minst " + minCount + " och " + words.percent(minShare) + " krävs",
                            "; at least " + minCount + " and " + words.percent(minShare) + " are needed"),
                    HotspotSupport.commonestReason(place.observations, words));
            hotspots.add(hotspot.build());
        }
        hotspots.sort(HotspotSupport.HOTTEST_FIRST);
        return List.copyOf(hotspots);
    }

    private static Optional<GeoPoint> mean(List<Observation> observations) {
        List<GeoPoint> points = observations.stream().flatMap(o -> o.point().stream()).collect(Collectors.toList());
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double lat = points.stream().mapToDouble(GeoPoint::latitude).sum() / points.size();
        double lon = points.stream().mapToDouble(GeoPoint::longitude).sum() / points.size();
        return Optional.of(GeoPoint.of(lat, lon));
    }

    /** Returns {@code HotspotDetector repeat-location (min-count 3, min-share 0.1, point-cell-metres 25.0)}. */
    @Override
    public String toString() {
        return "HotspotDetector " + ID + " (min-count " + minCount + ", min-share " + minShare + ", point-cell-metres "
                + cell + ")";
    }
}
