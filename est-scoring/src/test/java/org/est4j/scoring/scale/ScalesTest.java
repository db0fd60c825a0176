package org.est4j.scoring.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalesTest {

    /** Every level of every built-in scale: scale, code, rank, Swedish label, English label, colour. */
    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("est-5", "1", 1, "Lugnt", "Calm", "#2E7D32"),
                Arguments.of("est-5", "2", 2, "Stabilt", "Stable", "#9CCC65"),
                Arguments.of("est-5", "3", 3, "Oroligt", "Unsettled", "#FDD835"),
                Arguments.of("est-5", "4", 4, "Allvarligt", "Serious", "#FB8C00"),
                Arguments.of("est-5", "5", 5, "Akut", "Acute", "#C62828"),
                Arguments.of("traffic-light-3", "green", 1, "Grön", "Green", "#2E7D32"),
                Arguments.of("traffic-light-3", "yellow", 2, "Gul", "Yellow", "#FDD835"),
                Arguments.of("traffic-light-3", "red", 3, "Röd", "Red", "#C62828"),
                Arguments.of("police-area-4", "målområde", 1, "Målområde", "Target area", "#2E7D32"),
                Arguments.of("police-area-4", "utsatt", 2, "Utsatt område", "Vulnerable area", "#FDD835"),
                Arguments.of("police-area-4", "riskområde", 3, "Riskområde", "Risk area", "#FB8C00"),
                Arguments.of("police-area-4", "särskilt-utsatt", 4, "Särskilt utsatt område",
                        "Particularly vulnerable area", "#C62828"));
    }

    private static Scale byId(String id) {
        return Scales.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}: {3} / {4}")
    @MethodSource("levels")
    void eachLevelHasItsCodeRankLabelsAndColour(String scaleId, String code, int rank, String sv, String en,
            String colour) {
        ScaleLevel level = byId(scaleId).level(code);

        assertThat(level.rank()).isEqualTo(rank);
        assertThat(level.labelSv()).isEqualTo(sv);
        assertThat(level.labelEn()).isEqualTo(en);
        assertThat(level.label(Locale.forLanguageTag("sv-SE"))).isEqualTo(sv);
        assertThat(level.colour()).isEqualTo(colour);
        assertThat(byId(scaleId).levelAtRank(rank)).isSameAs(level);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("levels")
    void eachMeaningIsOneSentence(String scaleId, String code) {
        ScaleLevel level = byId(scaleId).level(code);
        for (String meaning : List.of(level.meaningSv(), level.meaningEn())) {
            assertThat(meaning).endsWith(".").doesNotContain(". ", "\n").hasSizeBetween(30, 250);
            assertThat(Character.isUpperCase(meaning.charAt(0))).as(meaning).isTrue();
        }
        assertThat(level.meaningSv()).as("a Swedish sentence").isNotEqualTo(level.meaningEn());
    }

    @Test
    void theTableAboveIsEveryLevelOfEveryScale() {
        Map<String, List<String>> expected = new TreeMap<>();
        levels().forEach(a -> expected.computeIfAbsent((String) a.get()[0], k -> new java.util.ArrayList<>())
                .add((String) a.get()[1]));
        Map<String, List<String>> actual = Scales.all().stream().collect(Collectors.toMap(Scale::id,
                s -> s.levels().stream().map(ScaleLevel::code).collect(Collectors.toList()), (a, b) -> a,
                TreeMap::new));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void allListsTheThreeScalesInAFixedOrderUnderTheirIdConstants() {
        assertThat(Scales.all()).extracting(Scale::id)
                .containsExactly(Scales.EST_5, Scales.TRAFFIC_LIGHT_3, Scales.POLICE_AREA_4)
                .containsExactly("est-5", "traffic-light-3", "police-area-4");
        assertThat(Scales.all()).containsExactly(Scales.est5(), Scales.trafficLight3(), Scales.policeArea4());
    }

    @Test
    void factoriesReturnTheSameInstanceEveryTime() {
        assertThat(Scales.est5()).isSameAs(Scales.est5());
        assertThat(Scales.trafficLight3()).isSameAs(Scales.trafficLight3());
        assertThat(Scales.policeArea4()).isSameAs(Scales.policeArea4());
    }

    @Test
    void everyScaleRunsFromGreenToRed() {
        for (Scale scale : Scales.all()) {
            assertThat(scale.lowest().colour()).as(scale.id()).isEqualTo("#2E7D32");
            assertThat(scale.highest().colour()).as(scale.id()).isEqualTo("#C62828");
        }
    }

    @Test
    void est5CodesAreItsRanks() {
        assertThat(Scales.est5().levels()).allSatisfy(l -> assertThat(l.code()).isEqualTo(Integer.toString(l.rank())));
    }

    @Test
    void policeClassesRankRiskAreaBetweenVulnerableAndParticularlyVulnerable() {
        Scale police = Scales.policeArea4();

        assertThat(police.level("utsatt").rank()).isLessThan(police.level("riskområde").rank());
        assertThat(police.level("riskområde").rank()).isLessThan(police.level("särskilt-utsatt").rank());
        assertThat(police.lowest().code()).isEqualTo("målområde");
    }

    @Test
    void namesAreSwedishAndEnglish() {
        assertThat(Scales.all()).extracting(Scale::nameSv)
                .containsExactly("EST fem nivåer", "Trafikljus (grön, gul, röd)", "Polisens områdesklassning");
        assertThat(Scales.all()).extracting(s -> s.name(Locale.ENGLISH))
                .containsExactly("EST five levels", "Traffic light (green, yellow, red)", "Police area classification");
    }

    @Test
    void toStringListsCodesAndSwedishLabelsForJShell() {
        assertThat(Scales.est5()).hasToString("Scale est-5 [1 Lugnt, 2 Stabilt, 3 Oroligt, 4 Allvarligt, 5 Akut]");
        assertThat(Scales.trafficLight3()).hasToString("Scale traffic-light-3 [green Grön, yellow Gul, red Röd]");
        assertThat(Scales.policeArea4()).hasToString("Scale police-area-4 [målområde Målområde, utsatt Utsatt område,"
                + " riskområde Riskområde, särskilt-utsatt Särskilt utsatt område]");
    }
}
