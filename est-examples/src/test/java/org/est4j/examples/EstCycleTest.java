package org.est4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.est4j.core.Decision;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.evaluation.EvaluationDesign;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.plugin.UnknownPluginException;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.examples.demo.DemoMunicipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The whole cycle on the demo municipality, with the built-in plugins found by the registry. */
class EstCycleTest {
    private static DemoMunicipality demo;
    private static EstCycle cycle;

    @BeforeAll
    static void load() {
        demo = DemoMunicipality.generate();
        cycle = Workbench.cycle(demo);
    }

    @Test
    void holdsWhatTheDemoGenerated() {
        assertThat(cycle.observations().size()).isEqualTo(demo.observations().size());
        assertThat(cycle.reporters()).hasSameSizeAs(demo.reporters());
        assertThat(cycle.rounds()).hasSameSizeAs(demo.rounds());
        assertThat(cycle.measures()).hasSameSizeAs(demo.measures());
        assertThat(cycle).hasToString("EstCycle[50 areas, " + demo.actors().size() + " actors, 47 reporters, 52 rounds, "
                + demo.observations().size() + " observations, 2 measures, " + cycle.followUps().size()
                + " follow-ups; scale est-5]");
    }

    @Test
    void unknownReferencesAreNamedAllAtOnceAndNothingIsRecorded() {
        Observation good = demo.observations().get(0);
        Observation bad = Observation.builder().from(good).id(ObservationId.of("x-1")).area(AreaId.of("atlantis"))
                .category(CategoryId.of("no-such-category")).build();
        int before = cycle.observations().size();
        assertThatThrownBy(() -> cycle.record(List.of(bad, good)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::value)
                        .contains(org.assertj.core.groups.Tuple.tuple("[0].area", "atlantis"),
                                org.assertj.core.groups.Tuple.tuple("[0].category", "no-such-category"),
                                org.assertj.core.groups.Tuple.tuple("[1].id", good.id().value())));
        assertThat(cycle.observations().size()).isEqualTo(before);
        assertThatThrownBy(() -> cycle.addReporters(List.of(Reporter.of(ReporterId.of("r-new"), ActorId.of("nobody"),
                AreaId.of("atlantis"))))).hasMessageContaining("nobody").hasMessageContaining("atlantis");
    }

    @Test
    void aPictureRollsUpToTheMunicipalityAndCountsEveryObservationOfTheWeek() {
        Period week = Period.week(demo.year(), 26);
        PictureSet set = cycle.picture(week);
        long inWeek = demo.observations().stream().filter(o -> week.contains(o.occurredAt())).count();
        assertThat(set.picture(DemoMunicipality.MUNICIPALITY).total()).isEqualTo(inWeek);
        assertThat(set.picture(DemoMunicipality.MUNICIPALITY).coverage()).isPresent();
        assertThat(cycle.picture(week)).isSameAs(set);
    }

    @Test
    void assessmentsKeepTheGroupsOverrideBesideTheSuggestion() {
        Period week = Period.week(demo.year(), 30);
        List<Assessment> grades = cycle.assess(week);
        assertThat(grades).hasSize(demo.hierarchy().size());
        Assessment first = grades.get(0);
        Decision<org.est4j.core.assessment.ScaleLevel> decision = Decision.of(cycle.scale().highest(),
                "operativa gruppen", "Skottlossning i helgen", week.startDate().plusDays(2));
        Assessment decided = cycle.override(first.area(), week, decision);
        assertThat(decided.level()).isEqualTo(cycle.scale().highest());
        assertThat(decided.suggested()).isEqualTo(first.suggested());
        assertThat(cycle.assess(week).get(0).override()).contains(decision);
        assertThatThrownBy(() -> cycle.override(first.area(), Period.week(demo.year(), 2).plus(-60), decision))
                .isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void periodsBeforeTheFirstObservationAreNotGivenToTheModelAsCalmHistory() {
        Period third = Period.week(demo.year(), 3);
        List<Assessment> early = cycle.assess(third);
        assertThat(early).allSatisfy(a -> assertThat(a.reasons().toString()).doesNotContain("utifrån 8 tidigare"));
    }

    @Test
    void aQuarterIsPrioritisedIntoThreeFocusAreas() {
        Period quarter = Period.quarter(demo.year(), 2);
        Map<AreaId, Decision<Influence>> influence = new java.util.TreeMap<>();
        demo.hierarchy().areas(org.est4j.core.area.AreaLevel.NEIGHBOURHOOD).forEach(a -> influence.put(a.id(),
                Decision.of(Influence.of(3), "operativa gruppen", "Medel", quarter.startDate())));
        Prioritisation p = cycle.prioritise(quarter, PeriodKind.WEEK, influence);
        assertThat(p.suggestedFocusAreas()).hasSize(3);
        assertThat(p.ranking()).hasSize(influence.size());
    }

    @Test
    void theWorkingMeasureIsToContinueAndTheIneffectiveOneEnds() {
        FollowUp working = followUp(demo.workingMeasure(), DemoMunicipality.WORKING_MEASURE_CONTROL);
        assertThat(working.suggested()).isEqualTo(Outcome.CONTINUE);
        assertThat(working.evaluations().get(0).pValue().getAsDouble()).isLessThan(0.05);
        FollowUp ineffective = followUp(demo.ineffectiveMeasure(), DemoMunicipality.INEFFECTIVE_MEASURE_CONTROL);
        assertThat(ineffective.evaluations().get(0).pValue().getAsDouble()).isGreaterThan(0.05);
        assertThat(ineffective.suggested()).isIn(Outcome.END, Outcome.REPLACE);
        FollowUp decided = cycle.decide(demo.workingMeasure().id(), Decision.of(Outcome.EXTEND, "strategiska gruppen",
                "Ta med gångtunneln", working.date()));
        assertThat(decided.outcome()).isEqualTo(Outcome.EXTEND);
        assertThat(decided.suggested()).isEqualTo(Outcome.CONTINUE);
        assertThat(cycle.annualAnalysis(Period.year(demo.year())).summary()).isNotBlank();
    }

    @Test
    void measuresFollowTheirLifecycleAndUnknownIdsAreRefused() {
        Measure done = demo.ineffectiveMeasure();
        assertThat(done.status()).isEqualTo(MeasureStatus.DONE);
        assertThatThrownBy(() -> cycle.transition(done.id(), MeasureStatus.ONGOING, LocalDate.of(demo.year(), 12, 1)))
                .isInstanceOf(org.est4j.core.measure.IllegalTransitionException.class);
        assertThatThrownBy(() -> cycle.addMeasure(demo.workingMeasure())).hasMessageContaining("already a measure");
    }

    @Test
    void anUnknownPluginIdFailsAtBuildListingTheKnownOnes() {
        assertThatThrownBy(() -> EstCycle.builder(demo.hierarchy()).scale("est-7").build())
                .isInstanceOf(UnknownPluginException.class).hasMessageContaining("est-5");
    }

    @Test
    void hotspotDetectorsTakeTheirSettingsAndTheOrderChosen() {
        Period june = Period.month(DemoMunicipality.DEFAULT_YEAR, 6);
        java.util.function.Function<EstCycle.Builder, Map<String, Long>> methods = b -> {
            EstCycle c = b.build();
            c.addActors(demo.actors());
            c.addReporters(demo.reporters());
            c.addRounds(demo.rounds());
            c.record(demo.observations());
            return c.picture(june).pictures().stream().flatMap(p -> p.hotspots().stream()).distinct()
                    .collect(java.util.stream.Collectors.groupingBy(h -> h.method(), java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
        };
        Map<String, Long> defaults = methods.apply(EstCycle.builder(demo.hierarchy()).taxonomy(demo.taxonomy()));
        assertThat(defaults).containsOnlyKeys("repeat-location", "excess-rate");
        Map<String, Long> strict = methods.apply(EstCycle.builder(demo.hierarchy()).taxonomy(demo.taxonomy())
                .hotspotDetector("repeat-location", PluginConfig.of(Map.of("min-count", "1000"))));
        assertThat(strict).as("a place needs 1,000 observations now").doesNotContainKey("repeat-location")
                .containsEntry("excess-rate", defaults.get("excess-rate"));
        Map<String, Long> gi = methods.apply(EstCycle.builder(demo.hierarchy()).taxonomy(demo.taxonomy())
                .hotspotDetectors("excess-rate").hotspotDetector("gi-star", PluginConfig.empty()));
        assertThat(gi.keySet()).doesNotContain("repeat-location").contains("excess-rate");
    }

    private static FollowUp followUp(Measure measure, AreaId control) {
        LocalDate start = measure.start();
        return cycle.followUp(measure.id(), start.plusWeeks(12), EvaluationDesign.builder()
                .treated(measure.targetAreas()).addControl(control).categories(measure.targetCategories())
                .before(LocalDateRange.of(start.minusWeeks(12), start))
                .after(LocalDateRange.of(start, start.plusWeeks(12))).build());
    }
}
