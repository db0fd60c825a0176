package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.est4j.core.analysis.Fixtures.DECIDED;
import static org.est4j.core.analysis.Fixtures.EST5;
import static org.est4j.core.analysis.Fixtures.Q4;
import static org.est4j.core.analysis.Fixtures.assessment;
import static org.est4j.core.analysis.Fixtures.influence;
import static org.est4j.core.analysis.Fixtures.picture;
import static org.est4j.core.analysis.Fixtures.trend;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.est4j.core.Decision;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PrioritisationTest {
    private static final AreaId CENTRUM = AreaId.of("centrum");
    private static final AreaId HAGABY = AreaId.of("hagaby");
    private static final AreaId NORR = AreaId.of("norr");
    private static final AreaId SODER = AreaId.of("söder");
    private static final AreaId VASTER = AreaId.of("väster");
    private static final java.time.LocalDate DEC_20 = java.time.LocalDate.of(2026, 12, 20);

    private static Candidate candidate(AreaId area, int level, Influence influence, double harm, Trend trend) {
        SituationPicture.Builder p = picture(area.value(), Q4, 10, harm);
        if (trend != null) {
            p.addTrends(trend);
        }
        return Candidate.of(assessment(area, Q4, level),
                Decision.of(influence, "operativa gruppen", "the housing company can act", DECIDED), List.of(p.build()));
    }

    /** The worked example: five areas of a quarter, with every kind of trend. */
    private static List<Candidate> fiveAreas() {
        return List.of(
                candidate(CENTRUM, 4, Influence.of(4), 38, trend(Trend.Direction.RISING, 0.01)),
                candidate(HAGABY, 5, Influence.of(2), 100, trend(Trend.Direction.STABLE, 0.4)),
                candidate(NORR, 3, Influence.of(5), 20, trend(Trend.Direction.FALLING, 0.003)),
                candidate(SODER, 2, Influence.of(3), 10, null),
                candidate(VASTER, 1, Influence.of(5), 0, trend(Trend.Direction.FALLING, 0.02)));
    }

    @Test
    void ranksTheWorkedExampleByNeedTimesInfluence() {
        Prioritisation p = Prioritisation.of(Q4, EST5, fiveAreas());

        assertThat(p.ranking()).extracting(RankedCandidate::area).containsExactly(CENTRUM, HAGABY, NORR, SODER, VASTER);
        assertThat(p.ranking()).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(p.ranking()).extracting(RankedCandidate::need).usingComparatorForType(
                (a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.689, 0.8, 0.11, 0.155, 0.0);
        assertThat(p.ranking()).extracting(RankedCandidate::priority).usingComparatorForType(
                (a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.5512, 0.32, 0.11, 0.093, 0.0);
        assertThat(p.suggestedFocusAreas()).containsExactly(CENTRUM, HAGABY, NORR);
        assertThat(p.focusAreas()).isEqualTo(p.suggestedFocusAreas());
        assertThat(p.isDecided()).isFalse();

        RankedCandidate centrum = p.candidate(CENTRUM);
        assertThat(centrum.level()).isEqualTo(0.75);
        assertThat(centrum.trendSign()).isEqualTo(1);
        assertThat(centrum.harmShare()).isCloseTo(0.38, within(1e-12));
        assertThat(centrum.influence()).isEqualTo(0.8);
        assertThat(centrum.suggested()).isTrue();
        assertThat(p.candidate(NORR).trendSign()).isEqualTo(-1);
        assertThat(p.candidate(HAGABY).trendSign()).isZero();
        assertThat(p.candidate(SODER).trend()).isEmpty();
    }

    @Test
    void explainsEachRankInWords() {
        Prioritisation p = Prioritisation.of(Q4, EST5, fiveAreas());

        assertThat(p.candidate(CENTRUM).reasons()).containsExactly(
                "level 4 of 5 (Allvarligt), rising (p = 0.01), harm 38 % of the highest; influence 4 of 5 "
                        + "(operativa gruppen: the housing company can act)",
                "need 0.69 = max(0, 0.5 × level 0.75 + 0.2 × trend +1 + 0.3 × harm 0.38)",
                "priority 0.55 = need 0.69 × influence 0.80",
                "rank 1 of 5: suggested as a focus area (top 3)");
        assertThat(p.candidate(CENTRUM).reasons(Locale.forLanguageTag("sv"))).containsExactly(
                "nivå 4 av 5 (Allvarligt), ökande (p = 0,01), skada 38 % av den högsta; påverkansmöjlighet 4 av 5 "
                        + "(operativa gruppen: the housing company can act)",
                "behov 0,69 = max(0, 0,5 × nivå 0,75 + 0,2 × trend +1 + 0,3 × skada 0,38)",
                "prioritet 0,55 = behov 0,69 × påverkan 0,80",
                "plats 1 av 5: föreslås som fokusområde (de 3 främsta)");
        assertThat(p.candidate(HAGABY).reasons().get(0)).startsWith(
                "level 5 of 5 (Akut), stable (p = 0.4), harm 100 % of the highest; influence 2 of 5");
        assertThat(p.candidate(NORR).reasons().get(0)).startsWith("level 3 of 5 (Oroligt), falling (p = 0.003), harm 20 %");
        assertThat(p.candidate(SODER).reasons().get(0)).startsWith("level 2 of 5 (Stabilt), no trend, harm 10 %");
        assertThat(p.candidate(VASTER).reasons()).containsExactly(
                "level 1 of 5 (Lugnt), falling (p = 0.02), harm 0 % of the highest; influence 5 of 5 "
                        + "(operativa gruppen: the housing company can act)",
                "need 0.00 = max(0, 0.5 × level 0.00 + 0.2 × trend -1 + 0.3 × harm 0.00), below 0 and counted as 0",
                "priority 0.00 = need 0.00 × influence 1.00",
                "rank 5 of 5: outside the top 3");
        assertThat(p.candidate(CENTRUM).toString()).isEqualTo("#1 centrum priority 0.55 (need 0.69 × influence 0.80),"
                + " suggested: " + p.candidate(CENTRUM).reasons().get(0));
    }

    @Test
    void neverSuggestsAnAreaWithoutPriority() {
        PrioritisationRule five = PrioritisationRule.builder().focusAreas(5).build();
        Prioritisation p = Prioritisation.of(Q4, EST5, fiveAreas(), five);

        assertThat(p.suggestedFocusAreas()).containsExactly(CENTRUM, HAGABY, NORR, SODER);
        assertThat(p.candidate(VASTER).suggested()).isFalse();
        assertThat(p.candidate(VASTER).reasons().get(3)).isEqualTo("rank 5 of 5: priority 0, not suggested");
    }

    @Test
    void aTrendAgainstLastYearSaysSo() {
        Trend lastYear = Trend.builder().from(trend(Trend.Direction.RISING, 0.0004))
                .comparison(Trend.Comparison.SAME_PERIOD_LAST_YEAR).build();
        Prioritisation p = Prioritisation.of(Q4, EST5, List.of(candidate(CENTRUM, 3, Influence.of(3), 0, lastYear),
                candidate(NORR, 3, Influence.of(3), 0, trend(Trend.Direction.INSUFFICIENT_DATA, 1))));

        assertThat(p.candidate(CENTRUM).reasons().get(0))
                .startsWith("level 3 of 5 (Oroligt), rising against the same period last year (p < 0.001), no harm recorded;");
        assertThat(p.candidate(NORR).reasons().get(0)).contains("too little data for a trend");
        assertThat(p.candidate(NORR).reasons(Locale.forLanguageTag("sv")).get(0))
                .contains("för lite data för en trend, ingen skada registrerad");
        assertThat(p.candidate(CENTRUM).reasons(Locale.forLanguageTag("sv")).get(0))
                .contains("ökande mot samma period förra året (p < 0,001)");
    }

    @Test
    void tiesBreakByNeedThenInfluenceThenAreaAndSaySo() {
        // a: need 0.8 × influence 0.5; b: need 0.4 × influence 1.0 — the same priority, a first by need.
        Candidate a = candidate(AreaId.of("a"), 5, Influence.of(1, 2), 100, null);
        Candidate b = candidate(AreaId.of("b"), 3, Influence.of(5), 50, null);
        // c and d: no need at all; c first by influence.
        Candidate c = candidate(AreaId.of("c"), 1, Influence.of(5), 0, null);
        Candidate d = candidate(AreaId.of("d"), 1, Influence.of(3), 0, null);
        // e and f: the same in everything; e first by area id.
        Candidate f = candidate(AreaId.of("f"), 4, Influence.of(2), 0, null);
        Candidate e = candidate(AreaId.of("e"), 4, Influence.of(2), 0, null);

        Prioritisation p = Prioritisation.of(Q4, EST5, List.of(f, d, c, b, a, e));

        assertThat(p.ranking()).extracting(r -> r.area().value()).containsExactly("a", "b", "e", "f", "c", "d");
        assertThat(p.candidate(AreaId.of("b")).reasons()).last().isEqualTo("same priority as a; placed after it by need");
        assertThat(p.candidate(AreaId.of("f")).reasons()).last().isEqualTo("same priority as e; placed after it by area id");
        assertThat(p.candidate(AreaId.of("d")).reasons()).last()
                .isEqualTo("same priority as c; placed after it by influence");
        assertThat(p.candidate(AreaId.of("d")).reasons(Locale.forLanguageTag("sv"))).last()
                .isEqualTo("samma prioritet som c; placeras efter på påverkan");
        assertThat(p.candidate(AreaId.of("a")).reasons()).hasSize(4);
    }

    @Test
    void theGroupDecidesAndTheSuggestionIsKept() {
        Prioritisation suggested = Prioritisation.of(Q4, EST5, fiveAreas());
        List<AreaId> chosen = new ArrayList<>(List.of(CENTRUM, SODER));
        Prioritisation decided = suggested.withDecision(Decision.of(chosen, "lokala BRÅ",
                "Hagaby is covered by the housing company's own project", DEC_20));
        chosen.add(NORR);

        assertThat(decided.focusAreas()).as("a copy of the caller's list").containsExactly(CENTRUM, SODER);
        assertThat(decided.suggestedFocusAreas()).containsExactly(CENTRUM, HAGABY, NORR);
        assertThat(decided.isDecided()).isTrue();
        assertThat(decided.ranking()).isEqualTo(suggested.ranking());
        assertThat(suggested.isDecided()).isFalse();
        assertThat(decided.toString()).endsWith("\n  suggested focus areas: [centrum, hagaby, norr]"
                + "\n  decided focus areas: [centrum, söder], by lokala BRÅ on 2026-12-20: Hagaby is covered by the "
                + "housing company's own project");
    }

    @Test
    void aDecisionNamesOnlyCandidatesOnceAndNotBeforeThePeriod() {
        Prioritisation p = Prioritisation.of(Q4, EST5, fiveAreas());

        assertThatThrownBy(() -> p.withDecision(Decision.of(List.of(CENTRUM, AreaId.of("öster"), CENTRUM), "lokala BRÅ",
                "chosen", java.time.LocalDate.of(2026, 9, 30))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("decision.value[1]", "decision.value[2]", "decision.decidedOn"));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Candidate sameArea = candidate(CENTRUM, 2, Influence.of(1), 1, null);
        Assessment otherScale = Assessment.builder().from(assessment(NORR, Q4, 2)).scaleId("traffic-light-3").build();
        Candidate wrongScale = Candidate.of(otherScale, influence(3), List.of(picture("norr", Q4, 1, 1).build()));
        Candidate early = Candidate.of(assessment(SODER, Period.month(2026, 9), 2), influence(3),
                List.of(picture("söder", Period.week(2026, 40), 1, 1).build(),
                        picture("söder", Period.month(2027, 1), 1, 1).build()));

        assertThatThrownBy(() -> Prioritisation.of(Q4, EST5, List.of(candidate(CENTRUM, 3, Influence.of(3), 1, null),
                sameArea, wrongScale, early)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("candidates[1].area", "candidates[2].assessment.scaleId",
                                "candidates[3].assessment.period", "candidates[3].pictures[0].period",
                                "candidates[3].pictures[1].period"));
        assertThatThrownBy(() -> Prioritisation.builder().build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("period", "scale", "candidates"));
    }

    @Test
    void aWeekStartingInTheQuarterBelongsToIt() {
        // 2026-W40 starts on Monday 28 September, in Q3; 2026-W53 starts on 28 December, in Q4.
        Candidate c = Candidate.of(assessment(CENTRUM, Period.week(2026, 53), 3), influence(3),
                List.of(picture("centrum", Period.week(2026, 53), 1, 1).build()));

        assertThat(Prioritisation.of(Q4, EST5, List.of(c)).candidates()).containsExactly(c);
        Candidate straddling = Candidate.of(assessment(CENTRUM, Q4, 3), influence(3),
                List.of(picture("centrum", Period.week(2026, 40), 1, 1).build()));
        assertThatThrownBy(() -> Prioritisation.of(Q4, EST5, List.of(straddling)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must start within 2026-Q4");
    }

    @Test
    void looksUpCandidatesByArea() {
        Prioritisation p = Prioritisation.of(Q4, EST5, fiveAreas());

        assertThat(p.candidate(SODER).rank()).isEqualTo(4);
        assertThatThrownBy(() -> p.candidate(AreaId.of("öster"))).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("öster").hasMessageContaining("centrum, hagaby, norr, söder, väster");
    }

    @Test
    void printsATable() {
        String text = Prioritisation.of(Q4, EST5, fiveAreas()).toString();

        assertThat(text).startsWith("Prioritisation 2026-Q4 on est-5: need = max(0, 0.5 × level + 0.2 × trend + "
                + "0.3 × harm); priority = need × influence; top 3; trend PREVIOUS_PERIODS\n");
        assertThat(text.lines()).hasSize(8);
        assertThat(text.lines().skip(2).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .matches("  1 \\* +centrum +4 of 5 +rising +38 % +0\\.69 +4 of 5 +0\\.55"));
        assertThat(text.lines().skip(3).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .matches("  2 \\* +hagaby +5 of 5 +stable +100 % +0\\.80 +2 of 5 +0\\.32"));
        assertThat(text.lines().skip(5).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .matches("  4 +söder +2 of 5 +- +10 % .*"));
        assertThat(text).endsWith("suggested focus areas: [centrum, hagaby, norr]");
    }

    @Test
    void takesCandidatesFromPictureSetsAndTheLatestAssessment() {
        List<PictureSet> sets = new ArrayList<>();
        for (int month = 9; month <= 12; month++) {
            Period p = Period.month(2026, month);
            sets.add(PictureSet.builder().period(p).addPictures(picture("centrum", p, 5, month).build(),
                    picture("hagaby", p, 2, 1).build(), picture("norr", p, 1, 1).build()).build());
        }
        List<Assessment> assessments = List.of(assessment(CENTRUM, Period.month(2026, 10), 3),
                assessment(CENTRUM, Period.month(2026, 12), 4), assessment(HAGABY, Period.month(2026, 11), 2),
                assessment(CENTRUM, Period.month(2026, 9), 5), assessment(NORR, Period.month(2026, 11), 5));

        Prioritisation p = Prioritisation.fromPictures(Q4, EST5, sets, assessments,
                Map.of(CENTRUM, influence(4), HAGABY, influence(2)), PrioritisationRule.defaults());

        assertThat(p.candidates()).extracting(Candidate::area).containsExactly(CENTRUM, HAGABY);
        Candidate centrum = p.candidate(CENTRUM).candidate();
        assertThat(centrum.assessment().level().rank()).as("the latest in the quarter").isEqualTo(4);
        assertThat(centrum.pictures()).extracting(SituationPicture::period)
                .containsExactly(Period.month(2026, 10), Period.month(2026, 11), Period.month(2026, 12));
        assertThat(centrum.harm()).isEqualTo(10 + 11 + 12);
    }

    @Test
    void fromPicturesNamesEveryAreaItCannotRank() {
        PictureSet oct = PictureSet.builder().period(Period.month(2026, 10))
                .addPictures(picture("centrum", Period.month(2026, 10), 5, 1).build()).build();

        assertThatThrownBy(() -> Prioritisation.fromPictures(Q4, EST5, List.of(oct),
                List.of(assessment(CENTRUM, Period.month(2026, 10), 3), assessment(CENTRUM, Period.month(2026, 10), 4)),
                Map.of(CENTRUM, influence(4), NORR, influence(2)), PrioritisationRule.defaults()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("influence[centrum]",
                                        "has two assessments of 2026-10; give one per area and period"),
                                org.assertj.core.groups.Tuple.tuple("influence[norr]", "has no picture of the area in "
                                        + "2026-Q4; give a picture set of the period that holds it"),
                                org.assertj.core.groups.Tuple.tuple("influence[norr]",
                                        "has no assessment of the area in 2026-Q4")));
    }

    // ------------------------------------------------------------------------------------------- properties

    /** level 1–5, influence 0–5, harm 0–4, trend −1…+1: few values, so that ties are common. */
    private static Gen<List<int[]>> specs() {
        Gen<int[]> one = integers().between(1, 5).zip(integers().between(0, 5), integers().between(0, 4),
                integers().between(-1, 1), (l, i, h, t) -> new int[] {l, i, h, t});
        return lists().of(one).ofSizeBetween(1, 8);
    }

    private static List<Candidate> build(List<int[]> specs) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            int[] s = specs.get(i);
            candidates.add(Fixtures.candidate("a" + i, s[0], s[1], s[2], s[3]));
        }
        return candidates;
    }

    private static long key(double x) {
        return Math.round(x * 1e9);
    }

    @Test
    void theRankingDoesNotDependOnTheInputOrder() {
        qt().withFixedSeed(20261218L).withExamples(100).forAll(specs(), integers().all()).checkAssert((specs, seed) -> {
            List<Candidate> candidates = build(specs);
            List<Candidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(seed));

            Prioritisation a = Prioritisation.of(Q4, EST5, candidates);
            Prioritisation b = Prioritisation.of(Q4, EST5, shuffled);

            assertThat(b.ranking()).isEqualTo(a.ranking());
            assertThat(b).isEqualTo(a);
            assertThat(b.toString()).isEqualTo(a.toString());
        });
    }

    @Test
    void theRankingFollowsTheDocumentedOrderAndTheFocusAreasAreTheTopN() {
        qt().withFixedSeed(7L).withExamples(200).forAll(specs(), integers().between(1, 4)).checkAssert((specs, n) -> {
            Prioritisation p = Prioritisation.of(Q4, EST5, build(specs),
                    PrioritisationRule.builder().focusAreas(n).build());
            List<RankedCandidate> r = p.ranking();

            for (int i = 0; i < r.size(); i++) {
                assertThat(r.get(i).rank()).isEqualTo(i + 1);
            }
            for (int i = 1; i < r.size(); i++) {
                RankedCandidate x = r.get(i - 1);
                RankedCandidate y = r.get(i);
                int cmp = Long.compare(key(y.priority()), key(x.priority()));
                if (cmp == 0) {
                    cmp = Long.compare(key(y.need()), key(x.need()));
                }
                if (cmp == 0) {
                    cmp = Long.compare(key(y.influence()), key(x.influence()));
                }
                if (cmp == 0) {
                    cmp = x.area().compareTo(y.area());
                }
                assertThat(cmp).as("%s before %s", x, y).isNegative();
            }
            List<AreaId> topN = r.stream().filter(c -> key(c.priority()) > 0).limit(n).map(RankedCandidate::area)
                    .collect(Collectors.toList());
            assertThat(p.suggestedFocusAreas()).isEqualTo(topN);
            assertThat(p.focusAreas()).isEqualTo(topN);
        });
    }

    @Test
    void priorityIsMonotoneInInfluence() {
        qt().withFixedSeed(11L).withExamples(100).forAll(specs(), integers().between(0, 7)).checkAssert((specs, pick) -> {
            int i = pick % specs.size();
            int[] before = specs.get(i);
            if (before[1] == 5) {
                return;
            }
            List<int[]> raised = new ArrayList<>(specs);
            raised.set(i, new int[] {before[0], before[1] + 1, before[2], before[3]});
            AreaId area = AreaId.of("a" + i);

            RankedCandidate was = Prioritisation.of(Q4, EST5, build(specs)).candidate(area);
            RankedCandidate now = Prioritisation.of(Q4, EST5, build(raised)).candidate(area);

            assertThat(now.priority()).isGreaterThanOrEqualTo(was.priority());
            assertThat(now.rank()).isLessThanOrEqualTo(was.rank());
        });
    }

    @Test
    void priorityIsMonotoneInLevel() {
        qt().withFixedSeed(13L).withExamples(100).forAll(specs(), integers().between(0, 7)).checkAssert((specs, pick) -> {
            int i = pick % specs.size();
            int[] before = specs.get(i);
            if (before[0] == 5) {
                return;
            }
            List<int[]> raised = new ArrayList<>(specs);
            raised.set(i, new int[] {before[0] + 1, before[1], before[2], before[3]});
            AreaId area = AreaId.of("a" + i);

            RankedCandidate was = Prioritisation.of(Q4, EST5, build(specs)).candidate(area);
            RankedCandidate now = Prioritisation.of(Q4, EST5, build(raised)).candidate(area);

            assertThat(now.need()).isGreaterThanOrEqualTo(was.need());
            assertThat(now.priority()).isGreaterThanOrEqualTo(was.priority());
            assertThat(now.rank()).isLessThanOrEqualTo(was.rank());
            if (before[1] > 0 && was.need() > 0) {
                assertThat(now.priority()).as("strictly, with influence and need").isGreaterThan(was.priority());
            }
        });
    }
}
