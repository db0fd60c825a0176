package org.est4j.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The contract of a {@link HotspotDetectorProvider}, as a test to extend: everything {@link EstPluginContract}
 * checks, and that the detector it makes designates places within the query, for the query's window, hottest first,
 * purely. A host's own detector is tested with
 *
 * <pre>{@code
 * class MyDetectorProviderTest extends HotspotDetectorProviderContract<MyDetectorProvider> {
 *     protected MyDetectorProvider provider() { return new MyDetectorProvider(); }
 * }
 * }</pre>
 *
 * <p>The checks beyond those of every plugin, over the {@link #queries()} (by default a town of three
 * neighbourhoods in one week: a square with eight reports close together, a park, scattered reports, reports without
 * coordinates; the same town with no reports; one neighbourhood): {@code create(config())} gives a detector; every
 * hotspot's area is the query's area or lies within it, its window lies within the query's, its method is the
 * provider's id, its observations are among the query's, and it has reasons of one line each; hotspots come hottest
 * first (scores never increase); a query without observations gives none; the same query gives an equal list, from
 * the same detector and from another made alike; a null query is a {@link NullPointerException}.
 *
 * <p>The test methods are public so that a test can run one against a provider known to be broken and see it fail.
 *
 * @param <P> the provider type under test
 */
public abstract class HotspotDetectorProviderContract<P extends HotspotDetectorProvider> extends EstPluginContract<P> {

    /** The town of the default queries. */
    public static final AreaId TOWN = AreaId.of("contract-town");
    /** Its northern neighbourhood, with two places. */
    public static final AreaId NORTH = AreaId.of("contract-town/north");
    /** The square in the north, where reports concentrate. */
    public static final AreaId SQUARE = AreaId.of("contract-town/north/square");
    /** The park in the north. */
    public static final AreaId PARK = AreaId.of("contract-town/north/park");
    /** The southern neighbourhood. */
    public static final AreaId SOUTH = AreaId.of("contract-town/south");
    /** The eastern neighbourhood. */
    public static final AreaId EAST = AreaId.of("contract-town/east");
    /** The hierarchy of the default queries. */
    public static final AreaHierarchy HIERARCHY = AreaHierarchy.of(
            Area.of(TOWN, "Staden", AreaLevel.LOCALITY),
            Area.of(NORTH, "Norr", AreaLevel.NEIGHBOURHOOD, TOWN),
            Area.builder().id(SQUARE).name("Torget").level(AreaLevel.PLACE).parent(NORTH)
                    .point(GeoPoint.of(59.7600, 18.7000)).build(),
            Area.of(PARK, "Parken", AreaLevel.PLACE, NORTH),
            Area.of(SOUTH, "Söder", AreaLevel.NEIGHBOURHOOD, TOWN),
            Area.of(EAST, "Öster", AreaLevel.NEIGHBOURHOOD, TOWN));
    /** The week of the default queries, 2026-11-16 to 2026-11-22. */
    public static final LocalDateRange WEEK = LocalDateRange.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

    /**
     * Returns {@link HotspotDetectorProvider}, the SPI a hotspot detector provider is declared for.
     *
     * @return {@code HotspotDetectorProvider.class}
     */
    @Override
    protected Class<? super P> kind() {
        return HotspotDetectorProvider.class;
    }

    /**
     * Returns the settings the detector is made with; empty by default, since a detector must work with its
     * defaults.
     *
     * @return the settings
     */
    protected PluginConfig config() {
        return PluginConfig.empty();
    }

    /**
     * Returns the default observations of the town, sorted by occurrence, then id.
     *
     * @return 16 observations
     */
    public static List<Observation> townObservations() {
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(observation("sq-" + i, SQUARE, "Torget", GeoPoint.of(59.7600 + i * 0.00002, 18.7000 + i * 0.00003),
                    i % 2 == 0 ? "gathering" : "property-damage.graffiti", 16 + i % 7, 20 + i % 4));
        }
        all.add(observation("pk-0", PARK, "Parken", GeoPoint.of(59.7650, 18.7100), "littering", 17, 14));
        all.add(observation("pk-1", PARK, null, GeoPoint.of(59.7652, 18.7104), "drugs.use", 19, 23));
        all.add(observation("so-0", SOUTH, null, GeoPoint.of(59.7500, 18.6900), "traffic.moped", 18, 16));
        all.add(observation("so-1", SOUTH, null, GeoPoint.of(59.7480, 18.6950), "littering", 20, 11));
        all.add(observation("so-2", SOUTH, null, GeoPoint.of(59.7520, 18.6850), "unsafe-place.lighting", 21, 18));
        all.add(observation("ea-0", EAST, null, null, "disorder-violence.threat", 16, 22));
        all.add(observation("ea-1", EAST, null, null, "littering", 22, 9));
        all.add(observation("tw-0", TOWN, null, null, "social-media-rumour", 18, 12));
        all.sort(Observation.byOccurrence());
        return all;
    }

    private static Observation observation(String id, AreaId area, String place, GeoPoint point, String category,
            int day, int hour) {
        Observation.Builder b = Observation.builder().id(ObservationId.of(id)).source(Source.CITIZEN).area(area)
                .occurredAtLocal(LocalDateTime.of(2026, 11, day, hour, 0)).category(CategoryId.of(category))
                .severity(Severity.MODERATE);
        if (place != null) {
            b.placeName(place);
        }
        if (point != null) {
            b.point(point);
        }
        return b.build();
    }

    /**
     * Makes a query of an area of {@link #HIERARCHY} in {@link #WEEK} from observations, with its children's totals.
     *
     * @param area the area
     * @param observations observations in the area, sorted by occurrence
     * @return the query
     */
    public static HotspotQuery query(AreaId area, List<Observation> observations) {
        int index = HIERARCHY.indexOf(area);
        List<Observation> inside = observations.stream().filter(o -> {
            int at = HIERARCHY.indexOf(o.area());
            return at >= index && at < HIERARCHY.subtreeEnd(index);
        }).collect(Collectors.toList());
        Map<AreaId, Long> children = new LinkedHashMap<>();
        for (Area child : HIERARCHY.children(area)) {
            int c = HIERARCHY.indexOf(child.id());
            children.put(child.id(), inside.stream().filter(o -> {
                int at = HIERARCHY.indexOf(o.area());
                return at >= c && at < HIERARCHY.subtreeEnd(c);
            }).count());
        }
        return HotspotQuery.builder().hierarchy(HIERARCHY).area(area).window(WEEK).observations(inside)
                .childTotals(children).build();
    }

    /**
     * Returns the queries the detector is tried on; override to add the cases that matter to the detector.
     *
     * @return at least one query
     */
    protected List<HotspotQuery> queries() {
        return List.of(query(TOWN, townObservations()), query(TOWN, List.of()), query(NORTH, townObservations()));
    }

    private HotspotDetector detector() {
        HotspotDetector detector = provider().create(config());
        assertThat(detector).as("%s.create(%s)", provider().getClass().getName(), config()).isNotNull();
        return detector;
    }

    /** The provider makes a detector with the configuration. */
    @Test
    public void createsADetector() {
        detector();
    }

    /** Every hotspot lies within the query's area and window, by the provider's method, from the query's data. */
    @Test
    public void hotspotsLieWithinTheQuery() {
        HotspotDetector detector = detector();
        for (HotspotQuery query : queries()) {
            List<Hotspot> found = detector.detect(query);
            assertThat(found).as("hotspots of %s", query).isNotNull();
            Set<ObservationId> ids = query.observations().stream().map(Observation::id).collect(Collectors.toSet());
            for (Hotspot h : found) {
                assertThat(h.area().equals(query.area()) || query.hierarchy().isAncestorOf(query.area(), h.area()))
                        .as("%s lies within %s", h, query.area()).isTrue();
                assertThat(query.window().encloses(h.window())).as("the window of %s lies within %s", h,
                        query.window()).isTrue();
                assertThat(h.method()).as("method of %s", h).isEqualTo(provider().id());
                assertThat(ids).as("the query's observations").containsAll(h.observations());
                assertThat(h.reasons()).allSatisfy(r -> assertThat(r).isNotBlank().doesNotContain("\n", "\r"));
            }
        }
    }

    /** Hotspots come hottest first. */
    @Test
    public void hotspotsComeHottestFirst() {
        HotspotDetector detector = detector();
        for (HotspotQuery query : queries()) {
            List<Hotspot> found = detector.detect(query);
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).score()).as("score of hotspot %d of %s", i, query)
                        .isLessThanOrEqualTo(found.get(i - 1).score());
            }
        }
    }

    /** A query without observations gives no hotspots. */
    @Test
    public void noObservationsGiveNoHotspots() {
        assertThat(detector().detect(query(TOWN, List.of()))).isEmpty();
        assertThat(detector().detect(query(NORTH, List.of()))).isEmpty();
    }

    /** The same query gives an equal list, from the same detector and from another made alike. */
    @Test
    public void isPure() {
        HotspotDetector detector = detector();
        HotspotDetector twin = detector();
        for (HotspotQuery query : queries()) {
            List<Hotspot> found = detector.detect(query);
            assertThat(detector.detect(query)).isEqualTo(found);
            assertThat(twin.detect(query)).isEqualTo(found);
        }
    }

    /** A null query is rejected. */
    @Test
    public void rejectsANullQuery() {
        assertThatNullPointerException().as("detecting in a null query").isThrownBy(() -> detector().detect(null));
    }
}
