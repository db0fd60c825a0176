package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.est4j.core.analysis.Fixtures.EST5;
import static org.est4j.core.analysis.Fixtures.Q4;

import java.util.List;
import java.util.Locale;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.Trend;
import org.junit.jupiter.api.Test;

class RankedCandidateTest {
    private final Prioritisation p = Prioritisation.of(Q4, EST5, List.of(
            Fixtures.candidate("centrum", 4, 4, 40, 1),
            Fixtures.candidate("norr", 3, 5, 20, -1)));

    @Test
    void carriesTheCandidateAndEveryFigureOfTheRule() {
        RankedCandidate r = p.ranking().get(0);

        assertThat(r.area()).isEqualTo(AreaId.of("centrum"));
        assertThat(r.candidate()).isEqualTo(p.candidates().get(0));
        assertThat(r.rank()).isEqualTo(1);
        assertThat(r.trend()).map(Trend::direction).contains(Trend.Direction.RISING);
        assertThat(r.need()).isEqualTo(PrioritisationRule.defaults().need(r.level(), r.trendSign(), r.harmShare()));
        assertThat(r.priority()).isEqualTo(r.need() * r.influence());
        assertThat(r.harmShare()).isEqualTo(1.0);
        assertThat(p.ranking().get(1).harmShare()).isEqualTo(0.5);
    }

    @Test
    void givesItsReasonsInTheReadersLanguage() {
        RankedCandidate r = p.ranking().get(1);

        assertThat(r.reasons(Locale.ENGLISH)).isEqualTo(r.reasons());
        assertThat(r.reasons(Locale.forLanguageTag("sv-SE"))).isEqualTo(r.reasonsSv());
        assertThat(r.reasonsSv().get(0)).startsWith("nivå 3 av 5 (Oroligt), minskande (p = 0,01), skada 50 % av den högsta");
        assertThat(r.reasons()).hasSize(r.reasonsSv().size());
    }

    @Test
    void printsRankAreaPriorityAndTheFirstReason() {
        RankedCandidate r = p.ranking().get(1);

        assertThat(r).hasToString("#2 norr priority 0.20 (need 0.20 × influence 1.00), suggested: level 3 of 5 "
                + "(Oroligt), falling (p = 0.01), harm 50 % of the highest; influence 5 of 5 (operativa gruppen: the "
                + "housing company can act)");
    }
}
