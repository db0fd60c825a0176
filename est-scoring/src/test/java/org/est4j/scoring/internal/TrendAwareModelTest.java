package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.coverage;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.trend;
import static org.est4j.scoring.assessment.TestPictures.week;
import static org.est4j.scoring.assessment.TestPictures.yearTrend;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

class TrendAwareModelTest {
    private static final TrendAwareModel SV = TrendAwareModel.of(PluginConfig.empty(), Taxonomy.standard());
    private static final TrendAwareModel EN = TrendAwareModel.of(PluginConfig.empty().with("language", "en"),
            Taxonomy.standard());

    /** Property damage 6 and gatherings 4: level 3 on est-5 by the thresholds. */
    private static SituationPicture.Builder unsettled() {
        return picture(week(47), "property-damage", 6, "gathering", 4);
    }

    @Test
    void movesUpOneLevelOnASignificantRise() {
        Assessment a = EN.assess(unsettled().addTrends(trend(10, 8, 4)).build(), Scales.est5(), List.of());

        assertThat(a.suggested().code()).isEqualTo("4");
        assertThat(a.reasons()).endsWith("Rising against the previous 4 periods: 10 against 2.0 expected (p < 0.001)",
                "Up one level from 3 Unsettled to 4 Serious because of the rise");
    }

    @Test
    void movesDownOneLevelOnASignificantFall() {
        Assessment a = SV.assess(unsettled().addTrends(trend(10, 120, 4)).build(), Scales.est5(), List.of());

        assertThat(a.suggested().code()).isEqualTo("2");
        assertThat(a.reasons()).endsWith("Minskning mot de 4 föregående perioderna: 10 mot väntat 30,0 (p < 0,001)",
                "En nivå ner från 3 Oroligt till 2 Stabilt på grund av minskningen");
    }

    @Test
    void neverMovesOnAStableTrendOrTooLittleData() {
        Assessment stable = EN.assess(unsettled().addTrends(trend(10, 36, 4)).build(), Scales.est5(), List.of());
        Assessment insufficient = EN.assess(picture(week(47), "property-damage", 3).addTrends(trend(3, 1, 4)).build(),
                Scales.est5(), List.of());
        Assessment none = EN.assess(unsettled().build(), Scales.est5(), List.of());

        assertThat(stable.suggested().code()).isEqualTo("3");
        assertThat(stable.reasons()).contains("No significant rise or fall: the level is not moved");
        assertThat(stable.reasons().get(stable.reasons().size() - 2)).startsWith("Stable against the previous 4 periods");
        assertThat(insufficient.suggested().code()).isEqualTo("2");
        assertThat(insufficient.reasons()).contains("Too little data for a trend against the previous 4 periods: 3"
                + " against 0.3 expected");
        assertThat(none.suggested().code()).isEqualTo("3");
        assertThat(none.reasons()).contains("No trend was computed against the previous periods");
    }

    @Test
    void staysWithinTheScale() {
        SituationPicture acute = picture(week(47), "disorder-violence", 8).addTrends(trend(8, 1, 4)).build();
        SituationPicture calm = picture(week(47)).addTrends(trend(0, 60, 4)).build();

        assertThat(SV.assess(acute, Scales.trafficLight3(), List.of()).reasons())
                .contains("Redan på den högsta nivån, Röd");
        assertThat(SV.assess(acute, Scales.trafficLight3(), List.of()).suggested().code()).isEqualTo("red");
        assertThat(SV.assess(calm, Scales.policeArea4(), List.of()).reasons())
                .contains("Redan på den lägsta nivån, Målområde");
    }

    @Test
    void doesNotMoveDownWhenCoverageIsLow() {
        Assessment a = SV.assess(unsettled().addTrends(trend(10, 120, 4)).coverage(coverage(10, 4)).build(),
                Scales.est5(), List.of());

        assertThat(a.suggested().code()).isEqualTo("3");
        assertThat(a.reasons()).contains("Minskningen sänker inte nivån eftersom täckningen är låg: tystnad är inte"
                + " lugn");
    }

    @Test
    void aRiseThatIsOnlyPlannedEventsDoesNotRaiseTheLevel() {
        // 23 observations against 12 in four weeks is a rise, but 20 of them are a festival's: the 3 problem
        // observations alone are no rise. A rise of problems that also counts a few events still counts.
        SituationPicture festival = picture(week(47), "property-damage", 2, "gathering", 1, "planned-event", 20)
                .addTrends(trend(23, 12, 4)).build();
        Assessment a = EN.assess(festival, Scales.est5(), List.of());

        assertThat(festival.trends().get(0).direction()).isEqualTo(Trend.Direction.RISING);
        assertThat(a.suggested().code()).isEqualTo("1");
        assertThat(a.reasons()).contains("The rise counts 20 context observations; without them it is not significant",
                "No significant rise or fall: the level is not moved");
        SituationPicture realRise = picture(week(47), "property-damage", 6, "gathering", 4, "planned-event", 5)
                .addTrends(trend(15, 8, 4)).build();
        assertThat(EN.assess(realRise, Scales.est5(), List.of()).suggested().code()).isEqualTo("4");
    }

    @Test
    void theComparisonIsASetting() {
        SituationPicture both = unsettled().addTrends(trend(10, 8, 4), yearTrend(10, 40)).build();
        TrendAwareModel lastYear = TrendAwareModel.of(PluginConfig.empty().with("comparison", "same-period-last-year"),
                Taxonomy.standard());
        TrendAwareModel any = TrendAwareModel.of(PluginConfig.empty().with("comparison", "any"), Taxonomy.standard());

        assertThat(SV.assess(both, Scales.est5(), List.of()).suggested().code()).isEqualTo("4");
        assertThat(lastYear.assess(both, Scales.est5(), List.of()).suggested().code()).isEqualTo("2");
        assertThat(any.assess(both, Scales.est5(), List.of()).suggested().code()).isEqualTo("3");
        assertThat(any.assess(both, Scales.est5(), List.of()).reasons())
                .contains("Trenderna går åt olika håll: nivån flyttas inte");
        assertThat(any.assess(unsettled().addTrends(trend(10, 8, 4), yearTrend(10, 9)).build(), Scales.est5(),
                List.of()).suggested().code()).as("one rise, the other stable").isEqualTo("4");
        assertThat(any).hasToString("AssessmentModel trend-aware (any; " + ThresholdRules.of(PluginConfig.empty(),
                Taxonomy.standard()) + ")");
        assertThatThrownBy(() -> TrendAwareModel.of(PluginConfig.empty().with("comparison", "last-week"),
                Taxonomy.standard())).isInstanceOf(ValidationException.class).hasMessageContaining("comparison");
    }
}
