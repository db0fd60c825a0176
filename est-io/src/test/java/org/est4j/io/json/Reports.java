package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.feedback.AreaRow;
import org.est4j.core.feedback.CoverageRow;
import org.est4j.core.feedback.FocusArea;
import org.est4j.core.feedback.FollowUpRow;
import org.est4j.core.feedback.HotspotRow;
import org.est4j.core.feedback.MeasureRow;
import org.est4j.core.feedback.ObservationLine;
import org.est4j.core.feedback.ReporterFeedback;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.feedback.CauseSummary;
import org.est4j.core.feedback.AreaNeed;
import org.est4j.core.feedback.MeasureEffectRow;
import org.est4j.core.analysis.Change;
import org.est4j.core.analysis.TriangleSide;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.Outcome;
import org.threeten.extra.LocalDateRange;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackReports;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Exclusions;
import org.est4j.core.picture.Light;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.TrendTestProvider.TrendTest;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.TestAreas;

/**
 * Situation pictures and feedback reports for the JSON tests: a hand-made picture set that uses every attribute, and
 * an EST group over {@link TestAreas} with random observations from a seed, compiled and reported through est-core's
 * own {@link PictureCompiler} and {@link FeedbackReports}.
 */
final class Reports {
    static final Period MONTH = Period.month(2026, 11);
    private static final AreaId[] AREAS = {TestAreas.NORRTALJE, TestAreas.CENTRUM, TestAreas.RIMBO,
        TestAreas.RIMBO_CENTRUM, TestAreas.FLYGFALTET, TestAreas.ABORRE};
    private static final String[] PLACES = {"Torget", "Resecentrum", "Skolgården"};

    /** Rising above one and a half times the baseline, falling below half of it. */
    static final TrendTest TREND = (comparison, current, days, baselineTotal, periods, baselineDays) -> {
        Trend.Builder b = Trend.builder().comparison(comparison).current(current).currentExposureDays(days)
                .baselineTotal(baselineTotal).baselinePeriods(periods).baselineExposureDays(baselineDays)
                .testId("test");
        if (periods == 0 || baselineDays == 0) {
            return b.direction(Trend.Direction.INSUFFICIENT_DATA).build();
        }
        double expected = baselineTotal * days / baselineDays;
        Trend.Direction d = current > expected * 1.5 ? Trend.Direction.RISING
                : current < expected * 0.5 ? Trend.Direction.FALLING : Trend.Direction.STABLE;
        return b.direction(d).pValue(d == Trend.Direction.STABLE ? 0.5 : 0.01).build();
    };

    private Reports() {}

    /**
     * Returns a picture set of week 47 in which every attribute of a picture is used.
     *
     * @return the set
     */
    static PictureSet pictureSet() {
        Period week = Period.week(2026, 47);
        CategoryId damage = CategoryId.of("property-damage");
        CategoryId graffiti = CategoryId.of("property-damage.graffiti");
        CategoryId gathering = CategoryId.of("gathering");
        SituationPicture rimbo = SituationPicture.builder().area(Samples.RIMBO).period(week).total(3).ownTotal(1)
                .contextTotal(0)
                .putCountsByTopLevel(damage, 2L).putCountsByTopLevel(gathering, 1L)
                .putCountsByCategory(graffiti, 2L).putCountsByCategory(gathering, 1L)
                .putCountsBySeverity(Severity.MINOR, 1L).putCountsBySeverity(Severity.SERIOUS, 2L)
                .putCountsByWeekday(DayOfWeek.MONDAY, 2L).putCountsByWeekday(DayOfWeek.SUNDAY, 1L)
                .putCountsByTimeOfDay(TimeOfDay.EVENING, 1L).putCountsByTimeOfDay(TimeOfDay.NIGHT, 1L)
                .timeOfDayUnknown(1)
                .putCountsByLight(Light.DARKNESS, 2L).putCountsByLight(Light.UNKNOWN, 1L)
                .severityScore(11).harmScore(7.25)
                .putObservationIds(damage, List.of(ObservationId.of("o-2"), ObservationId.of("o-1")))
                .putObservationIds(graffiti, List.of(ObservationId.of("o-2"), ObservationId.of("o-1")))
                .putObservationIds(gathering, List.of(ObservationId.of("o-3")))
                .coverage(Coverage.builder().area(Samples.RIMBO).expected(3).answered(2).nothingToReport(1)
                        .addSilentReporters(ReporterId.of("r-018")).threshold(0.6).build())
                .addTrends(Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).current(3)
                        .currentExposureDays(7).baselineTotal(2).baselinePeriods(4).baselineExposureDays(28)
                        .pValue(0.04).direction(Trend.Direction.RISING).testId("poisson-exact").build())
                .addTrends(Trend.builder().comparison(Trend.Comparison.SAME_PERIOD_LAST_YEAR).current(3)
                        .currentExposureDays(7).baselineTotal(0).baselinePeriods(0).baselineExposureDays(0)
                        .direction(Trend.Direction.INSUFFICIENT_DATA).testId("poisson-exact").build())
                .putHistory(Period.week(2026, 45), 1L).putHistory(Period.week(2026, 46), 0L)
                .putHistory(Period.week(2025, 47), 4L)
                .addHotspots(Samples.hotspot())
                .addNotes("Coverage is low: 2 of 3 reporters answered.")
                .build();
        SituationPicture torget = SituationPicture.builder().area(Samples.TORGET).period(week).total(2).ownTotal(2)
                .contextTotal(0).severityScore(10).harmScore(4.0).timeOfDayUnknown(0).build();
        SituationPicture empty = SituationPicture.builder().area(AreaId.of("0188")).period(week).total(0)
                .ownTotal(0).contextTotal(0).severityScore(0).harmScore(0).timeOfDayUnknown(0).build();
        return PictureSet.builder().period(week).addPictures(empty, rimbo, torget)
                .exclusions(Exclusions.builder().putCounts(Exclusions.Reason.OUTSIDE_PERIOD, 7L)
                        .putCounts(Exclusions.Reason.CATEGORY_NOT_IN_TAXONOMY, 1L)
                        .putExamples(Exclusions.Reason.OUTSIDE_PERIOD, List.of(ObservationId.of("o-10"),
                                ObservationId.of("o-11")))
                        .build())
                .addNotes("No hotspot detector configured.")
                .build();
    }

    /** An EST group over {@link TestAreas}: random observations over four months, reporters, a round, levels. */
    static final class Group {
        final AreaHierarchy hierarchy = TestAreas.hierarchy();
        final List<Observation> observations = new ArrayList<>();
        final List<Reporter> reporters = new ArrayList<>();
        final List<Actor> actors = List.of(Actor.of(ActorId.of("bostadsbolaget"), "Norrtäljehem",
                ActorKind.HOUSING_COMPANY), Actor.of(ActorId.of("skolan"), "Rimboskolan", ActorKind.SCHOOL));
        final PictureCompiler compiler = PictureCompiler.builder(hierarchy, Taxonomy.standard()).trendTest(TREND)
                .build();

        Group(long seed, int count) {
            Random random = new Random(seed);
            for (int r = 1; r <= 4; r++) {
                reporters.add(Reporter.of(ReporterId.of("r-" + r), actors.get(r % 2).id(), AREAS[r % AREAS.length]));
            }
            List<CategoryId> categories = new ArrayList<>();
            for (Category c : Taxonomy.standard().categories()) {
                categories.add(c.id());
            }
            for (int i = 0; i < count; i++) {
                Reporter reporter = reporters.get(random.nextInt(reporters.size()));
                LocalDateTime at = LocalDateTime.of(2026, 8 + random.nextInt(4), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60));
                Observation.Builder b = Observation.builder().id(ObservationId.of("o-" + i))
                        .area(AREAS[random.nextInt(AREAS.length)]).occurredAtLocal(at)
                        .category(categories.get(random.nextInt(Math.min(8, categories.size()))))
                        .severity(Severity.of(1 + random.nextInt(5)))
                        .visibility(Visibility.values()[random.nextInt(Visibility.values().length)])
                        .description("Iakttagelse " + i);
                if (random.nextBoolean()) {
                    b.source(Source.REPORTER).reporter(reporter.id());
                } else {
                    b.source(Source.CITIZEN).channel("app");
                }
                if (random.nextInt(3) == 0) {
                    b.placeName(PLACES[random.nextInt(PLACES.length)]);
                }
                observations.add(b.build());
            }
        }

        /** Compiles the month's pictures. */
        PictureSet pictures() {
            return compiler.compile(ObservationStore.of(observations).snapshot(), MONTH, List.of(round()), reporters);
        }

        ReportingRound round() {
            return ReportingRound.builder().period(MONTH).deadlineAt(LocalDateTime.of(2026, 12, 3, 12, 0))
                    .addExpected(ReporterId.of("r-1"), ReporterId.of("r-2"), ReporterId.of("r-3"))
                    .build().withReport(ReporterId.of("r-1")).withNothingToReport(ReporterId.of("r-2"));
        }

        FeedbackReports reports() {
            Assessment rimbo = Assessment.builder().area(TestAreas.RIMBO).period(MONTH).scaleId("est-5")
                    .suggested(Samples.scale().level("3")).modelId("threshold").addReasons("as the counts say").build();
            Measure lights = Measure.builder().id(MeasureId.of("2026-047")).title("Belysning vid torget")
                    .type(MeasureType.LIGHTING).addTargetAreas(TestAreas.RIMBO_CENTRUM)
                    .leadActor(ActorId.of("bostadsbolaget")).addPartners(ActorId.of("skolan"))
                    .start(LocalDate.of(2026, 10, 1)).horizon(Horizon.SHORT).visibility(Visibility.PUBLIC).build();
            return FeedbackReports.builder(compiler).scale(Samples.scale()).observations(observations).actors(actors)
                    .reporters(reporters).rounds(List.of(round())).assessments(List.of(rimbo))
                    .measures(List.of(lights)).build();
        }

        FeedbackReport report(Audience audience) {
            return reports().report(FeedbackRequest.of(audience, MONTH));
        }

        StatutoryReport statutoryReport(Audience audience) {
            return reports().statutoryReport(FeedbackRequest.of(audience, Period.year(2026)));
        }

        FeedbackReport report(DisclosurePolicy policy) {
            return reports().report(FeedbackRequest.of(policy, MONTH));
        }
    }

    // ------------------------------------------------------------------------------------------- report parts

    static HotspotRow hotspotRow() {
        return HotspotRow.builder().area(Samples.TORGET).placeName("Torget, busshållplatsen")
                .point(GeoPoint.of(59.7441, 18.3623))
                .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29)))
                .method("repeat-location").addReasons("6 reports at the stop").build();
    }

    static CoverageRow coverageRow() {
        return CoverageRow.builder().expected(3).answered(1).nothingToReport(1).low(true)
                .addSilentReporters(ReporterId.of("r-003"), ReporterId.of("r-018")).build();
    }

    static AreaRow areaRow() {
        return AreaRow.builder().id(Samples.TORGET).name("Torget").areaLevel(AreaLevel.of("kvarter")).depth(2)
                .parent(Samples.RIMBO).point(GeoPoint.of(59.7441, 18.3623)).level(Samples.scale().level("4"))
                .assessedPeriod(Period.week(2026, 47)).decided(true).decidedOn(LocalDate.of(2026, 11, 18))
                .decidedBy("operativa gruppen").suggestedLevel(Samples.scale().level("3"))
                .addReasons("Police report two robberies").trend(Trend.Direction.RISING)
                .trendLastYear(Trend.Direction.INSUFFICIENT_DATA).addHotspots(hotspotRow()).coverage(coverageRow())
                .lowCoverage(true).focus(true).build();
    }

    static FocusArea focusArea() {
        return FocusArea.builder().area(Samples.RIMBO).name("Rimbo").period(Period.parse("2026-T3")).rank(1)
                .decided(true).addReasons("Highest need, good influence").build();
    }

    static FollowUpRow followUpRow() {
        return FollowUpRow.builder().date(LocalDate.of(2026, 12, 16))
                .evaluated(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 13)))
                .suggested(Outcome.CONTINUE).decided(Outcome.EXTEND).addReasons("Reports fell from 6 to 2")
                .addReadings("WDD -4.0").build();
    }

    static MeasureRow measureRow() {
        return MeasureRow.builder().id(MeasureId.of("2026-047")).title("Belysning").type(MeasureType.LIGHTING)
                .status(MeasureStatus.ONGOING).horizon(Horizon.SHORT).start(LocalDate.of(2026, 11, 23))
                .end(LocalDate.of(2027, 1, 31)).addTargetAreas(Samples.TORGET)
                .addTargetCategories(CategoryId.of("unsafe-place.lighting")).leadActor(ActorId.of("tekniska"))
                .leadActorName("Tekniska kontoret").putPartners(ActorId.of("bostadsbolaget"), "Norrtäljehem")
                .description("Två nya armaturer").visibility(Visibility.PARTNERS)
                .nextFollowUp(LocalDate.of(2026, 12, 30)).latestFollowUp(followUpRow()).build();
    }

    static ObservationLine observationLine() {
        return ObservationLine.builder().id(ObservationId.of("o-1")).date(LocalDate.of(2026, 11, 20))
                .timeOfDay(TimeOfDay.EVENING).area(Samples.TORGET).placeName("Busskuren")
                .category(CategoryId.of("property-damage.graffiti")).severity(Severity.MODERATE)
                .source(Source.REPORTER).reporter(ReporterId.of("r-017")).channel("app")
                .visibility(Visibility.GROUP).text("Nytt klotter på busskuren").build();
    }

    static CauseSummary causeSummary() {
        return CauseSummary.builder().area(Samples.RIMBO).period(Period.parse("2026-T3"))
                .putSides(TriangleSide.PLACE, List.of("Dark underpass by the station"))
                .putSides(TriangleSide.MANAGER, List.of("No one owns the underpass", "Lights out since August"))
                .addConclusions("Light the underpass first").visibility(Visibility.PARTNERS).build();
    }

    static AreaNeed areaNeed() {
        return AreaNeed.builder().area(Samples.RIMBO).name("Rimbo").level(Samples.scale().level("3")).focus(true)
                .addMeasures(MeasureId.of("2026-047")).build();
    }

    static MeasureEffectRow measureEffect() {
        return MeasureEffectRow.builder().measure(MeasureId.of("2026-047")).title("Belysning").change(Change.FALL)
                .suggested(Outcome.CONTINUE).decided(Outcome.EXTEND).method(EvaluationMethod.WDD).estimate(-4.0)
                .reading("Reports at the stop fell from 6 to 2").build();
    }

    static SuppressedTable<AreaId, CategoryId> table(int minimumCount) {
        return CountTable.<AreaId, CategoryId>builder().row(Samples.TORGET, Samples.RIMBO)
                .add(Samples.TORGET, CategoryId.of("gathering"), 4).add(Samples.RIMBO, CategoryId.of("gathering"), 2)
                .add(Samples.TORGET, CategoryId.of("drugs"), 1).add(AreaId.of("0188"), CategoryId.of("drugs"), 5)
                .build().suppress(minimumCount);
    }

    static ReporterFeedback reporterFeedback() {
        return ReporterFeedback.builder().kind(ReporterFeedback.Kind.REPORTER).reporter(ReporterId.of("r-017"))
                .actor(ActorId.of("bostadsbolaget")).actorName("Norrtäljehem").reports(table(1))
                .addAreas(Samples.RIMBO, Samples.TORGET).addMeasures(MeasureId.of("2026-047")).build();
    }
}
