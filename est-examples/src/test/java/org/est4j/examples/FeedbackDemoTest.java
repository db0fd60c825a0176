package org.est4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.analysis.Influence;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.EvaluationDesign;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.examples.demo.DemoMunicipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Feedback on the demo municipality, end to end: a quarter of pictures, three focus areas, an evaluated follow-up
 * with the group's decision, and reports for every audience. The public's leaks nothing — no police or partner
 * observation, none of the demo's planted personal data (the test personnummer 121212-1212 in any form, phone numbers
 * 070-174 06 xx, e-mail addresses), no small count that can be worked out — while the group's has everything.
 */
class FeedbackDemoTest {
    private static final String SECRET_REASON = "Polisen: skottlossning, ring 070-174 06 42 eller mejla"
            + " kalle@example.com, pnr 121212-1212";
    private static DemoMunicipality demo;
    private static EstCycle cycle;
    private static Period june;
    private static Period quarter;
    private static Prioritisation focus;
    private static FeedbackReport group;
    private static FeedbackReport partners;
    private static FeedbackReport reporters;
    private static FeedbackReport politicians;
    private static FeedbackReport publicReport;
    private static StatutoryReport statutory;

    @BeforeAll
    static void runTheCycle() {
        demo = DemoMunicipality.generate();
        cycle = Workbench.cycle(demo);
        int year = demo.year();
        quarter = Period.quarter(year, 2);
        june = Period.month(year, 6);
        Map<AreaId, Decision<Influence>> influence = new TreeMap<>();
        demo.hierarchy().areas(AreaLevel.NEIGHBOURHOOD).forEach(a -> influence.put(a.id(),
                Decision.of(Influence.of(3), "operativa gruppen", "Medel", quarter.startDate())));
        focus = cycle.prioritise(quarter, PeriodKind.WEEK, influence);
        List<Assessment> weekInJune = cycle.assess(Period.week(year, 26));
        ScaleLevel highest = cycle.scale().highest();
        cycle.override(DemoMunicipality.HOTSPOT_PLACE, Period.week(year, 26), Decision.of(highest,
                "Anna Andersson 070-174 06 41", SECRET_REASON, Period.week(year, 26).startDate()));
        assertThat(weekInJune).isNotEmpty();
        Measure working = demo.workingMeasure();
        LocalDate start = working.start();
        FollowUp f = cycle.followUp(working.id(), start.plusWeeks(12), EvaluationDesign.builder()
                .treated(working.targetAreas()).addControl(DemoMunicipality.WORKING_MEASURE_CONTROL)
                .categories(working.targetCategories()).before(LocalDateRange.of(start.minusWeeks(12), start))
                .after(LocalDateRange.of(start, start.plusWeeks(12))).build());
        cycle.decide(working.id(), Decision.of(Outcome.EXTEND, "strategiska gruppen", SECRET_REASON, f.date()));

        group = report(Audience.GROUP, june);
        partners = report(Audience.PARTNERS, june);
        reporters = report(Audience.REPORTERS, june);
        politicians = report(Audience.POLITICIANS, june);
        publicReport = report(Audience.PUBLIC, june);
        statutory = cycle.statutoryReport(FeedbackRequest.builder().policy(DisclosurePolicy.forAudience(
                Audience.PUBLIC)).period(Period.year(year)).addPrioritisations(focus).build());
    }

    private static FeedbackReport report(Audience audience, Period period) {
        return cycle.feedback(FeedbackRequest.builder().policy(DisclosurePolicy.forAudience(audience))
                .period(period).addPrioritisations(focus).build());
    }

    @Test
    void theCycleGivesThreeFocusAreasShownToEveryAudience() {
        assertThat(focus.focusAreas()).hasSize(3);
        for (FeedbackReport r : List.of(group, partners, reporters, politicians, publicReport)) {
            assertThat(r.focusAreas()).extracting(f -> f.area()).containsExactlyElementsOf(focus.focusAreas());
        }
        assertThat(group.focusAreas().get(0).reasons()).isNotEmpty();
        assertThat(publicReport.focusAreas().get(0).reasons()).isEmpty();
    }

    @Test
    void thePublicReportCountsOnlyPublicObservationsAndListsNone() {
        long publicInJune = demo.observations().stream()
                .filter(o -> june.contains(o.occurredAt()) && o.visibility() == Visibility.PUBLIC).count();
        long allInJune = demo.observations().stream().filter(o -> june.contains(o.occurredAt())).count();
        assertThat(publicInJune).isLessThan(allInJune);
        assertThat(publicReport.observations()).isEmpty();
        assertThat(politicians.observations()).isEmpty();
        assertThat(total(publicReport.counts())).satisfiesAnyOf(
                t -> assertThat(t).isEqualTo(String.valueOf(publicInJune)),
                t -> assertThat(t).isEqualTo(SuppressedTable.MARK));
        assertThat(publicReport.counts().suppressedCells()).isNotEmpty();
        assertThat(publicReport.measures()).extracting(m -> m.id()).containsExactly(DemoMunicipality.WORKING_MEASURE);
        assertThat(publicReport.areas()).allSatisfy(a -> assertThat(a.coverage()).isEmpty());
    }

    @Test
    void noPublicOutputHoldsPlantedPersonalDataOrSecretReasons() {
        String everything = String.join("\n", publicReport.texts()) + "\n" + publicReport + "\n"
                + publicReport.areas() + publicReport.measures() + publicReport.focusAreas()
                + String.join("\n", politicians.texts()) + "\n" + String.join("\n", statutory.texts());
        assertThat(everything).doesNotContain("121212", "1212121212", "070-174 06", "@", "skottlossning",
                "Anna Andersson");
        assertThat(String.join("\n", partners.texts())).doesNotContain("121212", "070-174 06", "@");
        assertThat(publicReport.area(DemoMunicipality.HOTSPOT_PLACE).orElseThrow().reasons()).isEmpty();
        assertThat(publicReport.area(DemoMunicipality.HOTSPOT_PLACE).orElseThrow().decidedBy()).isEmpty();
    }

    @Test
    void partnersSeeNoPoliceObservation() {
        List<String> police = demo.observations().stream().filter(o -> o.visibility() == Visibility.GROUP)
                .map(o -> o.id().value()).collect(Collectors.toList());
        assertThat(partners.observations()).isNotEmpty()
                .allSatisfy(o -> assertThat(police).doesNotContain(o.id().value()));
        assertThat(reporters.observations()).allSatisfy(o -> assertThat(o.visibility()).isNotEqualTo(Visibility.GROUP));
        long visibleInJune = demo.observations().stream().filter(o -> june.contains(o.occurredAt())
                && o.visibility() != Visibility.GROUP).count();
        assertThat(total(partners.counts())).isEqualTo(String.valueOf(visibleInJune));
        assertThat(partners.observations()).hasSize((int) visibleInJune);
    }

    @Test
    void theGroupReportHasEverything() {
        long inJune = demo.observations().stream().filter(o -> june.contains(o.occurredAt())).count();
        assertThat(group.observations()).hasSize((int) inJune);
        assertThat(total(group.counts())).isEqualTo(String.valueOf(inJune));
        assertThat(group.counts().suppressedCells()).isEmpty();
        assertThat(group.showsReasons()).isTrue();
        assertThat(group.measures()).extracting(m -> m.id()).contains(DemoMunicipality.WORKING_MEASURE);
        assertThat(String.join("\n", group.texts())).contains("121212", "070-174 06", "@", "skottlossning");
        assertThat(group.area(DemoMunicipality.HOTSPOT_PLACE).orElseThrow().reasons()).contains(SECRET_REASON);
        assertThat(group.areas()).anySatisfy(a -> assertThat(a.coverage().map(c -> c.silentReporters()))
                .isPresent());
        assertThat(group.measure(DemoMunicipality.WORKING_MEASURE).orElseThrow().latestFollowUp()).isEmpty();
        assertThat(group.notes()).isNotEmpty();
    }

    @Test
    void reportersSeeWhatCameOfTheirReports() {
        assertThat(reporters.reporterFeedback()).isNotEmpty();
        assertThat(reporters.reporterFeedback()).anySatisfy(f -> {
            assertThat(f.areas()).isNotEmpty();
            assertThat(f.reports().cells()).isNotEmpty();
        });
        assertThat(publicReport.reporterFeedback()).isEmpty();
    }

    @Test
    void noSuppressedCountCanBeWorkedOut() {
        for (SuppressedTable<?, ?> t : List.of(publicReport.counts(), publicReport.history(), politicians.counts(),
                statutory.situation().extent(), statutory.situation().development(),
                statutory.situation().consequences(), statutory.situation().history())) {
            assertThat(Attacker.pinned(t)).as(t.toString()).isEmpty();
        }
        FeedbackReport strictPartners = cycle.feedback(FeedbackRequest.of(DisclosurePolicy.builder()
                .audience(Audience.PARTNERS).minimumCount(3).build(), june));
        assertThat(strictPartners.counts().suppressedCells()).isNotEmpty();
        assertThat(Attacker.pinned(strictPartners.counts())).isEmpty();
        assertThat(strictPartners.observations()).isEmpty();
    }

    @Test
    void theStatutoryReportIsPublicAndHasBothHalves() {
        assertThat(statutory.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(statutory.title()).contains("2023:196");
        assertThat(statutory.actionPlan().measures()).extracting(m -> m.id())
                .containsExactly(DemoMunicipality.WORKING_MEASURE);
        assertThat(statutory.actionPlan().measures().get(0).latestFollowUp().orElseThrow().decided())
                .contains(Outcome.EXTEND);
        assertThat(statutory.actionPlan().needs()).isNotEmpty();
        assertThat(statutory.situation().effects()).extracting(e -> e.measure())
                .containsExactly(DemoMunicipality.WORKING_MEASURE);
        assertThat(statutory.situation().effects().get(0).estimate()).isEmpty();
        assertThat(statutory.situation().focusAreas()).hasSize(3);
        assertThat(statutory.situation().otherInformation()).isNotEmpty();
        assertThat(statutory.situation().sources()).doesNotContain(org.est4j.core.mapping.Source.POLICE);
    }

    @Test
    void aMonthNotYetAssessedIsAssessedBeforeItsReport() {
        Period january = Period.month(demo.year(), 1);
        assertThat(cycle.assessments()).noneMatch(a -> january.encloses(a.period()));
        FeedbackReport r = cycle.feedback(Audience.PUBLIC, january);
        assertThat(r.areas()).allSatisfy(a -> assertThat(a.assessedPeriod()).contains(january));
        assertThat(cycle.assessments()).anyMatch(a -> a.period().equals(january));
    }

    @Test
    void reportsAreDeterministic() {
        assertThat(report(Audience.PUBLIC, june)).isEqualTo(publicReport);
        assertThat(report(Audience.GROUP, june)).isEqualTo(group);
    }

    private static String total(SuppressedTable<AreaId, ?> table) {
        return table.display(org.est4j.core.disclosure.Heading.total(), org.est4j.core.disclosure.Heading.total());
    }
}
