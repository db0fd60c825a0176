package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.feedback.Samples.CENTRUM;
import static org.est4j.core.feedback.Samples.KOMMUN;

import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.measure.MeasureId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A report refuses, whoever builds it, whatever its own policy forbids. */
class FeedbackReportTest {

    @Test
    void aValidReportAnswersLookupsAndListsItsTextsInDocumentOrder() {
        FeedbackReport r = Samples.report(Audience.PARTNERS)
                .addAreas(Samples.area().id(CENTRUM).name("Centrum").areaLevel(AreaLevel.LOCALITY).depth(1)
                        .parent(KOMMUN).addHotspots(HotspotRow.builder().area(CENTRUM).placeName("Torget")
                                .window(Samples.MAY.dates()).method("repeat-location").addReasons("5 vid Torget")
                                .build()).build())
                .addMeasures(Samples.measure(Visibility.PARTNERS).description("Lampor").build())
                .addObservations(Samples.line(Visibility.PARTNERS).placeName("Muren").build())
                .addNotes("En anteckning").build();
        assertThat(r.audience()).isEqualTo(Audience.PARTNERS);
        assertThat(r.area(CENTRUM)).isPresent();
        assertThat(r.area(org.est4j.core.area.AreaId.of("none"))).isEmpty();
        assertThat(r.measure(MeasureId.of("m-1"))).isPresent();
        assertThat(r.texts()).containsExactly("Lägesrapport maj 2025", "Torget", "5 vid Torget",
                "Belysning vid torget", "Lampor", "Muren", "Klotter på muren", "En anteckning");
        assertThat(r.toString()).startsWith("FeedbackReport PARTNERS 2025-05 \"Lägesrapport maj 2025\": 2 areas");
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("an observation line in a report that suppresses", Samples.report(Audience.PUBLIC)
                        .addObservations(Samples.line(Visibility.PUBLIC).build()), "observations"),
                Arguments.of("a line above the clearance", Samples.report(Audience.PARTNERS)
                        .addObservations(Samples.line(Visibility.GROUP).build()), "observations[0].visibility"),
                Arguments.of("a reporter named outside the group", Samples.report(Audience.PARTNERS)
                        .addObservations(Samples.line(Visibility.PARTNERS).source(org.est4j.core.mapping.Source.REPORTER)
                                .reporter(ReporterId.of("r-1")).build()), "observations[0].reporter"),
                Arguments.of("a measure above the clearance", Samples.report(Audience.PUBLIC)
                        .addMeasures(Samples.measure(Visibility.PARTNERS).build()), "measures[0].visibility"),
                Arguments.of("a table suppressed for another minimum count", Samples.report(Audience.PUBLIC)
                        .counts(Samples.counts(1)), "counts"),
                Arguments.of("a history suppressed for another minimum count", Samples.report(Audience.PUBLIC)
                        .history(Samples.history(2)), "history"),
                Arguments.of("reasons outside the group", Samples.report(Audience.PARTNERS).showsReasons(true),
                        "showsReasons"),
                Arguments.of("an area's reasons in a report without them", Samples.report(Audience.PUBLIC)
                        .areas(java.util.List.of(Samples.area().level(TestCycle.SCALE.lowest())
                                .assessedPeriod(Samples.MAY).addReasons("2 rån").build())), "areas[0].reasons"),
                Arguments.of("coverage for the public", Samples.report(Audience.PUBLIC).areas(java.util.List.of(
                        Samples.area().coverage(CoverageRow.builder().expected(3).answered(2).low(false).build())
                                .build())), "areas[0].coverage"),
                Arguments.of("silent reporters outside the group", Samples.report(Audience.PARTNERS)
                        .areas(java.util.List.of(Samples.area().coverage(CoverageRow.builder().expected(3).answered(2)
                                .low(false).addSilentReporters(ReporterId.of("r-9")).build()).build())),
                        "areas[0].coverage"),
                Arguments.of("a hotspot's reasons where counts are suppressed", Samples.report(Audience.PUBLIC)
                        .areas(java.util.List.of(Samples.area().addHotspots(HotspotRow.builder().area(KOMMUN)
                                .window(Samples.MAY.dates()).method("x").addReasons("2 vid Torget").build())
                                .build())), "areas[0].hotspots[0].reasons"),
                Arguments.of("a follow-up's reasons in a report without them", Samples.report(Audience.PARTNERS)
                        .addMeasures(Samples.measure(Visibility.PARTNERS).latestFollowUp(Samples.followUp()
                                .addReasons("Från 6 till 2").build()).build()), "measures[0].latestFollowUp.reasons"),
                Arguments.of("a focus area's reasons in a report without them", Samples.report(Audience.PUBLIC)
                        .addFocusAreas(FocusArea.builder().area(KOMMUN).name("Testkommun").period(Samples.MAY)
                                .rank(1).decided(false).addReasons("nivå 4").build()), "focusAreas[0].reasons"),
                Arguments.of("personal data in a text", Samples.report(Audience.PARTNERS)
                        .addObservations(Samples.line(Visibility.PARTNERS).text("Ring 070-123 45 67").build()),
                        "texts[1]"),
                Arguments.of("the same area twice", Samples.report(Audience.GROUP).addAreas(Samples.area().build()),
                        "areas[1].id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void refusesWhatItsPolicyForbids(String what, FeedbackReport.Builder builder, String path) {
        assertThatThrownBy(builder::build).as(what).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).contains(path));
    }

    @Test
    void theGroupMayKeepPersonalDataWhenItsPolicyDoesNotRedact() {
        FeedbackReport r = Samples.report(Audience.GROUP)
                .addObservations(Samples.line(Visibility.GROUP).text("Ring 070-123 45 67").build()).build();
        assertThat(r.observations().get(0).text()).contains("070-123 45 67");
    }

    @Test
    void reportsAllProblemsAtOnce() {
        assertThatThrownBy(() -> FeedbackReport.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).contains("policy", "title", "municipality",
                        "period", "counts", "history"));
    }
}
