package org.est4j.io.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.threeten.extra.LocalDateRange;

/** One realistic instance of each exchange type, from a small Norrtälje-like municipality. */
final class Samples {
    private Samples() {}

    static final AreaId RIMBO = AreaId.of("rimbo");
    static final AreaId TORGET = AreaId.of("rimbo/torget");

    static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(
                Area.builder().id(AreaId.of("0188")).name("Norrtälje").level(AreaLevel.MUNICIPALITY)
                        .putExternalCodes(Area.KOMMUNKOD, "0188").putExternalCodes(Area.LANSKOD, "01")
                        .point(GeoPoint.of(59.758, 18.7049)).build(),
                Area.of(RIMBO, "Rimbo", AreaLevel.LOCALITY, AreaId.of("0188")),
                Area.builder().id(TORGET).name("Torget, \"busskuren\"").level(AreaLevel.of("kvarter"))
                        .parent(RIMBO).point(GeoPoint.of(59.7441, 18.3623)).build());
    }

    static Observation observation() {
        return Observation.builder()
                .id(ObservationId.of("o-1"))
                .source(Source.REPORTER).reporter(ReporterId.of("r-017")).channel("app")
                .area(TORGET).placeName("Busskuren")
                .point(GeoPoint.of(59.7441, 18.3623))
                .occurredAtLocal(LocalDateTime.of(2026, 11, 20, 21, 40))
                .category(CategoryId.of("property-damage.graffiti"))
                .severity(Severity.MODERATE)
                .description("Nytt klotter på busskuren, \"tag\" i rött\nRing 070-123 45 67")
                .reportedAt(Instant.parse("2026-11-21T07:15:30Z"))
                .build();
    }

    static Observation policeObservation() {
        return Observation.builder()
                .id(ObservationId.of("p-2"))
                .source(Source.POLICE).channel("polisen.se")
                .area(RIMBO)
                .occurredOn(LocalDate.of(2026, 11, 19), TimeOfDay.NIGHT)
                .category(CategoryId.of("disorder-violence.assault"))
                .severity(Severity.SERIOUS)
                .build();
    }

    static List<Observation> observations() {
        return List.of(observation(), policeObservation());
    }

    static Actor actor() {
        return Actor.of(ActorId.of("bostadsbolaget"), "Norrtäljehem", ActorKind.HOUSING_COMPANY);
    }

    static Reporter reporter() {
        return Reporter.builder().id(ReporterId.of("r-017")).actor(ActorId.of("bostadsbolaget"))
                .addAreas(RIMBO, TORGET).unit("områdeskontor norr").active(false).build();
    }

    static ReportingRound round() {
        return ReportingRound.builder().period(Period.parse("2026-W47"))
                .deadlineAt(LocalDateTime.of(2026, 11, 24, 13, 0))
                .addExpected(ReporterId.of("r-017"), ReporterId.of("r-018"), ReporterId.of("r-003"))
                .build()
                .withReport(ReporterId.of("r-017"))
                .withNothingToReport(ReporterId.of("r-003"));
    }

    static Taxonomy taxonomy() {
        return Taxonomy.standard();
    }

    static ScaleLevel level(String code, int rank, String sv, String en, String colour) {
        return ScaleLevel.builder().code(code).rank(rank).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(en + " situation.").meaningEn(en + " situation.").build();
    }

    static Scale scale() {
        return Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
                .addLevels(level("1", 1, "Lugnt", "Calm", "#2E7D32"),
                        level("2", 2, "Stabilt", "Stable", "#9CCC65"),
                        level("3", 3, "Oroligt", "Unsettled", "#FDD835"),
                        level("4", 4, "Allvarligt", "Serious", "#FB8C00"),
                        level("5", 5, "Akut", "Acute", "#C62828"))
                .build();
    }

    static Assessment assessment() {
        Scale est5 = scale();
        return Assessment.builder().area(RIMBO).period(Period.week(2026, 47)).scaleId("est-5")
                .suggested(est5.level("3")).modelId("threshold")
                .addReasons("12 observations of gatherings, 4 more than the previous week")
                .build()
                .withOverride(Decision.of(est5.level("4"), "operativa gruppen",
                        "Police report two robberies not yet in the data", LocalDate.of(2026, 11, 18)));
    }

    static Hotspot hotspot() {
        return Hotspot.builder().area(TORGET).placeName("Torget, busshållplatsen")
                .point(GeoPoint.of(59.7441, 18.3623))
                .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29)))
                .method("repeat-location").score(6)
                .addObservations(ObservationId.of("o-101"), ObservationId.of("o-117"))
                .addReasons("6 reports of gatherings at the same stop in two weeks").build();
    }

    static Measure measure() {
        return Measure.builder().id(MeasureId.of("2026-047")).title("Belysning vid busshållplatsen")
                .type(MeasureType.LIGHTING).addTargetAreas(TORGET)
                .addTargetCategories(CategoryId.of("unsafe-place.lighting"))
                .leadActor(ActorId.of("tekniska-kontoret")).addPartners(ActorId.of("bostadsbolaget"))
                .start(LocalDate.of(2026, 11, 23)).horizon(Horizon.SHORT)
                .description("Två nya armaturer och trimning av buskar")
                .followUpEvery(java.time.Period.ofWeeks(2))
                .build()
                .transitionTo(MeasureStatus.ONGOING, LocalDate.of(2026, 11, 23));
    }

    static Measure customMeasure() {
        return Measure.builder().id(MeasureId.of("2026-048")).title("Trygghetsvandring")
                .type(MeasureType.of("trygghetsvandring", "Trygghetsvandring", "Safety walk"))
                .addTargetAreas(RIMBO).leadActor(ActorId.of("kommunen"))
                .start(LocalDate.of(2026, 12, 1)).end(LocalDate.of(2026, 12, 1)).horizon(Horizon.LONG)
                .status(MeasureStatus.DONE).visibility(Visibility.PUBLIC).build();
    }

    static FollowUp followUp() {
        return FollowUp.builder().measure(MeasureId.of("2026-047")).date(LocalDate.of(2026, 12, 16))
                .evaluated(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 13)))
                .suggested(Outcome.CONTINUE).addReasons("Reports at the stop fell from 6 to 2").build()
                .withDecision(Decision.of(Outcome.EXTEND, "operativa gruppen", "Light the footpath too",
                        LocalDate.of(2026, 12, 16)));
    }

    static PlaceCounts placeCounts() {
        return PlaceCounts.builder().crimeType("violent crime")
                .treated(BeforeAfter.of(207, 110)).control(BeforeAfter.of(308, 318))
                .buffer(BeforeAfter.of(178, 157)).controlBuffer(BeforeAfter.of(150, 140))
                .beforeLength(24).afterLength(12).treatedSize(1.5)
                .build();
    }

    static Evaluation evaluation() {
        Evaluation robbery = Evaluation.builder().method(EvaluationMethod.WDD).crimeType("robbery")
                .estimate(-4).standardError(2.5).z(-1.6).pValue(0.1096)
                .confidenceInterval(ConfidenceInterval.of(0.95, -8.9, 0.9))
                .readingSv("Rånen minskade med 4.").readingEn("Robberies fell by 4.")
                .addWarnings(EvaluationWarning.of(EvaluationWarning.SMALL_COUNTS, "Få händelser.", "Few events."))
                .addComponents(Evaluation.Component.of("local-change", -4, "lokal förändring", "local change"))
                .build();
        return Evaluation.builder().method(EvaluationMethod.WDD_HARM)
                .estimate(-118.25).standardError(39.6).z(-2.98).pValue(0.00289)
                .confidenceInterval(ConfidenceInterval.of(0.95, -195.6, -40.39))
                .readingSv("Den skadeviktade brottsligheten minskade.").readingEn("Harm-weighted crime fell.")
                .addBreakdown(robbery)
                .build();
    }

    static DisclosurePolicy policy() {
        return DisclosurePolicy.builder().audience(Audience.PARTNERS).clearance(Visibility.PUBLIC).minimumCount(5)
                .build();
    }

    static Rejection rejection() {
        return Rejection.builder().source("enkat.csv").line(14).column(3).field("kategori")
                .reason("is not a category of the taxonomy").raw("2026-11-20;Rimbo;klotterr;3").build();
    }

    static ImportResult importResult() {
        return ImportResult.builder().source("enkat.csv").rowsRead(4)
                .addAccepted(observation(), policeObservation())
                .addRejected(rejection(), Rejection.builder().source("enkat.csv").line(15).reason("night summary")
                        .excluded(true).build())
                .build();
    }

    /** A sample content for every kind of document. */
    static Object content(DocumentKind<?> kind) {
        switch (kind.id()) {
            case "hierarchy":
                return hierarchy();
            case "taxonomy":
                return taxonomy();
            case "scales":
                return List.of(scale());
            case "actors":
                return List.of(actor(), Actor.of(ActorId.of("polisen"), "Polisen Norrtälje", ActorKind.POLICE));
            case "reporters":
                return List.of(reporter(), Reporter.of(ReporterId.of("r-018"), ActorId.of("skolan"), RIMBO));
            case "reporting-rounds":
                return List.of(round());
            case "observations":
                return observations();
            case "assessments":
                return List.of(assessment());
            case "hotspots":
                return List.of(hotspot());
            case "measures":
                return List.of(measure(), customMeasure());
            case "follow-ups":
                return List.of(followUp());
            case "evaluations":
                return List.of(evaluation());
            case "import-result":
                return importResult();
            case "picture-set":
                return Reports.pictureSet();
            case "feedback-report":
                return new Reports.Group(7, 120).report(Audience.PUBLIC);
            case "statutory-report":
                return new Reports.Group(7, 120).statutoryReport(Audience.GROUP);
            default:
                throw new AssertionError("No sample for " + kind);
        }
    }
}
