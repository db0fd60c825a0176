package org.est4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoMunicipalityTest {
    /** Generated once per seed and shared: generating is the expensive part. */
    private static final Map<Long, DemoMunicipality> CACHE = new ConcurrentHashMap<>();

    private static DemoMunicipality demo(long seed) {
        return CACHE.computeIfAbsent(seed, DemoMunicipality::generate);
    }

    private static DemoMunicipality demo() {
        return demo(DemoMunicipality.DEFAULT_SEED);
    }

    /** The default seed and a few others: the story must not depend on a lucky seed. */
    static Stream<Long> seeds() {
        return Stream.of(DemoMunicipality.DEFAULT_SEED, 1L, 2L, 3L);
    }

    private static int week(Observation o) {
        return o.occurredDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static long count(DemoMunicipality d, AreaId area, Predicate<Observation> what, int fromWeek, int toWeek) {
        return d.observations().stream()
                .filter(o -> (o.area().equals(area) || d.hierarchy().isAncestorOf(area, o.area())) && what.test(o)
                        && week(o) >= fromWeek && week(o) <= toWeek)
                .count();
    }

    private static Predicate<Observation> inTopLevel(Taxonomy taxonomy, Set<CategoryId> topLevel) {
        return o -> topLevel.contains(taxonomy.topLevelOf(o.category()).id());
    }

    @Nested
    class Determinism {
        @Test
        void theSameSeedGivesEqualMunicipalities() {
            DemoMunicipality again = DemoMunicipality.generate(DemoMunicipality.DEFAULT_SEED);
            assertThat(again).isNotSameAs(demo()).isEqualTo(demo()).hasSameHashCodeAs(demo());
            assertThat(again.observations()).isEqualTo(demo().observations());
            assertThat(again.rounds()).isEqualTo(demo().rounds());
            assertThat(again.toString()).isEqualTo(demo().toString());
        }

        /**
         * Golden values of the default year, as its Javadoc shows them. They change only when the generator's
         * tables change on purpose (then update them here and in the Javadoc); a change on another JVM would mean
         * that the generator is not deterministic after all.
         */
        @Test
        void theDefaultYearIsTheOneItsJavadocShows() {
            assertThat(demo().observations()).hasSize(4554);
            assertThat(demo().round(24)).hasToString("2025-W24: 47 expected, 36 answered (13 nothing to report), 11 silent");
            assertThat(demo().locality("Bruksvik")).hasToString("Area[bruksvik Bruksvik (tatort) ⊂ 9999]");
            assertThat(demo().toString()).isEqualTo("DemoMunicipality[Sjövikens kommun (9999, fictional), "
                    + "2025-W01…2025-W52, seed 2025036: 50 areas in 3 localities, 26 actors, 47 reporters, "
                    + "52 rounds answered 74 %, 4554 observations (3699 REPORTER, 262 CITIZEN, 563 POLICE, "
                    + "13 SAFETY_WALK, 17 OTHER), 2 measures]");
        }

        @Test
        void theDefaultsAreTheDefaultSeedAndYearAtScaleOne() {
            assertThat(DemoMunicipality.builder().build()).isEqualTo(demo());
            assertThat(demo().seed()).isEqualTo(DemoMunicipality.DEFAULT_SEED);
            assertThat(demo().year()).isEqualTo(DemoMunicipality.DEFAULT_YEAR);
            assertThat(demo().scale()).isEqualTo(1.0);
        }

        @Test
        void anotherSeedGivesOtherObservationsOnTheSameMap() {
            DemoMunicipality other = demo(1);
            assertThat(other).isNotEqualTo(demo());
            assertThat(other.observations()).isNotEqualTo(demo().observations());
            assertThat(other.hierarchy()).isEqualTo(demo().hierarchy());
            assertThat(other.actors()).isEqualTo(demo().actors());
            assertThat(other.measures()).isEqualTo(demo().measures());
        }

        @Test
        void observationsAreSortedByOccurrenceWithIdsInThatOrder() {
            List<Observation> obs = demo().observations();
            assertThat(obs).isSortedAccordingTo(Observation.byOccurrence());
            assertThat(obs.get(0).id().value()).isEqualTo("o-2025-00001");
            List<String> ids = obs.stream().map(o -> o.id().value()).collect(Collectors.toList());
            assertThat(ids).doesNotHaveDuplicates().isSorted();
        }
    }

    @Nested
    class Size {
        @Test
        void theDefaultYearHasARealisticNumberOfObservations() {
            assertThat(demo().observations()).hasSizeBetween(3_000, 6_000);
            Map<Source, Long> bySource = bySource(demo());
            assertThat(bySource.get(Source.REPORTER)).isBetween(3_000L, 4_500L);
            assertThat(bySource.get(Source.POLICE)).isBetween(400L, 750L);
            assertThat(bySource.get(Source.CITIZEN)).isBetween(180L, 350L);
            assertThat(bySource.get(Source.SAFETY_WALK)).isPositive();
            assertThat(bySource.get(Source.OTHER)).isPositive();
        }

        @Test
        void theScaleShrinksTheObservationsButNotTheMunicipality() {
            DemoMunicipality small = DemoMunicipality.builder().scale(0.25).build();
            assertThat(small.observations().size()).isBetween(demo().observations().size() / 5,
                    demo().observations().size() / 3);
            assertThat(small.reporters()).isEqualTo(demo().reporters());
            assertThat(small.rounds()).hasSameSizeAs(demo().rounds());
            assertThat(small.toString()).contains("scale 0.25");
        }

        @Test
        void generatingIsFast() {
            demo(); // warm up
            long start = System.nanoTime();
            DemoMunicipality.generate();
            long millis = (System.nanoTime() - start) / 1_000_000;
            // About 0.1 s on an idle machine; the bound leaves room for a loaded CI runner.
            assertThat(millis).isLessThan(5_000);
        }

        @Test
        void aYearWith53WeeksHas53Rounds() {
            DemoMunicipality d = DemoMunicipality.builder().year(2026).scale(0.1).build();
            assertThat(d.rounds()).hasSize(53);
            assertThat(d.weeks().get(52)).isEqualTo(Period.week(2026, 53));
            assertThat(d.observations()).allSatisfy(o -> assertThat(o.occurredAt()).isAfterOrEqualTo(
                    d.weeks().get(0).interval().getStart()).isBefore(d.weeks().get(52).interval().getEnd()));
        }

        @Test
        void theBuilderRejectsAYearOrScaleOutOfRange() {
            assertThatThrownBy(() -> DemoMunicipality.builder().year(1999).scale(0).build())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("year").hasMessageContaining("scale");
        }
    }

    @Nested
    class Places {
        @Test
        void threeLocalitiesWithNeighbourhoodsAndNamedPlaces() {
            assertThat(demo().localities()).extracting(Area::name).containsExactly("Bruksvik", "Ekby", "Sjöviken");
            assertThat(demo().hierarchy().areas(AreaLevel.NEIGHBOURHOOD)).hasSize(10);
            assertThat(demo().places()).hasSize(36);
            assertThat(demo().hierarchy().levels()).containsExactly(AreaLevel.MUNICIPALITY, AreaLevel.LOCALITY,
                    AreaLevel.NEIGHBOURHOOD, AreaLevel.PLACE);
        }

        @Test
        void theKommunkodCannotClashWithARealMunicipality() {
            // Sweden's 21 counties; a municipality code starts with its county's code, and there is no county 99.
            Set<String> counties = Set.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17",
                    "18", "19", "20", "21", "22", "23", "24", "25");
            Area root = demo().municipality();
            assertThat(root.externalCode(Area.KOMMUNKOD)).hasValue("9999");
            assertThat(counties).doesNotContain(demo().kommunkod().substring(0, 2));
            assertThat(root.name()).isEqualTo(demo().name()).isEqualTo("Sjövikens kommun");
        }

        @Test
        void everyAreaHasAPointInRoslagen() {
            assertThat(demo().hierarchy().areas()).allSatisfy(a -> {
                assertThat(a.point()).isPresent();
                assertThat(a.point().get().latitude()).isBetween(59.5, 60.2);
                assertThat(a.point().get().longitude()).isBetween(18.2, 18.9);
            });
        }

        @Test
        void placesLieNearTheirTown() {
            for (Area place : demo().places()) {
                Area town = demo().hierarchy().ancestors(place.id()).stream()
                        .filter(a -> a.level().equals(AreaLevel.LOCALITY)).findFirst().orElseThrow();
                assertThat(place.point().get().distanceMetres(town.point().get())).as(place.name()).isLessThan(2_500);
            }
        }

        @Test
        void localitiesAndPlacesAreFoundByNameIgnoringCase() {
            assertThat(demo().locality("sjöviken").id()).isEqualTo(AreaId.of("sjoviken"));
            assertThat(demo().place("resecentrum").id()).isEqualTo(DemoMunicipality.HOTSPOT_PLACE);
            assertThat(demo().place("Kvarnparken").id()).isEqualTo(DemoMunicipality.INEFFECTIVE_MEASURE_TARGET);
            assertThat(demo().places()).extracting(Area::name).doesNotHaveDuplicates();
        }

        @Test
        void anUnknownNameListsTheKnownOnes() {
            assertThatThrownBy(() -> demo().locality("Norrtälje")).isInstanceOf(UnknownReferenceException.class)
                    .hasMessageContaining("Norrtälje").hasMessageContaining("Bruksvik, Ekby, Sjöviken");
            assertThatThrownBy(() -> demo().place("Centralstationen")).isInstanceOf(UnknownReferenceException.class)
                    .hasMessageContaining("Resecentrum");
        }

        @Test
        void theStorysAreasArePlacesOfTheHierarchy() {
            for (AreaId id : List.of(DemoMunicipality.HOTSPOT_PLACE, DemoMunicipality.WORKING_MEASURE_TARGET,
                    DemoMunicipality.WORKING_MEASURE_BUFFER,
                    DemoMunicipality.INEFFECTIVE_MEASURE_TARGET, DemoMunicipality.INEFFECTIVE_MEASURE_CONTROL)) {
                assertThat(demo().hierarchy().get(id).level()).as(id.value()).isEqualTo(AreaLevel.PLACE);
            }
            assertThat(demo().hierarchy().get(DemoMunicipality.WORKING_MEASURE_CONTROL).level())
                    .isEqualTo(AreaLevel.NEIGHBOURHOOD);
        }
    }

    @Nested
    class Validity {
        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void everyObservationRefersToKnownAreasCategoriesAndReporters(long seed) {
            DemoMunicipality d = demo(seed);
            Set<ReporterId> reporters = d.reporters().stream().map(Reporter::id).collect(Collectors.toSet());
            assertThat(d.observations()).allSatisfy(o -> {
                assertThat(d.hierarchy().contains(o.area())).as("area of %s", o).isTrue();
                assertThat(d.taxonomy().contains(o.category())).as("category of %s", o).isTrue();
                o.reporter().ifPresent(r -> assertThat(reporters).contains(r));
                assertThat(o.description()).isNotBlank();
            });
        }

        @Test
        void reportersAndActorsReferToWhatExists() {
            Set<ActorId> actors = demo().actors().stream().map(Actor::id).collect(Collectors.toSet());
            assertThat(demo().actors()).extracting(Actor::id).doesNotHaveDuplicates();
            assertThat(demo().reporters()).hasSizeBetween(42, 50).extracting(Reporter::id).doesNotHaveDuplicates();
            assertThat(demo().reporters()).allSatisfy(r -> {
                assertThat(actors).contains(r.actor());
                assertThat(r.areas()).allSatisfy(a -> assertThat(demo().hierarchy().contains(a)).as(a.value()).isTrue());
                assertThat(r.unit()).isPresent();
            });
        }

        @Test
        void aboutFifteenReportersPerLocalityFromVariedKinds() {
            for (Area town : demo().localities()) {
                List<Reporter> here = demo().reporters().stream()
                        .filter(r -> r.areas().stream().anyMatch(a -> a.equals(town.id())
                                || demo().hierarchy().isAncestorOf(town.id(), a)))
                        .collect(Collectors.toList());
                assertThat(here).as(town.name()).hasSizeBetween(13, 20);
                long kinds = here.stream().map(r -> demo().actor(r.actor()).kind()).distinct().count();
                assertThat(kinds).as("actor kinds in " + town.name()).isGreaterThanOrEqualTo(8);
            }
        }

        @Test
        void measuresReferToWhatExists() {
            Set<ActorId> actors = demo().actors().stream().map(Actor::id).collect(Collectors.toSet());
            assertThat(demo().measures()).hasSize(2).allSatisfy(m -> {
                assertThat(actors).contains(m.leadActor()).containsAll(m.partners());
                assertThat(m.targetAreas()).allSatisfy(a -> assertThat(demo().hierarchy().contains(a)).isTrue());
                assertThat(m.targetCategories()).isNotEmpty()
                        .allSatisfy(c -> assertThat(demo().taxonomy().contains(c)).isTrue());
            });
        }

        @Test
        void policeInformationStaysInTheGroupAndPlannedEventsArePublic() {
            List<Observation> obs = demo().observations();
            assertThat(obs).filteredOn(o -> o.source() == Source.POLICE).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.visibility()).isEqualTo(Visibility.GROUP));
            assertThat(obs).filteredOn(o -> o.reporter().isPresent()
                    && demo().reporter(o.reporter().get()).actor().equals(ActorId.of("polisen")))
                    .isNotEmpty().allSatisfy(o -> assertThat(o.visibility()).isEqualTo(Visibility.GROUP));
            assertThat(obs).filteredOn(o -> o.category().equals(CategoryId.of("planned-event"))).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.visibility()).isEqualTo(Visibility.PUBLIC));
        }

        @Test
        void citizensReportThroughTheEServiceSomeWithAPoint() {
            List<Observation> citizens = demo().observations().stream().filter(o -> o.source() == Source.CITIZEN)
                    .collect(Collectors.toList());
            assertThat(citizens).isNotEmpty().allSatisfy(o -> assertThat(o.reporter()).isEmpty());
            assertThat(citizens).filteredOn(o -> o.point().isPresent()).hasSizeGreaterThan(citizens.size() / 3);
            assertThat(citizens).filteredOn(o -> o.point().isEmpty()).isNotEmpty();
            assertThat(citizens).extracting(o -> o.channel().orElseThrow()).contains("e-tjänst");
        }

        @Test
        void reportsComeInAfterTheFactAndBeforeTheDeadline() {
            for (Observation o : demo().observations()) {
                if (o.source() == Source.REPORTER) {
                    ReportingRound round = demo().round(week(o));
                    assertThat(o.reportedAt()).as("%s", o).isPresent();
                    assertThat(o.reportedAt().get()).as("%s", o).isBeforeOrEqualTo(round.deadline())
                            .isAfterOrEqualTo(o.earliestOccurrence());
                }
            }
        }

        @Test
        void someTimesAreKnownOnlyToThePartOfTheDayOrTheDay() {
            Map<org.est4j.core.mapping.TimePrecision, Long> byPrecision = demo().observations().stream()
                    .collect(Collectors.groupingBy(Observation::timePrecision, Collectors.counting()));
            assertThat(byPrecision).containsOnlyKeys(org.est4j.core.mapping.TimePrecision.values());
        }

        @Test
        void anyStoredSeedGivesAValidYear() {
            qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
                DemoMunicipality d = DemoMunicipality.builder().seed(seed).scale(0.1).build();
                assertThat(d.observations()).isNotEmpty().allSatisfy(o -> {
                    assertThat(d.hierarchy().contains(o.area())).isTrue();
                    assertThat(d.taxonomy().contains(o.category())).isTrue();
                });
                assertRoundInvariants(d);
            });
        }
    }

    @Nested
    class Rounds {
        @Test
        void oneRoundPerWeekDueTuesday13AfterIt() {
            List<ReportingRound> rounds = demo().rounds();
            assertThat(rounds).hasSize(52);
            for (int w = 1; w <= 52; w++) {
                ReportingRound round = demo().round(w);
                assertThat(round.period()).isEqualTo(Period.week(2025, w));
                LocalDate tuesday = round.period().endDate().plusDays(1);
                assertThat(tuesday.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                assertThat(round.deadlineLocal().toLocalDate()).isEqualTo(tuesday);
                assertThat(round.deadlineLocal().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
            }
            assertThatThrownBy(() -> demo().round(53)).isInstanceOf(UnknownReferenceException.class);
        }

        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void roundsAgreeWithTheObservations(long seed) {
            assertRoundInvariants(demo(seed));
        }

        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void responseIsRealisticWithSilenceAndNothingToReport(long seed) {
            List<ReportingRound> rounds = demo(seed).rounds();
            double mean = rounds.stream().mapToDouble(ReportingRound::responseRate).average().orElseThrow();
            assertThat(mean).isBetween(0.60, 0.95);
            assertThat(rounds).allSatisfy(r -> assertThat(r.responseRate()).isBetween(0.3, 1.0));
            assertThat(rounds).allSatisfy(r -> assertThat(r.silent()).isNotEmpty());
            int nothing = rounds.stream().mapToInt(r -> r.nothingToReport().size()).sum();
            int answered = rounds.stream().mapToInt(r -> r.answered().size()).sum();
            assertThat((double) nothing / answered).isBetween(0.1, 0.6);
            // Summer holidays: the rounds of July are answered less than those of spring.
            double spring = rounds.subList(10, 20).stream().mapToDouble(ReportingRound::responseRate).average().orElseThrow();
            double july = rounds.subList(27, 31).stream().mapToDouble(ReportingRound::responseRate).average().orElseThrow();
            assertThat(july).isLessThan(spring);
        }

        @Test
        void someReportersAreOftenSilent() {
            Map<ReporterId, Double> rates = new java.util.TreeMap<>();
            for (Reporter r : demo().reporters()) {
                long expected = demo().rounds().stream().filter(x -> x.expected().contains(r.id())).count();
                long answered = demo().rounds().stream().filter(x -> x.answered().contains(r.id())).count();
                rates.put(r.id(), (double) answered / expected);
            }
            assertThat(rates.values()).anySatisfy(rate -> assertThat(rate).isLessThan(0.5));
            assertThat(rates.values()).anySatisfy(rate -> assertThat(rate).isGreaterThan(0.9));
        }

        @Test
        void oneReporterJoinsLateAndOneStops() {
            ReporterId late = ReporterId.of("r-119");
            ReporterId stopped = ReporterId.of("r-118");
            assertThat(demo().round(9).expected()).doesNotContain(late);
            assertThat(demo().round(10).expected()).contains(late);
            assertThat(demo().round(30).expected()).contains(stopped);
            assertThat(demo().round(31).expected()).doesNotContain(stopped);
            assertThat(demo().reporter(stopped).active()).isFalse();
            assertThat(demo().reporter(late).active()).isTrue();
        }
    }

    /** answered ⊆ expected; reporters' observations only in weeks they answered; reported = has observations. */
    private static void assertRoundInvariants(DemoMunicipality d) {
        for (ReportingRound round : d.rounds()) {
            assertThat(round.expected()).containsAll(round.answered());
            assertThat(round.answered()).containsAll(round.nothingToReport());
            Set<ReporterId> withObservations = new HashSet<>();
            for (Observation o : d.observations()) {
                if (o.reporter().isPresent() && round.period().contains(o.occurredDate())) {
                    withObservations.add(o.reporter().get());
                }
            }
            assertThat(withObservations).as("reporters with observations in %s", round.period())
                    .containsExactlyInAnyOrderElementsOf(round.reported());
        }
    }

    @Nested
    class Patterns {
        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void moreGatheringsInSummerThanInWinter(long seed) {
            Map<Month, Long> gatherings = byMonth(demo(seed), CategoryId.of("gathering"));
            long summer = gatherings.get(Month.JUNE) + gatherings.get(Month.JULY) + gatherings.get(Month.AUGUST);
            long winter = gatherings.get(Month.DECEMBER) + gatherings.get(Month.JANUARY) + gatherings.get(Month.FEBRUARY);
            assertThat(summer).isGreaterThan(2 * winter);
        }

        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void moreDarkPlacesInWinter(long seed) {
            Map<Month, Long> lighting = byMonth(demo(seed), CategoryId.of("unsafe-place.lighting"));
            long dark = lighting.get(Month.NOVEMBER) + lighting.get(Month.DECEMBER) + lighting.get(Month.JANUARY)
                    + lighting.get(Month.FEBRUARY);
            long light = lighting.get(Month.MAY) + lighting.get(Month.JUNE) + lighting.get(Month.JULY)
                    + lighting.get(Month.AUGUST);
            assertThat(dark).isGreaterThan(4 * light + 20);
        }

        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void fridayAndSaturdayEveningsStandOut(long seed) {
            List<Observation> evenings = demo(seed).observations().stream()
                    .filter(o -> o.knownTimeOfDay().equals(java.util.Optional.of(TimeOfDay.EVENING)))
                    .collect(Collectors.toList());
            assertThat((double) evenings.stream().filter(o -> isFridayOrSaturday(o.occurredDate())).count()
                    / evenings.size()).isGreaterThan(2.0 / 7);
            List<Observation> gatherings = evenings.stream()
                    .filter(o -> o.category().equals(CategoryId.of("gathering"))).collect(Collectors.toList());
            assertThat((double) gatherings.stream().filter(o -> isFridayOrSaturday(o.occurredDate())).count()
                    / gatherings.size()).isGreaterThan(0.4);
        }

        @Test
        void gatheringsHappenInTheEveningAndAtNight() {
            Map<TimeOfDay, Long> parts = new EnumMap<>(TimeOfDay.class);
            demo().observations().stream().filter(o -> o.category().equals(CategoryId.of("gathering")))
                    .forEach(o -> o.knownTimeOfDay().ifPresent(t -> parts.merge(t, 1L, Long::sum)));
            long all = parts.values().stream().mapToLong(Long::longValue).sum();
            assertThat((double) (parts.get(TimeOfDay.EVENING) + parts.get(TimeOfDay.NIGHT)) / all).isGreaterThan(0.6);
        }

        @Test
        void graffitiIsFoundMostOnMondays() {
            Map<DayOfWeek, Long> days = demo().observations().stream()
                    .filter(o -> o.category().equals(CategoryId.of("property-damage.graffiti")))
                    .collect(Collectors.groupingBy(o -> o.occurredDate().getDayOfWeek(), Collectors.counting()));
            long monday = days.get(DayOfWeek.MONDAY);
            assertThat(days.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(monday));
        }

        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void theHotspotAtTheStationEmergesAndFades(long seed) {
            DemoMunicipality d = demo(seed);
            Predicate<Observation> target = inTopLevel(d.taxonomy(),
                    Set.of(CategoryId.of("gathering"), CategoryId.of("drugs"), CategoryId.of("disorder-violence")));
            long q1 = count(d, DemoMunicipality.HOTSPOT_PLACE, target, 1, 13);
            long q2 = count(d, DemoMunicipality.HOTSPOT_PLACE, target, 14, 26);
            long q3 = count(d, DemoMunicipality.HOTSPOT_PLACE, target, 27, 39);
            long q4 = count(d, DemoMunicipality.HOTSPOT_PLACE, target, 40, 52);
            assertThat(q2).isGreaterThan(2 * q1).isGreaterThan(2 * q3).isGreaterThan(2 * q4);
            // Before it emerges, the station is an ordinary busy place, not the busiest of the town.
            long before = count(d, DemoMunicipality.HOTSPOT_PLACE, target, 1, 12);
            long square = count(d, DemoMunicipality.WORKING_MEASURE_BUFFER, target, 1, 12);
            assertThat(before).isLessThan(3 * square);
        }

        /**
         * The working measure: after its start the station's gatherings, drugs and disorder fall to under 60 % of the
         * twelve weeks before, while the control rises with the summer; the drop relative to the control is
         * significant (a Poisson z on the log of the ratio of ratios below -3), and the buffer next door shows no
         * significant displacement (|z| below 3). In a scan of 80 seeds, 79 met all this and the ineffective
         * measure's test.
         */
        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void theWorkingMeasureIsFollowedByAClearDropThatTheControlDoesNotShow(long seed) {
            DemoMunicipality d = demo(seed);
            Measure m = d.workingMeasure();
            Predicate<Observation> target = inTopLevel(d.taxonomy(), m.targetCategories());
            int start = DemoMunicipality.WORKING_MEASURE_START_WEEK;
            long[] treated = beforeAfter(d, DemoMunicipality.WORKING_MEASURE_TARGET, target, start, 12);
            long[] control = beforeAfter(d, DemoMunicipality.WORKING_MEASURE_CONTROL, target, start, 12);
            long[] buffer = beforeAfter(d, DemoMunicipality.WORKING_MEASURE_BUFFER, target, start, 12);
            assertThat((double) treated[1] / treated[0]).isLessThan(0.6);
            assertThat((double) control[1] / control[0]).isGreaterThan(0.9);
            assertThat(z(treated, control)).isLessThan(-3);
            assertThat(Math.abs(z(buffer, control))).as("no displacement built in").isLessThan(3);
        }

        /**
         * The ineffective measure: graffiti stays above 75 % of its level before, and does not fall significantly
         * relative to the control park (z above -2.58, one-sided 0.5 %).
         */
        @ParameterizedTest
        @MethodSource("org.est4j.examples.demo.DemoMunicipalityTest#seeds")
        void theIneffectiveMeasureShowsNoClearDrop(long seed) {
            DemoMunicipality d = demo(seed);
            Measure m = d.ineffectiveMeasure();
            Predicate<Observation> graffiti = o -> m.targetCategories().contains(o.category());
            int start = DemoMunicipality.INEFFECTIVE_MEASURE_START_WEEK;
            int length = DemoMunicipality.INEFFECTIVE_MEASURE_END_WEEK - start + 1;
            long[] treated = beforeAfter(d, DemoMunicipality.INEFFECTIVE_MEASURE_TARGET, graffiti, start, length);
            long[] control = beforeAfter(d, DemoMunicipality.INEFFECTIVE_MEASURE_CONTROL, graffiti, start, length);
            assertThat(treated[0]).as("enough graffiti to evaluate").isGreaterThanOrEqualTo(30);
            assertThat((double) treated[1] / treated[0]).isGreaterThan(0.75);
            assertThat(z(treated, control)).isGreaterThan(-2.58);
        }

        /** Counts in an area (and below it) in the {@code weeks} before a start week and from it. */
        private long[] beforeAfter(DemoMunicipality d, AreaId area, Predicate<Observation> what, int start, int weeks) {
            long[] counts = {count(d, area, what, start - weeks, start - 1), count(d, area, what, start, start + weeks - 1)};
            assertThat(counts[0]).as("before in %s", area).isGreaterThanOrEqualTo(10);
            return counts;
        }

        /** The z of the log ratio of ratios (after/before in the treated over after/before in the control), Poisson. */
        private double z(long[] treated, long[] control) {
            double logRatio = Math.log(((double) treated[1] / treated[0]) / ((double) control[1] / control[0]));
            return logRatio / Math.sqrt(1.0 / treated[0] + 1.0 / treated[1] + 1.0 / control[0] + 1.0 / control[1]);
        }

        private boolean isFridayOrSaturday(LocalDate date) {
            return date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY;
        }

        private Map<Month, Long> byMonth(DemoMunicipality d, CategoryId category) {
            Map<Month, Long> months = new EnumMap<>(Month.class);
            for (Month m : Month.values()) {
                months.put(m, 0L);
            }
            d.observations().stream().filter(o -> o.category().equals(category))
                    .forEach(o -> months.merge(o.occurredDate().getMonth(), 1L, Long::sum));
            return months;
        }
    }

    @Nested
    class Measures {
        @Test
        void theWorkingMeasureIsLightingAndNightWalkersAtTheStationFromWeek24() {
            Measure m = demo().workingMeasure();
            assertThat(m.id()).isEqualTo(DemoMunicipality.WORKING_MEASURE);
            assertThat(m.targetAreas()).containsExactly(DemoMunicipality.WORKING_MEASURE_TARGET);
            assertThat(m.start()).isEqualTo(Period.week(2025, 24).startDate());
            assertThat(m.status()).isEqualTo(MeasureStatus.ONGOING);
            assertThat(m.horizon()).isEqualTo(Horizon.LONG);
            assertThat(m.partners()).contains(ActorId.of("nattvandrarna"), ActorId.of("polisen"));
            assertThat(m.end()).isEmpty();
        }

        @Test
        void theIneffectiveMeasureIsGraffitiRemovalInKvarnparkenAndDone() {
            Measure m = demo().ineffectiveMeasure();
            assertThat(m.targetAreas()).containsExactly(DemoMunicipality.INEFFECTIVE_MEASURE_TARGET);
            assertThat(m.targetCategories()).containsExactly(CategoryId.of("property-damage.graffiti"));
            assertThat(m.status()).isEqualTo(MeasureStatus.DONE);
            assertThat(m.start()).isEqualTo(Period.week(2025, 20).startDate());
            assertThat(m.end()).hasValue(Period.week(2025, 31).endDate().minusDays(1));   // endDate() is exclusive
            assertThat(demo().measure(DemoMunicipality.INEFFECTIVE_MEASURE)).isEqualTo(m);
        }
    }

    @Nested
    class Descriptions {
        private final Pattern phone = Pattern.compile("(?:\\+46 ?|0)7\\d(?:[ -]?\\d){7}");
        private final Pattern personnummer = Pattern.compile("\\b(?:\\d{2})?\\d{6}[-+]\\d{4}\\b");
        private final Pattern email = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

        @Test
        void someDescriptionsCarryPersonalDataOnPurpose() {
            assertThat(matches(phone)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(matches(personnummer)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(matches(email)).hasSizeGreaterThanOrEqualTo(5);
        }

        @Test
        void thePersonalDataIsFictional() {
            assertThat(matches(phone)).allSatisfy(p -> {
                String digits = p.replaceAll("\\D", "").replaceFirst("^46", "0");
                assertThat(digits).matches("07017406(0[5-9]|[1-9]\\d)");
            });
            assertThat(matches(personnummer)).allSatisfy(p -> assertThat(p.replaceAll("\\D", "")).endsWith("1212121212"));
            assertThat(matches(email)).allSatisfy(e -> assertThat(e).matches(".*@example\\.(com|org|net)"));
        }

        @Test
        void descriptionsAreVariedSwedish() {
            List<String> texts = demo().observations().stream().map(Observation::description).collect(Collectors.toList());
            assertThat(new HashSet<>(texts).size()).isGreaterThan(texts.size() / 2);
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("å"))
                    .anySatisfy(t -> assertThat(t).contains("ö"));
            assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain("{").doesNotContain("  ")
                    .matches("^[\\p{Lu}\\d].*"));
        }

        @Test
        void descriptionsAgreeWithTheKnownTimeOfDay() {
            for (Observation o : demo().observations()) {
                if (o.source() == Source.REPORTER && o.description().contains("under natten")) {
                    assertThat(o.knownTimeOfDay()).as(o.description()).hasValue(TimeOfDay.NIGHT);
                }
            }
        }

        private List<String> matches(Pattern pattern) {
            List<String> found = new ArrayList<>();
            for (Observation o : demo().observations()) {
                Matcher m = pattern.matcher(o.description());
                while (m.find()) {
                    found.add(m.group());
                }
            }
            return found;
        }
    }

    @Nested
    class Helpers {
        @Test
        void observationsInAnAreaIncludeThoseOfItsPlaces() {
            Area sjoviken = demo().locality("Sjöviken");
            List<Observation> in = demo().observationsIn(sjoviken.id());
            assertThat(in).isNotEmpty().isSortedAccordingTo(Observation.byOccurrence())
                    .allSatisfy(o -> assertThat(o.area().equals(sjoviken.id())
                            || demo().hierarchy().isAncestorOf(sjoviken.id(), o.area())).isTrue());
            assertThat(demo().observationsIn(DemoMunicipality.MUNICIPALITY)).isEqualTo(demo().observations());
            assertThat(in.size() + demo().observationsIn(AreaId.of("ekby")).size()
                    + demo().observationsIn(AreaId.of("bruksvik")).size()).isEqualTo(demo().observations().size());
        }

        @Test
        void unknownReferencesFailWithTheirKind() {
            assertThatThrownBy(() -> demo().reporter(ReporterId.of("r-999")))
                    .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("reporter 'r-999'");
            assertThatThrownBy(() -> demo().actor(ActorId.of("nobody"))).isInstanceOf(UnknownReferenceException.class);
            assertThatThrownBy(() -> demo().observationsIn(AreaId.of("norrtalje")))
                    .isInstanceOf(UnknownReferenceException.class);
        }

        @Test
        void weeksAreTheRoundsPeriods() {
            assertThat(demo().weeks()).hasSize(52).first().isEqualTo(Period.week(2025, 1));
        }

        @Test
        void toStringSummarises() {
            assertThat(demo().toString()).startsWith("DemoMunicipality[Sjövikens kommun (9999, fictional), 2025-W01…2025-W52")
                    .contains("47 reporters", "52 rounds", "POLICE", "CITIZEN", "2 measures");
        }
    }

    private static Map<Source, Long> bySource(DemoMunicipality d) {
        return d.observations().stream().collect(Collectors.groupingBy(Observation::source,
                () -> new EnumMap<>(Source.class), Collectors.counting()));
    }
}
