package org.est4j.core.assessment;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.assessment.TestScales.est5;
import static org.est4j.core.assessment.TestScales.level;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleTest {

    private static Scale.Builder named() {
        return Scale.builder().id("test").nameSv("Test").nameEn("Test");
    }

    private static ScaleLevel l(String code, int rank) {
        return level(code, rank, "Nivå " + code, "Level " + code, "#000000");
    }

    @Test
    void levelsAreInRankOrderFromCalmestToMostSerious() {
        Scale s = est5();

        assertThat(s.size()).isEqualTo(5);
        assertThat(s.levels()).extracting(ScaleLevel::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.lowest().labelSv()).isEqualTo("Lugnt");
        assertThat(s.highest().labelSv()).isEqualTo("Akut");
        assertThat(s.levelAtRank(3).code()).isEqualTo("3");
    }

    @Test
    void levelsGivenOutOfOrderAreKeptInRankOrder() {
        Scale s = named().addLevels(l("c", 3), l("a", 1), l("b", 2)).build();

        assertThat(s.levels()).extracting(ScaleLevel::code).containsExactly("a", "b", "c");
        assertThat(s).isEqualTo(named().addLevels(l("a", 1), l("b", 2), l("c", 3)).build());
    }

    @Test
    void levelLooksUpByCode() {
        assertThat(est5().level("4").labelEn()).isEqualTo("Serious");
        assertThat(est5().findLevel("4")).contains(est5().levelAtRank(4));
        assertThat(est5().findLevel("9")).isEmpty();
    }

    @Test
    void unknownCodeFailsListingTheKnownCodes() {
        assertThatThrownBy(() -> est5().level("6")).isInstanceOfSatisfying(UnknownReferenceException.class, e -> {
            assertThat(e.kind()).isEqualTo("scale level");
            assertThat(e.id()).isEqualTo("6");
            assertThat(e.getMessage()).contains("scale est-5").contains("1, 2, 3, 4, 5");
        });
    }

    @Test
    void rankOutsideTheScaleFails() {
        assertThatThrownBy(() -> est5().levelAtRank(0)).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("ranks 1 to 5");
        assertThatThrownBy(() -> est5().levelAtRank(6)).isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void containsOnlyItsOwnLevels() {
        Scale s = est5();

        assertThat(s.levels()).allMatch(s::contains);
        assertThat(s.contains(level("3", 3, "Oroligt", "Troubled", "#FDD835"))).isFalse();
        assertThat(s.contains(level("6", 6, "Värre", "Worse", "#000000"))).isFalse();
        assertThat(s.contains(TestScales.trafficLight().lowest())).isFalse();
    }

    @Test
    void nameFollowsTheLocale() {
        assertThat(est5().name(Locale.forLanguageTag("sv"))).isEqualTo("EST fem nivåer");
        assertThat(est5().name(Locale.UK)).isEqualTo("EST five levels");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("gap in ranks", named().addLevels(l("a", 1), l("b", 2), l("c", 4)), List.of("levels")),
                Arguments.of("repeated rank", named().addLevels(l("a", 1), l("b", 1)), List.of("levels")),
                Arguments.of("ranks not from 1", named().addLevels(l("a", 2), l("b", 3)), List.of("levels")),
                Arguments.of("repeated code", named().addLevels(l("a", 1), l("a", 2)), List.of("levels[1].code")),
                Arguments.of("one level", named().addLevels(l("a", 1)), List.of("levels")),
                Arguments.of("no levels", named(), List.of("levels")),
                Arguments.of("null level", named().addLevels(l("a", 1), l("b", 2)).addLevels((ScaleLevel) null),
                        List.of("levels[2]")),
                Arguments.of("bad id", named().id("est 5").addLevels(l("a", 1), l("b", 2)), List.of("id")),
                Arguments.of("no id", named().id(null).addLevels(l("a", 1), l("b", 2)), List.of("id")),
                Arguments.of("blank names", named().nameSv("").nameEn(" ").addLevels(l("a", 1), l("b", 2)),
                        List.of("nameSv", "nameEn")),
                Arguments.of("gap and repeated code", named().addLevels(l("a", 1), l("a", 3)),
                        List.of("levels", "levels[1].code")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, Scale.Builder builder, List<String> paths) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    /**
     * Builds scales from random ranks and codes and checks that the builder accepts exactly those an independent
     * oracle accepts: at least two levels, ranks a permutation of 1..n, codes unique.
     */
    @Test
    void builderAcceptsExactlyWhatTheOracleAccepts() {
        // Each cell is a (code, rank) pair: five codes c0..c4 by four ranks 1..4, so that repeats are common.
        qt().forAll(lists().of(integers().between(0, 5 * 4 - 1)).ofSizeBetween(0, 5)).checkAssert(cells -> {
            List<ScaleLevel> levels = new ArrayList<>();
            for (int cell : cells) {
                levels.add(l("c" + cell / 4, cell % 4 + 1));
            }
            List<Integer> ranks = levels.stream().map(ScaleLevel::rank).sorted().collect(Collectors.toList());
            boolean ranksOk = ranks.equals(IntStream.rangeClosed(1, levels.size()).boxed().collect(Collectors.toList()));
            boolean codesOk = levels.stream().map(ScaleLevel::code).distinct().count() == levels.size();
            boolean oracle = levels.size() >= 2 && ranksOk && codesOk;

            Scale.Builder b = named().addAllLevels(levels);
            if (oracle) {
                Scale s = b.build();
                assertThat(s.levels()).extracting(ScaleLevel::rank).isSorted();
                assertThat(new HashSet<>(s.levels())).isEqualTo(new HashSet<>(levels));
            } else {
                assertThatThrownBy(b::build).isInstanceOf(ValidationException.class);
            }
        });
    }

    @Test
    void toStringListsTheLevels() {
        assertThat(est5()).hasToString("Scale est-5 [1 Lugnt, 2 Stabilt, 3 Oroligt, 4 Allvarligt, 5 Akut]");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(est5(), est5())
                .addEqualityGroup(Scale.builder().from(est5()).id("est-5b").build())
                .addEqualityGroup(Scale.builder().from(est5()).nameSv("Annat").build())
                .addEqualityGroup(Scale.builder().from(est5()).nameEn("Other").build())
                .addEqualityGroup(TestScales.trafficLight())
                .testEquals();
    }
}
