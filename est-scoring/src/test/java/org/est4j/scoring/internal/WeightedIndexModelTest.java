package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.harm;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.week;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

class WeightedIndexModelTest {
    private static final WeightedIndexModel SV = WeightedIndexModel.of(PluginConfig.empty(), Taxonomy.standard());
    private static final WeightedIndexModel EN = WeightedIndexModel.of(PluginConfig.empty().with("language", "en"),
            Taxonomy.standard());

    /** Eight weeks of harm 10, 12, 8, 10, 14, 6, 10, 10, two harm points per observation. */
    private static List<SituationPicture> history() {
        double[] harms = {10, 12, 8, 10, 14, 6, 10, 10};
        List<SituationPicture> history = new ArrayList<>();
        for (int i = 0; i < harms.length; i++) {
            history.add(harm(week(39 + i), harms[i], (long) harms[i] / 2));
        }
        return history;
    }

    /**
     * By hand: mean 10; deviations 0, 2, −2, 0, 4, −4, 0, 0, so the spread is sqrt(40 / 7) = 2.39; with 2 harm
     * points per observation chance alone gives sqrt(2 · 10) = 4.47, which is larger and is used; harm 20 gives
     * z = 10 / 4.47 = 2.24, which reaches the cut points 1 and 2: level 3.
     */
    @Test
    void calibratesAgainstTheAreasOwnHistoryWithAFloorForChance() {
        Assessment a = EN.assess(picture(week(47), "property-damage", 8, "gathering", 2).harmScore(20).build(),
                Scales.est5(), history());

        assertThat(a.suggested().code()).isEqualTo("3");
        assertThat(a.reasons()).containsExactly(
                "Harm score 20.0 against 10.0 expected from 8 earlier periods (spread 4.5): z = 2.24 reaches 2 of 4 cut"
                        + " points (1; 2; 3; 4): 3 Unsettled",
                "The spread is taken as at least what chance gives weighted counts of this size (4.5 against the"
                        + " history's 2.4)",
                "Largest: Property damage 8, Insecurity-causing gathering 2");
    }

    @Test
    void aWideHistoryCalmsTheSameHarm() {
        List<SituationPicture> swinging = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            swinging.add(harm(week(39 + i), i % 2 == 0 ? 0 : 20, i % 2 == 0 ? 0 : 10));
        }
        Assessment a = SV.assess(harm(week(47), 20, 10), Scales.est5(), swinging);

        assertThat(a.suggested().code()).as("z = 10 / sqrt(800 / 7) = 0.94").isEqualTo("1");
        assertThat(a.reasons().get(0)).isEqualTo("Skadeviktat värde 20,0 mot väntat 10,0 utifrån 8 tidigare perioder"
                + " (spridning 10,7): z = 0,94 når 0 av 4 gränser (1; 2; 3; 4): 1 Lugnt");
    }

    @Test
    void oneReportInAnAreaThatWasAlwaysQuietIsNotAnEmergency() {
        List<SituationPicture> quiet = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            quiet.add(harm(week(39 + i), 0, 0));
        }

        assertThat(SV.assess(harm(week(47), 3, 1), Scales.est5(), quiet).suggested().code())
                .as("z = 3 / sqrt(3 · 3) = 1").isEqualTo("2");
        assertThat(SV.assess(harm(week(47), 24, 8), Scales.est5(), quiet).suggested().code())
                .as("z = 24 / 3 = 8").isEqualTo("5");
    }

    @Test
    void comparesHarmPerDaySoThatMonthsOfDifferentLengthsCompare() {
        List<SituationPicture> months = new ArrayList<>();
        for (int m = 1; m <= 10; m++) {
            Period month = Period.month(2026, m);
            months.add(harm(month, 2.0 * month.lengthInDays(), month.lengthInDays()));
        }
        Assessment a = EN.assess(harm(Period.month(2026, 11), 60, 30), Scales.est5(), months);

        assertThat(a.suggested().code()).isEqualTo("1");
        assertThat(a.reasons().get(0)).startsWith("Harm score 60.0 against 60.0 expected from 10 earlier periods");
    }

    @Test
    void withTooLittleHistoryTheThresholdModelDecidesAndTheReasonsSaySo() {
        SituationPicture now = picture(week(47), "disorder-violence", 2).build();
        Assessment a = SV.assess(now, Scales.est5(), history().subList(0, 1));

        assertThat(a.suggested().code()).isEqualTo("3");
        assertThat(a.reasons()).startsWith("Bara 1 tidigare period (8 behövs för att kalibrera indexet mot områdets"
                + " historik): tröskelmodellen avgör", "Ordningsstörning och våld: 2 iakttagelser (upp från 0 vecka 39"
                + " 2026) når tröskel 2 av 4 (2): 3 Oroligt");
        WeightedIndexModel shortMemory = WeightedIndexModel.of(PluginConfig.empty().with("min-history", "2")
                .with("threshold.disorder-violence", "5,6,7,8"), Taxonomy.standard());
        assertThat(shortMemory.assess(now, Scales.est5(), history().subList(0, 1)).suggested().code())
                .as("the fallback reads the threshold settings").isEqualTo("1");
        assertThat(shortMemory.assess(now, Scales.est5(), history().subList(0, 2)).reasons().get(0))
                .startsWith("Skadeviktat värde");
    }

    @Test
    void cutPointsAreSettings() {
        WeightedIndexModel coarse = WeightedIndexModel.of(PluginConfig.empty().with("z-cuts", "1.5, 3"),
                Taxonomy.standard());

        assertThat(coarse.assess(harm(week(47), 20, 10), Scales.trafficLight3(), history()).suggested().code())
                .as("z = 2.24 reaches 1.5 of 1.5, 3").isEqualTo("yellow");
        assertThat(coarse).hasToString("AssessmentModel weighted-index (min-history 8, z-cuts [1.5, 3.0]; fallback "
                + ThresholdRules.of(PluginConfig.empty(), Taxonomy.standard()) + ")");
        assertThatThrownBy(() -> WeightedIndexModel.of(PluginConfig.empty().with("z-cuts", "2,1")
                .with("min-history", "1"), Taxonomy.standard()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("z-cuts")
                .hasMessageContaining("min-history");
    }
}
