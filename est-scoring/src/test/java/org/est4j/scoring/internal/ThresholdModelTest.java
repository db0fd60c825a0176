package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.coverage;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.week;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

/** The threshold model, and through it what every built-in model does around its own rule. */
class ThresholdModelTest {
    private static final ThresholdModel SV = ThresholdModel.of(PluginConfig.empty(), Taxonomy.standard());
    private static final ThresholdModel EN = ThresholdModel.of(PluginConfig.empty().with("language", "en"),
            Taxonomy.standard());

    @Test
    void lowCoverageKeepsLastPeriodsLevelAndSaysSilenceIsNotCalm() {
        SituationPicture lastWeek = picture(week(46), "property-damage", 6).build();
        SituationPicture quiet = picture(week(47), "property-damage", 1).coverage(coverage(15, 8)).build();
        SituationPicture answered = SituationPicture.builder().from(quiet).coverage(coverage(15, 15)).build();

        Assessment low = SV.assess(quiet, Scales.est5(), List.of(lastWeek));
        assertThat(low.suggested().code()).isEqualTo("3");
        assertThat(low.reasons()).containsExactly(
                "Ingen kategori når någon tröskel (1 iakttagelse i problemkategorier): 1 Lugnt",
                "Bara 8 av 15 rapportörer svarade (53 %): tystnad är inte lugn, så uteblivna rapporter sänker aldrig"
                        + " nivån",
                "Nivån hålls kvar på 3 Oroligt, nivån för vecka 46 2026, eftersom täckningen är låg");
        assertThat(EN.assess(quiet, Scales.est5(), List.of(lastWeek)).reasons()).endsWith(
                "Only 8 of 15 reporters answered (53 %): silence is not calm, so missing reports never lower the level",
                "The level is kept at 3 Unsettled, the level of week 46 2026, because coverage is low");
        assertThat(SV.assess(answered, Scales.est5(), List.of(lastWeek)).suggested().code()).isEqualTo("1");
        assertThat(SV.assess(quiet, Scales.est5(), List.of()).suggested().code())
                .as("without history there is no earlier level to keep").isEqualTo("1");
    }

    @Test
    void lowCoverageNeverLowersBelowWhatTheCountsSay() {
        SituationPicture lastWeek = picture(week(46), "property-damage", 1).build();
        SituationPicture busy = picture(week(47), "property-damage", 10).coverage(coverage(15, 8)).build();

        Assessment a = SV.assess(busy, Scales.est5(), List.of(lastWeek));
        assertThat(a.suggested().code()).isEqualTo("4");
        assertThat(a.reasons()).noneMatch(r -> r.startsWith("Nivån hålls kvar"));
    }

    @Test
    void anAreaNobodyReportsOnIsNotCalm() {
        Coverage nobody = Coverage.builder().area(AreaId.of("norrtalje/centrum")).expected(0).answered(0)
                .threshold(0.7).build();

        assertThat(SV.assess(picture(week(47)).coverage(nobody).build(), Scales.est5(), List.of()).reasons())
                .contains("Inga rapportörer väntades svara för området: tystnad är inte lugn, så uteblivna rapporter"
                        + " sänker aldrig nivån");
    }

    @Test
    void namesContextAndHotspots() {
        SituationPicture.Builder b = picture(week(47), "gathering", 2, "planned-event", 3);
        for (int i = 1; i <= 6; i++) {
            b.addHotspots(Hotspot.builder().area(AreaId.of("norrtalje/centrum/p" + i)).window(week(47).dates())
                    .method("repeat-location").score(7 - i).addReasons("often").build());
        }
        b.addHotspots(Hotspot.builder().area(AreaId.of("norrtalje/centrum/torget")).placeName("Torget")
                .window(week(47).dates()).method("gi-star").score(2.5).addReasons("cluster").build());

        assertThat(SV.assess(b.build(), Scales.est5(), List.of()).reasons()).containsExactly(
                "Otrygghetsskapande samling av personer: 2 iakttagelser når tröskel 1 av 4 (2): 2 Stabilt",
                "3 iakttagelser är sammanhang (som planerade arrangemang) och höjer aldrig nivån",
                "7 hotspots: norrtalje/centrum/p1 (repeat-location), norrtalje/centrum/p2 (repeat-location),"
                        + " norrtalje/centrum/p3 (repeat-location), norrtalje/centrum/p4 (repeat-location),"
                        + " norrtalje/centrum/p5 (repeat-location) med flera");
        SituationPicture one = picture(week(47)).addHotspots(Hotspot.builder().area(AreaId.of("norrtalje/centrum/t"))
                .placeName("Torget").window(week(47).dates()).method("gi-star").score(2.5).addReasons("x").build())
                .build();
        assertThat(EN.assess(one, Scales.est5(), List.of()).reasons()).contains("1 hotspot: Torget (gi-star)");
    }

    @Test
    void comparesEachCategoryWithTheLatestEarlierPeriod() {
        SituationPicture before = picture(week(46), "property-damage", 14, "gathering", 4).build();
        SituationPicture now = picture(week(47), "property-damage", 10, "gathering", 4).build();

        assertThat(EN.assess(now, Scales.est5(), List.of(picture(week(45)).build(), before)).reasons()).containsExactly(
                "Property damage: 10 observations (down from 14 in week 46 2026) reach threshold 3 of 4 (10): 4 Serious",
                "All problem categories: 14 observations (down from 18 in week 46 2026) reach threshold 2 of 4 (10):"
                        + " 3 Unsettled",
                "Insecurity-causing gathering: 4 observations (as many in week 46 2026) reach threshold 2 of 4 (4):"
                        + " 3 Unsettled");
    }

    @Test
    void theHistoryMayComeInAnyOrder() {
        SituationPicture now = picture(week(47), "drugs", 2).coverage(coverage(10, 2)).build();
        List<SituationPicture> history = new ArrayList<>(List.of(picture(week(45), "drugs", 9).build(),
                picture(week(46), "drugs", 5).build(), picture(week(44)).build()));
        Assessment a = SV.assess(now, Scales.est5(), history);
        java.util.Collections.reverse(history);

        assertThat(SV.assess(now, Scales.est5(), history)).isEqualTo(a);
        assertThat(a.suggested().code()).as("kept at week 46's level, the latest").isEqualTo("4");
    }

    @Test
    void rejectsAHistoryOfAnotherAreaAfterThePictureOrTwiceThePeriod() {
        SituationPicture now = picture(week(47)).build();
        SituationPicture elsewhere = SituationPicture.builder().area(AreaId.of("norrtalje/rimbo")).period(week(46))
                .build();

        assertThatThrownBy(() -> SV.assess(now, Scales.est5(), List.of(elsewhere, picture(week(48)).build(),
                picture(week(45)).build(), picture(week(45)).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("history[0].area").hasMessageContaining("history[1].period")
                .hasMessageContaining("history[3].period").hasMessageContaining("must not repeat a period");
        assertThatThrownBy(() -> SV.assess(now, Scales.est5(), List.of(SituationPicture.builder().area(now.area())
                .period(org.est4j.core.time.Period.month(2026, 11)).build())))
                .as("a month that overlaps the week").isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsUnknownSettingsNamingTheKnownOnes() {
        assertThatThrownBy(() -> ThresholdModel.of(PluginConfig.empty().with("treshold.drugs", "1"),
                Taxonomy.standard()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("treshold.drugs")
                .hasMessageContaining("threshold.*").hasMessageContaining("per-days");
    }

    @Test
    void printsItsRules() {
        assertThat(ThresholdModel.of(PluginConfig.empty().with("use-defaults", "false").with("threshold.total", "5"),
                Taxonomy.standard())).hasToString(
                "AssessmentModel threshold ThresholdRules{per 7 days; context [planned-event]; total=[5]}");
    }
}
