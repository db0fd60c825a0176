package org.est4j.core.spi;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PluginConfigTest {
    private static final String KEY = "threshold.property-damage";

    private static PluginConfig with(String value) {
        return PluginConfig.empty().with(KEY, value);
    }

    /** Runs a getter that must reject the value and checks that the problem names the key and the value. */
    private static void rejects(Consumer<PluginConfig> getter, String value, String rule) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> getter.accept(with(value)));
        assertThat(e).as("a ValidationException for '%s'", value).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(KEY);
            assertThat(p.message()).isEqualTo(rule);
            assertThat(p.value()).isEqualTo(value);
        });
        assertThat(e).hasMessageContaining("plugin configuration");
    }

    @Test
    void emptyHasNoPropertiesAndEveryGetterGivesItsDefault() {
        PluginConfig empty = PluginConfig.empty();

        assertThat(empty.asMap()).isEmpty();
        assertThat(empty.string(KEY)).isEmpty();
        assertThat(empty.string(KEY, "x")).isEqualTo("x");
        assertThat(empty.integer(KEY, 7)).isEqualTo(7);
        assertThat(empty.decimal(KEY, 0.5)).isEqualTo(0.5);
        assertThat(empty.bool(KEY, true)).isTrue();
        assertThat(empty.withPrefix("threshold")).isEmpty();
        assertThat(PluginConfig.of(Map.of())).isSameAs(empty);
    }

    @Test
    void ofCopiesTheMapSoLaterChangesDoNotLeakIn() {
        Map<String, String> source = new HashMap<>(Map.of("delimiter", ";", "encoding", "UTF-8"));
        PluginConfig config = PluginConfig.of(source);
        source.put("delimiter", ",");
        source.put("strict", "true");

        assertThat(config.asMap()).containsExactly(Map.entry("delimiter", ";"), Map.entry("encoding", "UTF-8"));
    }

    @Test
    void nullKeysAndValuesAreRefusedAtOnce() {
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("delimiter", null);

        assertThatNullPointerException().isThrownBy(() -> PluginConfig.of(null)).withMessage("properties");
        assertThatNullPointerException().isThrownBy(() -> PluginConfig.of(nullValue)).withMessage("delimiter");
        assertThatNullPointerException().isThrownBy(() -> PluginConfig.empty().with(null, "x")).withMessage("key");
        assertThatNullPointerException().isThrownBy(() -> PluginConfig.empty().with("k", null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> PluginConfig.empty().string(null)).withMessage("key");
        assertThatNullPointerException().isThrownBy(() -> PluginConfig.empty().withPrefix(null)).withMessage("prefix");
    }

    @Test
    void withReturnsACopyAndLeavesTheOriginalAlone() {
        PluginConfig one = PluginConfig.empty().with("a", "1");
        PluginConfig two = one.with("b", "2").with("a", "3");

        assertThat(one.asMap()).containsExactly(Map.entry("a", "1"));
        assertThat(two.asMap()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
        assertThat(PluginConfig.empty().asMap()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", "' -3 '|-3", "0|0", "+5|5", "9223372036854775807|9223372036854775807"})
    void integerReadsWholeNumbersAroundSpaces(String text, long expected) {
        assertThat(with(text).integer(KEY, 99)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "abc", "", " ", "1 000", "9223372036854775808", "0x10"})
    void integerRejectsAnythingElseNamingTheKey(String text) {
        rejects(c -> c.integer(KEY, 0), text, "must be a whole number");
    }

    @Test
    void integerRoundTripsEveryLong() {
        qt().withFixedSeed(20261122L).withExamples(300).forAll(longs().all())
                .checkAssert(n -> assertThat(with(Long.toString(n)).integer(KEY, 0)).isEqualTo(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5|1.5", "1,5|1.5", "' 2 '|2.0", "-0.25|-0.25", "3|3.0", "1e3|1000.0"})
    void decimalReadsAPointOrACommaAroundSpaces(String text, double expected) {
        assertThat(with(text).decimal(KEY, 99)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "abc", "", "1,000.5", "1.2.3", "5f", "1d", "0x1p3"})
    void decimalRejectsWhatIsNotAFiniteNumberNamingTheKey(String text) {
        rejects(c -> c.decimal(KEY, 0), text, "must be a finite decimal number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true|true", "false|false", "TRUE|true", "' False '|false"})
    void boolReadsTrueOrFalseInAnyCase(String text, boolean expected) {
        assertThat(with(text).bool(KEY, !expected)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "", "ja"})
    void boolRejectsAnythingElseNamingTheKey(String text) {
        rejects(c -> c.bool(KEY, false), text, "must be true or false");
    }

    @Test
    void stringGivesTheTextAsGiven() {
        PluginConfig config = with(" ; ");

        assertThat(config.string(KEY)).contains(" ; ");
        assertThat(config.string(KEY, "x")).isEqualTo(" ; ");
        assertThat(config.string("other", "x")).isEqualTo("x");
    }

    @Test
    void withPrefixTakesTheDottedBlockAndStripsThePrefix() {
        PluginConfig config = PluginConfig.of(Map.of(
                "threshold.drugs", "3",
                "threshold.property-damage", "10",
                "threshold", "whole",
                "thresholds.x", "no",
                "threshold-x", "no",
                "a.threshold.y", "no",
                "zzz", "no"));

        assertThat(config.withPrefix("threshold"))
                .containsExactly(Map.entry("drugs", "3"), Map.entry("property-damage", "10"));
        assertThat(config.withPrefix("threshold.drugs")).isEmpty();
        assertThat(config.withPrefix("missing")).isEmpty();
        assertThatThrownBy(() -> config.withPrefix("threshold").put("x", "1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void asMapIsSortedByKeyAndUnmodifiable() {
        PluginConfig config = PluginConfig.of(Map.of("b", "2", "c", "3", "a", "1"));

        assertThat(config.asMap().keySet()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> config.asMap().put("d", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIsByProperties() {
        new EqualsTester()
                .addEqualityGroup(PluginConfig.empty(), PluginConfig.of(Map.of()))
                .addEqualityGroup(PluginConfig.of(Map.of("a", "1", "b", "2")),
                        PluginConfig.empty().with("b", "2").with("a", "1"))
                .addEqualityGroup(PluginConfig.of(Map.of("a", "1")))
                .addEqualityGroup(PluginConfig.of(Map.of("a", "2")))
                .testEquals();
    }

    @Test
    void toStringListsThePropertiesSortedByKey() {
        assertThat(PluginConfig.of(Map.of("delimiter", ";", "csv.header", "true")))
                .hasToString("PluginConfig{csv.header=true, delimiter=;}");
        assertThat(PluginConfig.empty()).hasToString("PluginConfig{}");
    }
}
