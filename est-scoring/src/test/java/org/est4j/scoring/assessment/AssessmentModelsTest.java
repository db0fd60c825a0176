package org.est4j.scoring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.coverage;
import static org.est4j.scoring.assessment.TestPictures.harm;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.trend;
import static org.est4j.scoring.assessment.TestPictures.week;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.plugin.UnknownPluginException;
import org.est4j.core.spi.AssessmentModelProvider.AssessmentModel;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in model on each built-in scale, table-driven, and the invariants every model keeps, as properties:
 * the threshold level never falls as counts grow; no model suggests a level outside the scale; low coverage never
 * lowers a level; context never raises one.
 */
class AssessmentModelsTest {
    private static final List<Scale> SCALES = Scales.all();
    private static final List<String> TOP_LEVEL = List.of("property-damage", "gathering", "drugs",
            "disorder-violence", "traffic", "littering", "unsafe-place", "staff-incident", "social-media-rumour",
            "other");

    /** The weighted index's calibration history: harm 10, 12, 8, 10, 14, 6, 10, 10 at 2 per observation. */
    static List<SituationPicture> calibration() {
        double[] harms = {10, 12, 8, 10, 14, 6, 10, 10};
        List<SituationPicture> history = new ArrayList<>();
        for (int i = 0; i < harms.length; i++) {
            history.add(harm(week(39 + i), harms[i], (long) harms[i] / 2));
        }
        return history;
    }

    static Stream<Arguments> threshold() {
        return Stream.of(
                // picture counts, est-5, traffic-light-3, police-area-4
                Arguments.of(new Object[] {}, "1", "green", "målområde"),
                Arguments.of(new Object[] {"property-damage", 2, "littering", 2}, "1", "green", "målområde"),
                Arguments.of(new Object[] {"property-damage", 3}, "2", "green", "utsatt"),
                Arguments.of(new Object[] {"property-damage", 10, "gathering", 4}, "4", "red", "riskområde"),
                Arguments.of(new Object[] {"gathering", 4, "drugs", 1}, "3", "yellow", "riskområde"),
                Arguments.of(new Object[] {"disorder-violence", 6}, "5", "red", "särskilt-utsatt"),
                Arguments.of(new Object[] {"littering", 4, "traffic", 2, "unsafe-place", 2, "other", 2}, "3", "yellow",
                        "riskområde"),
                Arguments.of(new Object[] {"planned-event", 50}, "1", "green", "målområde"));
    }

    @ParameterizedTest
    @MethodSource
    void threshold(Object[] counts, String est5, String trafficLight, String policeArea) {
        SituationPicture p = picture(week(47), counts).build();
        AssessmentModel model = AssessmentModels.threshold();

        assertThat(model.assess(p, Scales.est5(), List.of()).suggested().code()).isEqualTo(est5);
        assertThat(model.assess(p, Scales.trafficLight3(), List.of()).suggested().code()).isEqualTo(trafficLight);
        assertThat(model.assess(p, Scales.policeArea4(), List.of()).suggested().code()).isEqualTo(policeArea);
    }

    static Stream<Arguments> weightedIndex() {
        return Stream.of(
                // harm now, problem observations now, est-5, traffic-light-3, police-area-4
                Arguments.of(10.0, 5, "1", "green", "målområde"),
                Arguments.of(15.0, 7, "2", "green", "utsatt"),
                Arguments.of(20.0, 10, "3", "yellow", "riskområde"),
                Arguments.of(24.0, 12, "4", "red", "riskområde"),
                Arguments.of(30.0, 15, "5", "red", "särskilt-utsatt"),
                Arguments.of(0.0, 0, "1", "green", "målområde"));
    }

    /**
     * The history has mean 10 and standard deviation sqrt(40/7) = 2.39; harm per observation is 2, so the chance
     * floor is sqrt(2 · 10) = 4.47, and z = (harm − 10) / 4.47: 15 gives 1.12, 20 gives 2.24, 24 gives 3.13, 30
     * gives 4.47.
     */
    @ParameterizedTest
    @MethodSource
    void weightedIndex(double harm, long observations, String est5, String trafficLight, String policeArea) {
        SituationPicture p = harm(week(47), harm, observations);
        AssessmentModel model = AssessmentModels.weightedIndex();

        assertThat(model.assess(p, Scales.est5(), calibration()).suggested().code()).isEqualTo(est5);
        assertThat(model.assess(p, Scales.trafficLight3(), calibration()).suggested().code()).isEqualTo(trafficLight);
        assertThat(model.assess(p, Scales.policeArea4(), calibration()).suggested().code()).isEqualTo(policeArea);
    }

    static Stream<Arguments> trendAware() {
        return Stream.of(
                // counts, current against baseline over 4 weeks, est-5, traffic-light-3, police-area-4
                Arguments.of(new Object[] {"property-damage", 10, "gathering", 4}, 14, 16, "5", "red", "särskilt-utsatt"),
                Arguments.of(new Object[] {"property-damage", 10, "gathering", 4}, 14, 60, "4", "red", "riskområde"),
                Arguments.of(new Object[] {"property-damage", 10, "gathering", 4}, 14, 160, "3", "yellow", "utsatt"),
                Arguments.of(new Object[] {"property-damage", 3}, 3, 1, "2", "green", "utsatt"),
                Arguments.of(new Object[] {}, 0, 80, "1", "green", "målområde"),
                Arguments.of(new Object[] {"disorder-violence", 6}, 6, 0, "5", "red", "särskilt-utsatt"));
    }

    @ParameterizedTest
    @MethodSource
    void trendAware(Object[] counts, long current, long baseline, String est5, String trafficLight,
            String policeArea) {
        SituationPicture p = picture(week(47), counts).addTrends(trend(current, baseline, 4)).build();
        AssessmentModel model = AssessmentModels.trendAware();

        assertThat(model.assess(p, Scales.est5(), List.of()).suggested().code()).isEqualTo(est5);
        assertThat(model.assess(p, Scales.trafficLight3(), List.of()).suggested().code()).isEqualTo(trafficLight);
        assertThat(model.assess(p, Scales.policeArea4(), List.of()).suggested().code()).isEqualTo(policeArea);
    }

    /** Builds a week's picture from ten generated counts, one per problem category. */
    private static SituationPicture.Builder fromCounts(List<Integer> counts) {
        Object[] pairs = new Object[2 * TOP_LEVEL.size()];
        for (int i = 0; i < TOP_LEVEL.size(); i++) {
            pairs[2 * i] = TOP_LEVEL.get(i);
            pairs[2 * i + 1] = counts.get(i);
        }
        return picture(week(47), pairs);
    }

    private static List<AssessmentModel> models() {
        return List.of(AssessmentModels.threshold(), AssessmentModels.weightedIndex(), AssessmentModels.trendAware());
    }

    @Test
    void theThresholdLevelNeverFallsAsACountGrows() {
        AssessmentModel model = AssessmentModels.threshold();
        qt().withFixedSeed(20261).withExamples(100)
                .forAll(lists().of(integers().between(0, 40)).ofSize(TOP_LEVEL.size()), integers().between(0, 9),
                integers().between(1, 20)).checkAssert((counts, which, more) -> {
                    List<Integer> grown = new ArrayList<>(counts);
                    grown.set(which, counts.get(which) + more);
                    for (Scale scale : SCALES) {
                        int before = model.assess(fromCounts(counts).build(), scale, List.of()).suggested().rank();
                        int after = model.assess(fromCounts(grown).build(), scale, List.of()).suggested().rank();
                        assertThat(after).as("%s on %s", grown, scale.id()).isGreaterThanOrEqualTo(before);
                    }
                });
    }

    @Test
    void noModelSuggestsALevelOutsideTheScale() {
        qt().withFixedSeed(20262).withExamples(100)
                .forAll(lists().of(integers().between(0, 60)).ofSize(TOP_LEVEL.size()), integers().between(0, 120),
                integers().between(0, 4)).checkAssert((counts, baseline, history) -> {
                    int total = counts.stream().mapToInt(Integer::intValue).sum();
                    SituationPicture p = fromCounts(counts).addTrends(trend(total, baseline, 4)).build();
                    List<SituationPicture> past = history == 0 ? List.of() : calibration().subList(8 - 2 * history, 8);
                    for (AssessmentModel model : models()) {
                        for (Scale scale : SCALES) {
                            Assessment a = model.assess(p, scale, past);
                            assertThat(scale.contains(a.suggested())).isTrue();
                            a.validateAgainst(scale);
                        }
                    }
                });
    }

    @Test
    void lowCoverageNeverLowersALevel() {
        qt().withFixedSeed(20263).withExamples(100)
                .forAll(lists().of(integers().between(0, 12)).ofSize(TOP_LEVEL.size()),
                lists().of(integers().between(0, 12)).ofSize(TOP_LEVEL.size()), integers().between(0, 60))
                .checkAssert((now, before, baseline) -> {
                    int total = now.stream().mapToInt(Integer::intValue).sum();
                    List<SituationPicture> history = new ArrayList<>(calibration().subList(0, 7));
                    history.add(fromCounts(before).period(week(46)).build());
                    SituationPicture.Builder p = fromCounts(now).addTrends(trend(total, baseline, 4));
                    SituationPicture full = p.coverage(coverage(10, 10)).build();
                    SituationPicture low = SituationPicture.builder().from(full).coverage(coverage(10, 3)).build();
                    SituationPicture unknown = SituationPicture.builder().from(full).coverage(java.util.Optional.empty())
                            .build();
                    for (AssessmentModel model : models()) {
                        for (Scale scale : SCALES) {
                            int withFull = model.assess(full, scale, history).suggested().rank();
                            int withNone = model.assess(unknown, scale, history).suggested().rank();
                            int withLow = model.assess(low, scale, history).suggested().rank();
                            assertThat(withLow).as("low coverage against full").isGreaterThanOrEqualTo(withFull);
                            assertThat(withLow).as("low coverage against unknown").isGreaterThanOrEqualTo(withNone);
                        }
                    }
                });
    }

    @Test
    void contextNeverRaisesALevel() {
        qt().withFixedSeed(20264).withExamples(100)
                .forAll(lists().of(integers().between(0, 15)).ofSize(TOP_LEVEL.size()), integers().between(1, 200),
                integers().between(0, 60)).checkAssert((counts, events, baseline) -> {
                    int total = counts.stream().mapToInt(Integer::intValue).sum();
                    SituationPicture plain = fromCounts(counts).addTrends(trend(total, baseline, 4)).build();
                    List<Object> pairs = new ArrayList<>();
                    for (int i = 0; i < TOP_LEVEL.size(); i++) {
                        pairs.add(TOP_LEVEL.get(i));
                        pairs.add(counts.get(i));
                    }
                    pairs.add("planned-event");
                    pairs.add(events);
                    SituationPicture withEvents = picture(week(47), pairs.toArray())
                            .addTrends(trend(total, baseline, 4)).build();
                    assertThat(withEvents.contextTotal()).isEqualTo((long) events);
                    for (AssessmentModel model : models()) {
                        for (Scale scale : SCALES) {
                            assertThat(model.assess(withEvents, scale, calibration()).suggested().rank())
                                    .isLessThanOrEqualTo(model.assess(plain, scale, calibration()).suggested().rank());
                        }
                    }
                });
    }

    @Test
    void reasonsAreSwedishByDefaultAndEnglishOnRequest() {
        SituationPicture p = picture(week(47), "property-damage", 12).coverage(coverage(10, 8)).build();
        SituationPicture before = picture(week(46), "property-damage", 4).build();

        assertThat(AssessmentModels.threshold().assess(p, Scales.est5(), List.of(before)).reasons()).containsExactly(
                "Skadegörelse: 12 iakttagelser (upp från 4 vecka 46 2026) når tröskel 3 av 4 (10): 4 Allvarligt",
                "Alla problemkategorier: 12 iakttagelser (upp från 4 vecka 46 2026) når tröskel 2 av 4 (10): 3 Oroligt",
                "8 av 10 rapportörer svarade (80 %)");
        assertThat(AssessmentModels.threshold(PluginConfig.empty().with("language", "en"))
                .assess(p, Scales.est5(), List.of(before)).reasons()).containsExactly(
                "Property damage: 12 observations (up from 4 in week 46 2026) reach threshold 3 of 4 (10): 4 Serious",
                "All problem categories: 12 observations (up from 4 in week 46 2026) reach threshold 2 of 4 (10):"
                        + " 3 Unsettled",
                "8 of 10 reporters answered (80 %)");
    }

    @Test
    void aTaxonomyGivesItsOwnLabelsAndContext() {
        Taxonomy mine = Taxonomy.builder().from(Taxonomy.standard())
                .addCategories(org.est4j.core.mapping.Category.builder().id(CategoryId.of("match"))
                        .labelSv("Fotbollsmatch").labelEn("Football match").context(true).build())
                .build();

        assertThatThrownBy(() -> AssessmentModels.threshold(PluginConfig.empty().with("threshold.match", "1"), mine))
                .hasMessageContaining("threshold.match").hasMessageContaining("context");
        assertThat(AssessmentModels.trendAware(PluginConfig.empty(), mine).assess(
                picture(week(47), "drugs", 1).build(), Scales.trafficLight3(), List.of()).reasons().get(0))
                .startsWith("Narkotika: 1 iakttagelse når tröskel 1 av 4 (1): Grön");
    }

    @Test
    void defaultThresholdsAreListedForEveryProblemCategoryAndTheTotal() {
        assertThat(AssessmentModels.defaultThresholds()).containsOnlyKeys("disorder-violence", "drugs", "gathering",
                "littering", "other", "property-damage", "social-media-rumour", "staff-incident", "total", "traffic",
                "unsafe-place");
        assertThat(AssessmentModels.defaultThresholds().get("property-damage")).containsExactly(3L, 6L, 10L, 15L);
        Taxonomy.standard().topLevel().stream().filter(c -> !c.context()).forEach(c ->
                assertThat(AssessmentModels.defaultThresholds()).containsKey(c.id().value()));
    }

    @Test
    void theRegistryServesEachModelUnderItsId() {
        SituationPicture p = picture(week(47), "property-damage", 10, "gathering", 4).addTrends(trend(14, 16, 4))
                .build();
        for (String id : List.of(AssessmentModels.THRESHOLD, AssessmentModels.WEIGHTED_INDEX,
                AssessmentModels.TREND_AWARE)) {
            AssessmentModel model = AssessmentModels.plugin(EstPlugins.global(), id, PluginConfig.empty());
            Assessment a = model.assess(p, Scales.est5(), List.of());
            assertThat(a.modelId()).isEqualTo(id);
        }
        assertThat(AssessmentModels.plugin(EstPlugins.global(), "threshold", PluginConfig.empty())
                .assess(p, Scales.est5(), List.of()))
                .isEqualTo(AssessmentModels.threshold().assess(p, Scales.est5(), List.of()));
        assertThatThrownBy(() -> AssessmentModels.plugin(EstPlugins.global(), "gut-feeling", PluginConfig.empty()))
                .isInstanceOf(UnknownPluginException.class).hasMessageContaining("threshold");
    }
}
