package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.week;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThresholdRulesTest {

    private static ThresholdRules rules(PluginConfig config) {
        return ThresholdRules.of(config, Taxonomy.standard());
    }

    static Stream<Arguments> ranks() {
        return Stream.of(
                // step, cut points, scale size, rank
                Arguments.of(0, 4, 5, 1), Arguments.of(1, 4, 5, 2), Arguments.of(2, 4, 5, 3), Arguments.of(3, 4, 5, 4),
                Arguments.of(4, 4, 5, 5),
                // four cut points on the traffic light: 0–1 green, 2 yellow, 3–4 red
                Arguments.of(0, 4, 3, 1), Arguments.of(1, 4, 3, 1), Arguments.of(2, 4, 3, 2), Arguments.of(3, 4, 3, 3),
                Arguments.of(4, 4, 3, 3),
                // on the police's four classes: 0, 1, 2–3, 4
                Arguments.of(1, 4, 4, 2), Arguments.of(2, 4, 4, 3), Arguments.of(3, 4, 4, 3), Arguments.of(4, 4, 4, 4),
                // one cut point: reached is the top, not reached the bottom, on any scale
                Arguments.of(0, 1, 5, 1), Arguments.of(1, 1, 5, 5), Arguments.of(1, 1, 2, 2),
                // two cut points on seven levels: the middle band's middle is level 4
                Arguments.of(1, 2, 7, 4));
    }

    @ParameterizedTest
    @MethodSource
    void ranks(int step, int steps, int size, int rank) {
        assertThat(ThresholdRules.rank(step, steps, size)).isEqualTo(rank);
    }

    @Test
    void rankRunsFromTheLowestToTheHighestLevelWithoutFalling() {
        qt().withFixedSeed(20261).withExamples(300)
                .forAll(integers().between(1, 12), integers().between(2, 12)).checkAssert((steps, size) -> {
            assertThat(ThresholdRules.rank(0, steps, size)).isEqualTo(1);
            assertThat(ThresholdRules.rank(steps, steps, size)).isEqualTo(size);
            for (int s = 1; s <= steps; s++) {
                assertThat(ThresholdRules.rank(s, steps, size)).isBetween(1, size)
                        .isGreaterThanOrEqualTo(ThresholdRules.rank(s - 1, steps, size));
            }
            if (steps == size - 1) {
                for (int s = 0; s <= steps; s++) {
                    assertThat(ThresholdRules.rank(s, steps, size)).isEqualTo(s + 1);
                }
            }
        });
    }

    @Test
    void thresholdsPerWeekAreScaledToThePeriodRoundingUp() {
        ThresholdRules weekly = rules(PluginConfig.empty());
        ThresholdRules asGiven = rules(PluginConfig.empty().with("per-days", "0"));

        assertThat(weekly.scaled(10, 7)).isEqualTo(10);
        assertThat(weekly.scaled(10, 30)).as("10 · 30 / 7 = 42.9").isEqualTo(43);
        assertThat(weekly.scaled(1, 14)).isEqualTo(2);
        assertThat(weekly.scaled(1, 3)).as("never below 1").isEqualTo(1);
        assertThat(asGiven.scaled(10, 30)).isEqualTo(10);
        Period november = Period.month(2026, 11);
        assertThat(weekly.hits(picture(november, "property-damage", 42).build(), Scales.est5()))
                .extracting(ThresholdRules.Hit::step).as("13 ≤ 42 < 43 for property damage, 22 ≤ 42 < 43 for the total")
                .containsExactly(2, 1);
        assertThat(asGiven.hits(picture(november, "property-damage", 42).build(), Scales.est5()))
                .extracting(ThresholdRules.Hit::key).containsExactly("property-damage", "total");
    }

    @Test
    void givenThresholdsReplaceTheDefaultsOfTheirKeyAndCanStandAlone() {
        ThresholdRules more = rules(PluginConfig.empty().with("threshold.property-damage", "1, 2, 3, 4")
                .with("threshold.traffic.moped", "2,4"));
        ThresholdRules only = rules(PluginConfig.empty().with("use-defaults", "false")
                .with("threshold.drugs", "1,2"));

        assertThat(more.thresholds().get("property-damage")).containsExactly(1, 2, 3, 4);
        assertThat(more.thresholds().get("traffic.moped")).containsExactly(2, 4);
        assertThat(more.thresholds()).containsKey("gathering").containsKey("total");
        assertThat(only.thresholds()).containsOnlyKeys("drugs");
        assertThat(only).hasToString("ThresholdRules{per 7 days; context [planned-event]; drugs=[1, 2]}");
    }

    @Test
    void aChildCategoryCountsOnlyWhatWasFiledUnderIt() {
        ThresholdRules mopeds = rules(PluginConfig.empty().with("use-defaults", "false")
                .with("threshold.traffic.moped", "2,4"));
        var p = picture(week(47), "traffic", 5).putCountsByCategory(CategoryId.of("traffic.moped"), 4L)
                .putCountsByCategory(CategoryId.of("traffic.speeding"), 1L).build();

        assertThat(mopeds.hits(p, Scales.trafficLight3())).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(4))
                .satisfies(h -> assertThat(h.rank()).isEqualTo(3));
    }

    @Test
    void contextCategoriesNeverGetAThreshold() {
        ThresholdRules gatheringsAreContext = rules(PluginConfig.empty().with("context", "planned-event,gathering"));

        assertThat(gatheringsAreContext.thresholds()).doesNotContainKey("gathering").containsKey("drugs");
        assertThat(gatheringsAreContext.context()).extracting(CategoryId::value)
                .containsExactly("gathering", "planned-event");
        assertThatThrownBy(() -> rules(PluginConfig.empty().with("threshold.planned-event", "1,2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("threshold.planned-event")
                .hasMessageContaining("never raises a level");
        assertThatThrownBy(() -> rules(PluginConfig.empty().with("context", "drugs")
                .with("threshold.drugs.dealing", "1")))
                .as("a child of a context category is context").isInstanceOf(ValidationException.class)
                .hasMessageContaining("threshold.drugs.dealing");
        assertThat(rules(PluginConfig.empty().with("context", "")).context()).as("the taxonomy's context stays")
                .extracting(CategoryId::value).containsExactly("planned-event");
    }

    @Test
    void reportsEveryBadSettingAtOnce() {
        assertThatThrownBy(() -> rules(PluginConfig.empty().with("threshold.drugs", "3,2")
                .with("threshold.gathering", "two").with("threshold.Skade gör", "1").with("per-days", "-7")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(4))
                .hasMessageContaining("threshold.drugs").hasMessageContaining("threshold.gathering")
                .hasMessageContaining("threshold.Skade gör").hasMessageContaining("per-days");
        assertThatThrownBy(() -> rules(PluginConfig.empty().with("use-defaults", "false")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one threshold");
        assertThatThrownBy(() -> rules(PluginConfig.empty().with("language", "fi")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sv");
    }

    @Test
    void theDefaultsAreFourAscendingThresholdsPerKey() {
        assertThat(ThresholdRules.defaultThresholds().values()).allSatisfy(ts -> {
            assertThat(ts).hasSize(4).isSorted().doesNotHaveDuplicates();
            assertThat(ts.get(0)).isPositive();
        });
        assertThat(ThresholdRules.defaultThresholds()).containsEntry("disorder-violence", List.of(1L, 2L, 4L, 6L));
    }
}
