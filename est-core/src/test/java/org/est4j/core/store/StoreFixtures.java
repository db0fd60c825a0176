package org.est4j.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/** Random observations that exercise every column and every value kept apart. */
final class StoreFixtures {
    private StoreFixtures() {}

    static List<Observation> observations(SplittableRandom random, int n, String prefix) {
        List<Observation> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(observation(random, prefix + i));
        }
        return list;
    }

    static Observation observation(SplittableRandom random, String id) {
        Source source = Source.values()[random.nextInt(Source.values().length)];
        long second = 1_600_000_000L + random.nextLong(400_000_000L);
        Instant at = Instant.ofEpochSecond(second, random.nextInt(8) == 0 ? random.nextInt(1_000_000_000) : 0);
        Observation.Builder b = Observation.builder().id(ObservationId.of(id)).source(source)
                .area(AreaId.of("area-" + random.nextInt(50)))
                .category(CategoryId.of("cat-" + random.nextInt(12)))
                .severity(Severity.of(1 + random.nextInt(5)));
        if (source == Source.REPORTER) {
            b.reporter(ReporterId.of("r-" + random.nextInt(30)));
        }
        switch (random.nextInt(4)) {
            case 0:
                b.occurredOn(LocalDate.ofInstant(at, Period.ZONE));
                break;
            case 1:
                b.occurredOn(LocalDate.ofInstant(at, Period.ZONE), TimeOfDay.values()[random.nextInt(4)]);
                break;
            default:
                b.occurredAt(at);
        }
        switch (random.nextInt(4)) {
            case 0:
                break;
            case 1: // more decimals than the compact form keeps
                b.point(GeoPoint.of(-90 + 180 * random.nextDouble(), -180 + 360 * random.nextDouble()));
                break;
            default:
                b.point(GeoPoint.of(55 + random.nextInt(140_000) / 10_000.0, 11 + random.nextInt(130_000) / 10_000.0));
        }
        if (random.nextInt(3) == 0) {
            b.placeName("Plats " + random.nextInt(40));
        }
        if (random.nextInt(3) == 0) {
            b.channel(random.nextBoolean() ? "app" : "e-tjänst");
        }
        if (random.nextInt(3) == 0) {
            b.description("Beskrivning, med \"citat\" " + random.nextInt(1000));
        }
        if (random.nextInt(5) == 0) {
            b.visibility(Visibility.values()[random.nextInt(3)]);
        }
        Observation draft = b.build();
        switch (random.nextInt(5)) {
            case 0:
                b.reportedAt(draft.earliestOccurrence().plusSeconds(random.nextInt(86_400 * 30)));
                break;
            case 1:
                b.reportedAt(draft.earliestOccurrence().plusSeconds(3_000_000_000L));  // too far for an int
                break;
            case 2:
                b.reportedAt(draft.earliestOccurrence().plusMillis(1 + random.nextInt(100_000)));
                break;
            default:
        }
        return b.build();
    }
}
