package org.est4j.core.picture;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class HotspotTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final LocalDate TO = LocalDate.of(2026, 11, 29);

    private static Hotspot.Builder valid() {
        return Hotspot.builder().area(AreaId.of("norrtalje/centrum/torget")).placeName("Torget, busshållplatsen")
                .point(GeoPoint.of(59.7579, 18.7049)).window(LocalDateRange.ofClosed(FROM, TO))
                .method("repeat-location").score(6)
                .addObservations(ObservationId.of("o-101"), ObservationId.of("o-117"))
                .addReasons("6 reports of gatherings at the same stop in two weeks");
    }

    @Test
    void keepsItsAttributesInTheOrderGiven() {
        Hotspot h = valid().addObservations(ObservationId.of("o-050")).build();

        assertThat(h.area()).isEqualTo(AreaId.of("norrtalje/centrum/torget"));
        assertThat(h.placeName()).contains("Torget, busshållplatsen");
        assertThat(h.point()).contains(GeoPoint.of(59.7579, 18.7049));
        assertThat(h.method()).isEqualTo("repeat-location");
        assertThat(h.score()).isEqualTo(6.0);
        assertThat(h.observations()).extracting(ObservationId::value).containsExactly("o-101", "o-117", "o-050");
    }

    @Test
    void placeNamePointAndObservationsAreOptional() {
        Hotspot h = Hotspot.builder().area(AreaId.of("0180C1090")).window(LocalDateRange.ofClosed(FROM, FROM))
                .method("gi-star").score(-0.5).addReasons("Gi* z-score above threshold").build();

        assertThat(h.placeName()).isEmpty();
        assertThat(h.point()).isEmpty();
        assertThat(h.observations()).isEmpty();
    }

    @Test
    void isDesignatedFromTheFirstToTheLastDayOfTheWindow() {
        Hotspot h = valid().build();

        assertThat(h.isDesignatedOn(FROM.minusDays(1))).isFalse();
        assertThat(h.isDesignatedOn(FROM)).isTrue();
        assertThat(h.isDesignatedOn(TO)).isTrue();
        assertThat(h.isDesignatedOn(TO.plusDays(1))).isFalse();
    }

    @Test
    void isDesignatedOnAgreesWithTheWindowBounds() {
        qt().forAll(integers().between(-40, 40), integers().between(0, 30), integers().between(-50, 80))
                .checkAssert((startOffset, length, dayOffset) -> {
                    LocalDate start = FROM.plusDays(startOffset);
                    LocalDate last = start.plusDays(length);
                    LocalDate day = FROM.plusDays(dayOffset);
                    Hotspot h = valid().window(LocalDateRange.ofClosed(start, last)).build();

                    assertThat(h.isDesignatedOn(day)).isEqualTo(!day.isBefore(start) && !day.isAfter(last));
                });
    }

    @Test
    void overlapsThePeriodsItSharesADayWith() {
        Hotspot h = valid().build(); // Monday of week 47 to Sunday of week 48

        assertThat(h.overlaps(Period.week(2026, 46))).isFalse();
        assertThat(h.overlaps(Period.week(2026, 47))).isTrue();
        assertThat(h.overlaps(Period.week(2026, 48))).isTrue();
        assertThat(h.overlaps(Period.week(2026, 49))).isFalse();
        assertThat(h.overlaps(Period.month(2026, 11))).isTrue();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no area", (Consumer<Hotspot.Builder>) b -> b.area(null), List.of("area")),
                Arguments.of("blank place name", (Consumer<Hotspot.Builder>) b -> b.placeName(" "),
                        List.of("placeName")),
                Arguments.of("no window", (Consumer<Hotspot.Builder>) b -> b.window(null), List.of("window")),
                Arguments.of("empty window", (Consumer<Hotspot.Builder>) b -> b.window(LocalDateRange.of(FROM, FROM)),
                        List.of("window")),
                Arguments.of("open-ended window", (Consumer<Hotspot.Builder>) b -> b.window(
                        LocalDateRange.of(FROM, LocalDate.MAX)), List.of("window")),
                Arguments.of("unbounded window", (Consumer<Hotspot.Builder>) b -> b.window(LocalDateRange.ALL),
                        List.of("window")),
                Arguments.of("no method", (Consumer<Hotspot.Builder>) b -> b.method(null), List.of("method")),
                Arguments.of("method with a space", (Consumer<Hotspot.Builder>) b -> b.method("gi star"),
                        List.of("method")),
                Arguments.of("NaN score", (Consumer<Hotspot.Builder>) b -> b.score(Double.NaN), List.of("score")),
                Arguments.of("infinite score", (Consumer<Hotspot.Builder>) b -> b.score(Double.POSITIVE_INFINITY),
                        List.of("score")),
                Arguments.of("repeated observation", (Consumer<Hotspot.Builder>) b -> b.addObservations(
                        ObservationId.of("o-101")), List.of("observations[2]")),
                Arguments.of("null observation", (Consumer<Hotspot.Builder>) b -> b.addObservations(
                        (ObservationId) null), List.of("observations[2]")),
                Arguments.of("no reasons", (Consumer<Hotspot.Builder>) b -> b.reasons(List.of()), List.of("reasons")),
                Arguments.of("blank reason", (Consumer<Hotspot.Builder>) b -> b.addReasons(""),
                        List.of("reasons[1]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Consumer<Hotspot.Builder> change, List<String> paths) {
        Hotspot.Builder b = valid();
        change.accept(b);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    @Test
    void toStringShowsPlaceWindowMethodAndScore() {
        assertThat(valid().build()).hasToString("Hotspot norrtalje/centrum/torget \"Torget, busshållplatsen\""
                + " 2026-11-16..2026-11-29 repeat-location score 6.00 (2 observations)");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build())
                .addEqualityGroup(valid().area(AreaId.of("norrtalje/centrum")).build())
                .addEqualityGroup(valid().placeName("Torget").build())
                .addEqualityGroup(valid().point(GeoPoint.of(59.7580, 18.7049)).build())
                .addEqualityGroup(valid().window(LocalDateRange.ofClosed(FROM, TO.plusDays(1))).build())
                .addEqualityGroup(valid().method("excess-rate").build())
                .addEqualityGroup(valid().score(6.5).build())
                .addEqualityGroup(valid().observations(List.of(ObservationId.of("o-117"), ObservationId.of("o-101")))
                        .build())
                .addEqualityGroup(valid().addReasons("Another").build())
                .testEquals();
    }
}
