package org.est4j.core.analysis;

import java.time.LocalDate;
import org.est4j.core.Decision;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;

/** Scales, assessments, trends and pictures for the analysis tests. */
final class Fixtures {
    static final Period Q4 = Period.quarter(2026, 4);
    static final LocalDate DECIDED = LocalDate.of(2026, 12, 18);
    static final Scale EST5 = Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
            .addLevels(level("1", 1, "Lugnt", "Calm", "#2E7D32"),
                    level("2", 2, "Stabilt", "Stable", "#9CCC65"),
                    level("3", 3, "Oroligt", "Unsettled", "#FDD835"),
                    level("4", 4, "Allvarligt", "Serious", "#FB8C00"),
                    level("5", 5, "Akut", "Acute", "#C62828"))
            .build();

    private Fixtures() {}

    static ScaleLevel level(String code, int rank, String sv, String en, String colour) {
        return ScaleLevel.builder().code(code).rank(rank).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(en + " situation.").meaningEn(en + " situation.").build();
    }

    static Assessment assessment(AreaId area, Period period, int rank) {
        return Assessment.builder().area(area).period(period).scaleId("est-5").suggested(EST5.levelAtRank(rank))
                .modelId("threshold").addReasons("test level " + rank).build();
    }

    static Decision<Influence> influence(int score) {
        return Decision.of(Influence.of(score), "operativa gruppen", "the housing company can act", DECIDED);
    }

    /**
     * A trend of a quarter against four previous quarters, rising, falling or stable with a p-value, or with
     * too little data.
     */
    static Trend trend(Trend.Direction direction, double p) {
        Trend.Builder b = Trend.builder().comparison(Trend.Comparison.PREVIOUS_PERIODS).currentExposureDays(92)
                .baselinePeriods(4).baselineExposureDays(368).testId("poisson-exact").direction(direction);
        switch (direction) {
            case RISING:
                return b.current(40).baselineTotal(80).pValue(p).build();
            case FALLING:
                return b.current(5).baselineTotal(80).pValue(p).build();
            case STABLE:
                return b.current(20).baselineTotal(80).pValue(p).build();
            default:
                return b.current(2).baselineTotal(0).baselinePeriods(0).baselineExposureDays(0).build();
        }
    }

    static SituationPicture.Builder picture(String area, Period period, long total, double harm) {
        return SituationPicture.builder().area(AreaId.of(area)).period(period).total(total).harmScore(harm);
    }

    /** A candidate with one quarterly picture: level rank, influence score of 5, harm, trend sign (-1, 0, +1). */
    static Candidate candidate(String area, int level, int influence, double harm, int trend) {
        SituationPicture.Builder p = picture(area, Q4, 10, harm);
        if (trend != 0) {
            p.addTrends(trend(trend > 0 ? Trend.Direction.RISING : Trend.Direction.FALLING, 0.01));
        }
        return Candidate.of(assessment(AreaId.of(area), Q4, level), influence(influence), java.util.List.of(p.build()));
    }
}
