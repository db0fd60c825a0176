package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Fixtures.Q4;
import static org.est4j.core.analysis.Fixtures.assessment;
import static org.est4j.core.analysis.Fixtures.influence;
import static org.est4j.core.analysis.Fixtures.picture;
import static org.est4j.core.analysis.Fixtures.trend;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class CandidateTest {
    private static final AreaId CENTRUM = AreaId.of("centrum");
    private static final Period OCT = Period.month(2026, 10);
    private static final Period NOV = Period.month(2026, 11);
    private static final Period DEC = Period.month(2026, 12);

    @Test
    void keepsThePicturesInPeriodOrderAndSumsTheirHarm() {
        SituationPicture dec = picture("centrum", DEC, 6, 12.5).build();
        SituationPicture oct = picture("centrum", OCT, 4, 8).build();
        SituationPicture nov = picture("centrum", NOV, 2, 3).build();

        Candidate c = Candidate.of(assessment(CENTRUM, Q4, 4), influence(4), List.of(dec, oct, nov));

        assertThat(c.area()).isEqualTo(CENTRUM);
        assertThat(c.pictures()).containsExactly(oct, nov, dec);
        assertThat(c.latest()).isEqualTo(dec);
        assertThat(c.harm()).isEqualTo(23.5);
        assertThat(c).isEqualTo(Candidate.of(assessment(CENTRUM, Q4, 4), influence(4), List.of(oct, nov, dec)));
        assertThat(c).hasToString("Candidate centrum: level 4 Allvarligt, 3 pictures 2026-10..2026-12, influence 4 of 5"
                + " (operativa gruppen)");
    }

    @Test
    void readsTheTrendOfTheLatestPictureAndFallsBackOnTheOtherComparison() {
        Trend rising = trend(Trend.Direction.RISING, 0.01);
        Trend lastYear = Trend.builder().from(trend(Trend.Direction.FALLING, 0.02))
                .comparison(Trend.Comparison.SAME_PERIOD_LAST_YEAR).build();
        SituationPicture nov = picture("centrum", NOV, 2, 3).addTrends(rising).build();
        SituationPicture dec = picture("centrum", DEC, 6, 12).addTrends(lastYear).build();

        Candidate c = Candidate.of(assessment(CENTRUM, Q4, 4), influence(4), List.of(nov, dec));

        assertThat(c.trend(Trend.Comparison.PREVIOUS_PERIODS)).as("falls back on last year's").contains(lastYear);
        assertThat(c.trend(Trend.Comparison.SAME_PERIOD_LAST_YEAR)).contains(lastYear);
        Candidate onlyNov = Candidate.of(assessment(CENTRUM, Q4, 4), influence(4), List.of(nov));
        assertThat(onlyNov.trend(Trend.Comparison.PREVIOUS_PERIODS)).contains(rising);
        Candidate none = Candidate.of(assessment(CENTRUM, Q4, 4), influence(4),
                List.of(picture("centrum", OCT, 1, 1).build()));
        assertThat(none.trend(Trend.Comparison.PREVIOUS_PERIODS)).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        SituationPicture quarter = picture("centrum", Q4, 12, 20).build();
        SituationPicture nov = picture("centrum", NOV, 2, 3).build();
        SituationPicture other = picture("hagaby", OCT, 2, 3).build();

        assertThatThrownBy(() -> Candidate.builder().area(CENTRUM).assessment(assessment(AreaId.of("norr"), Q4, 2))
                .influence(influence(3)).addPictures(quarter, nov, other).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("assessment.area", "pictures[2].area", "pictures[0].period",
                                "pictures[1].period"));
        assertThatThrownBy(() -> Candidate.builder().build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("area", "assessment", "influence", "pictures"));
    }

    @Test
    void aPictureMayFollowAnotherOnTheDayItEnds() {
        Candidate c = Candidate.of(assessment(CENTRUM, Q4, 2), influence(2),
                List.of(picture("centrum", Period.week(2026, 45), 1, 1).build(),
                        picture("centrum", Period.week(2026, 46), 1, 1).build()));

        assertThat(c.pictures()).hasSize(2);
    }
}
