package org.est4j.core.picture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/** Random hierarchies and observations for property tests, from a seed (so a failure names its seed). */
final class Fixtures {
    static final Taxonomy TAXONOMY = Taxonomy.standard();
    /** The week most tests compile, and its neighbours. */
    static final Period WEEK = Period.week(2026, 47);

    private Fixtures() {}

    /** A random forest of 1 to {@code max} areas; about half have a point near Stockholm. */
    static AreaHierarchy hierarchy(SplittableRandom random, int max) {
        int n = 1 + random.nextInt(max);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Area.Builder b = Area.builder().id(AreaId.of("a" + i)).name("Area " + i).level(AreaLevel.NEIGHBOURHOOD);
            if (i > 0 && random.nextInt(5) > 0) {
                b.parent(AreaId.of("a" + random.nextInt(i)));
            }
            if (random.nextBoolean()) {
                b.point(GeoPoint.of(59 + random.nextDouble(), 17.5 + random.nextDouble()));
            }
            areas.add(b.build());
        }
        return AreaHierarchy.of(areas);
    }

    /**
     * Random observations in and around a period: mostly in the hierarchy's areas and the taxonomy's categories,
     * some in neither, some in the weeks before, a year before, or after.
     */
    static List<Observation> observations(SplittableRandom random, AreaHierarchy hierarchy, Period period, int n) {
        List<Category> categories = TAXONOMY.all();
        List<Observation> list = new ArrayList<>(n);
        Instant from = period.plus(-6).interval().getStart();
        long span = period.next().interval().getEnd().getEpochSecond() - from.getEpochSecond();
        Instant lastYear = period.sameLastYear().interval().getStart();
        for (int i = 0; i < n; i++) {
            AreaId area = random.nextInt(20) == 0 ? AreaId.of("ghost" + random.nextInt(3))
                    : hierarchy.idAt(random.nextInt(hierarchy.size()));
            CategoryId category = random.nextInt(25) == 0 ? CategoryId.of("retired")
                    : categories.get(random.nextInt(categories.size())).id();
            Instant at = random.nextInt(6) == 0
                    ? lastYear.plusSeconds(random.nextLong(8L * 86_400))
                    : from.plusSeconds(random.nextLong(span));
            Source source = Source.values()[random.nextInt(Source.values().length)];
            Observation.Builder b = Observation.builder().id(ObservationId.of(String.format("o-%06d", i)))
                    .source(source).area(area).category(category).severity(Severity.of(1 + random.nextInt(5)));
            if (source == Source.REPORTER) {
                b.reporter(ReporterId.of("r-" + random.nextInt(10)));
            }
            LocalDate date = LocalDate.ofInstant(at, Period.ZONE);
            switch (random.nextInt(6)) {
                case 0:
                    b.occurredOn(date);
                    break;
                case 1:
                    b.occurredOn(date, TimeOfDay.values()[random.nextInt(4)]);
                    break;
                default:
                    b.occurredAt(at);
            }
            if (random.nextInt(3) > 0) {
                b.point(GeoPoint.of(59 + random.nextDouble(), 17.5 + random.nextDouble()));
            }
            if (random.nextInt(4) == 0) {
                b.placeName("Plats " + random.nextInt(5));
            }
            if (random.nextInt(10) == 0) {
                b.visibility(Visibility.PUBLIC);
            }
            list.add(b.build());
        }
        return list;
    }

    /** An exact observation at a Stockholm clock time. */
    static Observation at(String id, String area, String category, String localTime) {
        return Observation.builder().id(ObservationId.of(id)).source(Source.CITIZEN).area(AreaId.of(area))
                .category(CategoryId.of(category)).severity(Severity.MODERATE)
                .occurredAtLocal(LocalDateTime.parse(localTime)).build();
    }
}
