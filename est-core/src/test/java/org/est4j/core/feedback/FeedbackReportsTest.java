package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.Redactor;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.time.Period;
import org.est4j.core.testing.TableAttacker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The feedback engine against its rules, whatever the data: property tests over random groups and random policies
 * (no report holds an observation, a measure, a text or a small count its policy forbids, nor one that can be worked
 * out, alone or by combining the report's tables; a report is the same whether or not the observations its
 * audience may not see exist), and a table of what each audience's default report holds.
 */
class FeedbackReportsTest {
    private static final Period MONTH = TestCycle.MONTH;
    private static final Period YEAR = TestCycle.YEAR_PERIOD;
    private static final Redactor SCANNER = Redactor.swedish();

    /** Any valid policy: every audience, a clearance as strict as it may be, a minimum count, redaction. */
    static Gen<DisclosurePolicy> policies() {
        return integers().between(0, Audience.values().length - 1)
                .zip(integers().between(0, 2), integers().between(1, 5), integers().between(0, 1), (a, c, n, red) -> {
                    Audience audience = Audience.values()[a];
                    Visibility clearance = Visibility.values()[Math.max(c, audience.clearance().ordinal())];
                    int minimum = clearance == Visibility.PUBLIC ? Math.max(2, n) : n;
                    return DisclosurePolicy.builder().audience(audience).clearance(clearance).minimumCount(minimum)
                            .redactPersonalData(clearance != Visibility.GROUP || red == 1).build();
                });
    }

    // ------------------------------------------------------------------------------------------ properties

    @Test
    void noFeedbackReportHoldsWhatItsPolicyForbidsWhateverTheData() {
        qt().withExamples(60).forAll(longs().all(), policies()).checkAssert((seed, policy) -> {
            TestCycle c = TestCycle.random(seed);
            FeedbackReport r = c.reports().report(c.request(policy, MONTH));
            List<Observation> visible = visible(c, policy, MONTH);

            assertThat(r.policy()).isEqualTo(policy);
            assertThat(r.showsReasons()).isEqualTo(policy.clearance() == Visibility.GROUP && policy.minimumCount() == 1);
            Set<ObservationId> visibleIds = visible.stream().map(Observation::id).collect(Collectors.toSet());
            if (policy.minimumCount() == 1) {
                assertThat(r.observations()).extracting(ObservationLine::id).containsExactlyInAnyOrderElementsOf(
                        visibleIds);
            } else {
                assertThat(r.observations()).isEmpty();
                assertThat(r.reporterFeedback()).isEmpty();
            }
            assertThat(r.measures()).allSatisfy(m -> assertThat(policy.allows(m.visibility())).isTrue());
            countsAreOfVisibleObservationsOnly(c, r.counts(), visible);
            noSmallCountShown(r.counts(), policy);
            noSmallCountShown(r.history(), policy);
            assertThat(new TableAttacker().table(r.counts()).table(r.history()).pinned()).as("%s", r.counts())
                    .isEmpty();
            noPersonalData(c, policy, r.texts());
            if (policy.minimumCount() > 1) {
                for (AreaRow a : r.areas()) {
                    boolean shown = !r.counts().cell(Heading.of(a.id()), Heading.total()).isSuppressed();
                    if (a.trend().isPresent() || a.trendLastYear().isPresent() || !a.hotspots().isEmpty()) {
                        assertThat(shown).as("a trend or hotspot of %s narrows a suppressed count", a.id()).isTrue();
                    }
                    assertThat(a.hotspots()).allSatisfy(h -> assertThat(h.reasons()).isEmpty());
                }
            }
            if (policy.clearance() == Visibility.PUBLIC) {
                assertThat(r.areas()).allSatisfy(a -> assertThat(a.coverage()).isEmpty());
            }
        });
    }

    @Test
    void noStatutoryReportHoldsWhatItsPolicyForbidsNorLetsItsLinkedTablesGiveACountAway() {
        qt().withExamples(30).forAll(longs().all(), policies()).checkAssert((seed, policy) -> {
            TestCycle c = TestCycle.random(seed);
            StatutoryReport r = c.reports().statutoryReport(c.request(policy, YEAR));
            StatutorySituation s = r.situation();
            countsAreOfVisibleObservationsOnly(c, s.extent(), visible(c, policy, YEAR));
            for (SuppressedTable<?, ?> t : List.of(s.extent(), s.development(), s.consequences(), s.history())) {
                noSmallCountShown(t, policy);
            }
            TableAttacker attacker = new TableAttacker().table(s.extent()).table(s.development()).table(s.consequences())
                    .table(s.history());
            for (Heading<CategoryId> row : s.development().rows()) {
                if (!row.isTotal()) {
                    attacker.same(s.extent(), Heading.total(), row, s.development(), row, Heading.total());
                }
            }
            for (Heading<CategoryId> row : s.consequences().rows()) {
                if (!row.isTotal()) {
                    attacker.same(s.extent(), Heading.total(), row, s.consequences(), row, Heading.total());
                }
            }
            assertThat(attacker.pinned()).as("%s\n%s\n%s", s.extent(), s.development(), s.consequences()).isEmpty();
            assertThat(r.actionPlan().measures()).allSatisfy(m -> assertThat(policy.allows(m.visibility())).isTrue());
            assertThat(s.causeAnalyses()).allSatisfy(a -> assertThat(policy.allows(a.visibility())).isTrue());
            noPersonalData(c, policy, r.texts());
        });
    }

    @Test
    void aReportIsTheSameWhetherOrNotWhatItsAudienceMayNotSeeExists() {
        qt().withExamples(25).forAll(longs().all(), policies()).checkAssert((seed, policy) -> {
            TestCycle c = TestCycle.random(seed);
            List<Observation> onlyVisible = c.observations.stream().filter(o -> policy.allows(o.visibility()))
                    .collect(Collectors.toList());
            FeedbackRequest request = c.request(policy, MONTH);
            assertThat(c.reports(onlyVisible).report(request)).isEqualTo(c.reports().report(request));
            FeedbackRequest year = c.request(policy, YEAR);
            assertThat(c.reports(onlyVisible).statutoryReport(year)).isEqualTo(c.reports().statutoryReport(year));
        });
    }

    @Test
    void identityNumbersInAnyFreeTextNeverReachPartnersPoliticiansOrThePublic() {
        qt().withExamples(30).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, a) -> {
            TestCycle c = TestCycle.random(seed);
            DisclosurePolicy policy = DisclosurePolicy.forAudience(Audience.values()[a]);
            List<String> texts = new ArrayList<>(c.reports().report(c.request(policy, MONTH)).texts());
            texts.addAll(c.reports().statutoryReport(c.request(policy, YEAR)).texts());
            for (String secret : c.secrets()) {
                String digits = secret.replaceAll("[^0-9]", "");
                for (String text : texts) {
                    assertThat(text).doesNotContain(secret);
                    if (digits.length() >= 10) {
                        assertThat(text.replaceAll("[ \\-–]", "")).doesNotContain(digits);
                    }
                }
            }
        });
    }

    /**
     * Any policy an audience outside the group may get — partners, politicians or the public, with a clearance at
     * least theirs, any minimum count — and any data: no line, count or text above the clearance, no small count
     * shown or recoverable by the attacker across the report's tables, and no identity number, phone number or
     * e-mail address in any text.
     */
    static Gen<DisclosurePolicy> outsidePolicies() {
        Audience[] outside = {Audience.PARTNERS, Audience.POLITICIANS, Audience.PUBLIC};
        return integers().between(0, outside.length - 1).zip(integers().between(1, 2), integers().between(1, 6),
                (a, c, n) -> {
                    Audience audience = outside[a];
                    Visibility clearance = Visibility.values()[Math.max(c, audience.clearance().ordinal())];
                    return DisclosurePolicy.builder().audience(audience).clearance(clearance)
                            .minimumCount(clearance == Visibility.PUBLIC ? Math.max(2, n) : n)
                            .redactPersonalData(true).build();
                });
    }

    @Test
    void partnerPoliticianAndPublicReportsNeverLeakWhateverThePolicy() {
        qt().withExamples(40).forAll(longs().all(), outsidePolicies()).checkAssert((seed, policy) -> {
            TestCycle c = TestCycle.random(seed);
            FeedbackReport r = c.reports().report(c.request(policy, MONTH));
            StatutoryReport statutory = c.reports().statutoryReport(c.request(policy, YEAR));
            List<Observation> visible = visible(c, policy, MONTH);
            Set<ObservationId> visibleIds = visible.stream().map(Observation::id).collect(Collectors.toSet());

            assertThat(policy.clearance()).isNotEqualTo(Visibility.GROUP);
            assertThat(r.observations()).allSatisfy(line -> assertThat(visibleIds).contains(line.id()));
            assertThat(r.measures()).allSatisfy(m -> assertThat(policy.allows(m.visibility())).isTrue());
            countsAreOfVisibleObservationsOnly(c, r.counts(), visible);
            noSmallCountShown(r.counts(), policy);
            noSmallCountShown(r.history(), policy);
            assertThat(new TableAttacker().table(r.counts()).table(r.history()).pinned()).as("%s", r.counts())
                    .isEmpty();
            List<String> texts = new ArrayList<>(r.texts());
            texts.addAll(statutory.texts());
            for (String text : texts) {
                assertThat(SCANNER.redact(text).found()).as(text).isFalse();
                for (String secret : c.secrets()) {
                    assertThat(text).doesNotContain(secret);
                    String digits = secret.replaceAll("[^0-9]", "");
                    if (digits.length() >= 10) {
                        assertThat(text.replaceAll("[ \\-–]", "")).doesNotContain(digits);
                    }
                }
                assertThat(text).doesNotContain("Polisen säger");
            }
        });
    }

    @Test
    void reportsAreDeterministic() {
        qt().withExamples(10).forAll(longs().all(), policies()).checkAssert((seed, policy) -> {
            assertThat(TestCycle.random(seed).reports().report(TestCycle.random(seed).request(policy, MONTH)))
                    .isEqualTo(TestCycle.random(seed).reports().report(TestCycle.random(seed).request(policy, MONTH)));
        });
    }

    // ------------------------------------------------------------------------------------------ per audience

    private static final long SEED = 20_250_501L;

    static Stream<Arguments> audiences() {
        // audience, lines, reasons, coverage, silent reporters named, reporter sections, suppression
        return Stream.of(
                Arguments.of(Audience.GROUP, true, true, true, true, false, false),
                Arguments.of(Audience.PARTNERS, true, false, true, false, false, false),
                Arguments.of(Audience.REPORTERS, true, false, true, false, true, false),
                Arguments.of(Audience.POLITICIANS, false, false, false, false, false, true),
                Arguments.of(Audience.PUBLIC, false, false, false, false, false, true));
    }

    @ParameterizedTest
    @MethodSource("audiences")
    void eachAudiencesDefaultReportHoldsWhatItMay(Audience audience, boolean lines, boolean reasons,
            boolean coverage, boolean silentNamed, boolean reporterSections, boolean suppressed) {
        TestCycle c = TestCycle.busy(SEED, 120);
        DisclosurePolicy policy = DisclosurePolicy.forAudience(audience);
        FeedbackReport r = c.reports().report(c.request(policy, MONTH));
        List<Observation> visible = visible(c, policy, MONTH);

        assertThat(r.audience()).isEqualTo(audience);
        assertThat(r.areas()).extracting(AreaRow::id).containsExactlyElementsOf(
                c.hierarchy.areas().stream().map(a -> a.id()).collect(Collectors.toList()));
        assertThat(r.observations()).hasSize(lines ? visible.size() : 0);
        assertThat(r.showsReasons()).isEqualTo(reasons);
        assertThat(r.areas().stream().anyMatch(a -> !a.reasons().isEmpty())).isEqualTo(reasons);
        assertThat(r.areas().stream().anyMatch(a -> a.coverage().isPresent())).isEqualTo(coverage);
        assertThat(r.areas().stream().anyMatch(a -> a.coverage().map(v -> !v.silentReporters().isEmpty()
                || v.nothingToReport().isPresent()).orElse(false))).isEqualTo(silentNamed);
        assertThat(!r.reporterFeedback().isEmpty()).isEqualTo(reporterSections);
        assertThat(r.counts().minimumCount()).isEqualTo(suppressed ? 3 : 1);
        assertThat(r.counts().suppressedCells().isEmpty()).isEqualTo(!suppressed);
        assertThat(r.measures()).extracting(MeasureRow::id).containsExactlyElementsOf(c.measures.stream()
                .filter(m -> policy.allows(m.visibility())).map(m -> m.id()).collect(Collectors.toList()));
        assertThat(r.focusAreas()).extracting(FocusArea::area).containsExactlyElementsOf(
                c.prioritisations.get(0).focusAreas());
        assertThat(r.notes().stream().anyMatch(n -> n.contains(SuppressedTable.MARK))).isEqualTo(suppressed);
        if (audience != Audience.GROUP) {
            assertThat(String.join("\n", r.texts())).doesNotContain("Polisen säger");
        }
    }

    @Test
    void theFixedGroupIsRichEnoughForTheTableAbove() {
        TestCycle c = TestCycle.busy(SEED, 120);
        assertThat(c.observations).extracting(Observation::visibility).contains(Visibility.values());
        assertThat(c.measures).isNotEmpty();
        assertThat(c.prioritisations).isNotEmpty();
        FeedbackReport group = c.reports().report(c.request(DisclosurePolicy.forAudience(Audience.GROUP), MONTH));
        assertThat(String.join("\n", group.texts())).contains("Polisen säger");
        assertThat(group.areas()).anySatisfy(a -> assertThat(a.hotspots()).isNotEmpty());
    }

    @Test
    void reporterFeedbackCountsEachReportersVisibleReportsAndNamesTheirAreasAndMeasures() {
        TestCycle c = TestCycle.busy(SEED, 120);
        DisclosurePolicy policy = DisclosurePolicy.forAudience(Audience.REPORTERS);
        FeedbackReport r = c.reports().report(c.request(policy, MONTH));
        for (ReporterFeedback f : r.reporterFeedback()) {
            List<Observation> own = visible(c, policy, MONTH).stream().filter(o -> f.kind() == ReporterFeedback.Kind
                    .REPORTER ? o.reporter().equals(f.reporter()) : o.reporter().map(id -> c.reporters.stream()
                    .anyMatch(p -> p.id().equals(id) && p.actor().equals(f.actor()))).orElse(false))
                    .collect(Collectors.toList());
            assertThat(f.reports().value(Heading.total(), Heading.total()).getAsLong()).isEqualTo(own.size());
            assertThat(f.areas()).containsExactlyInAnyOrderElementsOf(own.stream().map(Observation::area).distinct()
                    .collect(Collectors.toList()));
        }
        assertThat(r.reporterFeedback()).extracting(ReporterFeedback::kind).contains(ReporterFeedback.Kind.REPORTER,
                ReporterFeedback.Kind.ORGANISATION);
    }

    @Test
    void aStatutoryReportNeedsAYear() {
        TestCycle c = TestCycle.random(SEED);
        assertThatThrownBy(() -> c.reports().statutoryReport(FeedbackRequest.of(Audience.PUBLIC, MONTH)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("YEAR");
    }

    @Test
    void aStatutoryReportHasTheLawsParts() {
        TestCycle c = TestCycle.busy(SEED, 120);
        StatutoryReport r = c.reports().statutoryReport(c.request(DisclosurePolicy.forAudience(Audience.GROUP),
                YEAR));
        assertThat(r.title()).contains("2023:196");
        assertThat(r.situation().development().columns()).hasSize(5);
        assertThat(r.situation().consequences().columns()).hasSize(6);
        assertThat(r.situation().otherInformation()).isNotEmpty();
        assertThat(r.situation().causeAnalyses()).hasSize(1);
        assertThat(r.actionPlan().measures()).hasSameSizeAs(c.measures);
        assertThat(r.actionPlan().actors()).containsKeys(c.actors.get(0).id());
        assertThat(r.toString()).contains("Lägesbild", "Åtgärdsplan");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static List<Observation> visible(TestCycle c, DisclosurePolicy policy, Period period) {
        return c.observations.stream().filter(o -> policy.allows(o.visibility()) && period.contains(o.occurredAt()))
                .collect(Collectors.toList());
    }

    /** Every shown row total is the number of visible observations in the row's area and the areas within it. */
    private static void countsAreOfVisibleObservationsOnly(TestCycle c, SuppressedTable<AreaId, CategoryId> t,
            List<Observation> visible) {
        for (Heading<AreaId> row : t.rows()) {
            if (row.kind() == Heading.Kind.OWN) {
                continue;
            }
            long expected = visible.stream().filter(o -> row.isTotal() || o.area().equals(row.key().get())
                    || c.hierarchy.isAncestorOf(row.key().get(), o.area())).count();
            t.value(row, Heading.total()).ifPresent(v -> assertThat(v).as("%s", row).isEqualTo(expected));
        }
    }

    private static void noSmallCountShown(SuppressedTable<?, ?> t, DisclosurePolicy policy) {
        assertThat(t.minimumCount()).isEqualTo(policy.minimumCount());
        for (SuppressedTable.Cell<?, ?> cell : t.cells()) {
            cell.value().ifPresent(v -> assertThat(v == 0 || v >= policy.minimumCount()).as("%s", cell).isTrue());
        }
    }

    private static void noPersonalData(TestCycle c, DisclosurePolicy policy, List<String> texts) {
        if (!policy.redactPersonalData()) {
            return;
        }
        for (String text : texts) {
            assertThat(SCANNER.redact(text).found()).as(text).isFalse();
            for (String secret : c.secrets()) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }
}
