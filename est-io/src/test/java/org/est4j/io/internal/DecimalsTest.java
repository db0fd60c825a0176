package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecimalsTest {

    static Stream<Arguments> shortestForms() {
        return Stream.of(
                Arguments.of(0.0, "0"),
                Arguments.of(-0.0, "0"),
                Arguments.of(1.0, "1"),
                Arguments.of(-3.0, "-3"),
                Arguments.of(59.758, "59.758"),
                Arguments.of(-73.5, "-73.5"),
                Arguments.of(0.1, "0.1"),
                Arguments.of(0.1 + 0.2, "0.30000000000000004"),
                Arguments.of(1e21, "1000000000000000000000"),
                Arguments.of(1e-7, "0.0000001"),
                Arguments.of(123456789.125, "123456789.125"));
    }

    @ParameterizedTest
    @MethodSource("shortestForms")
    void shortestWritesThePlainFormWithTheFewestDigits(double value, String expected) {
        assertThat(Decimals.shortest(value)).isEqualTo(expected);
    }

    @Test
    void shortestReadsBackToTheSameValueAndNeverHasAnExponent() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(bits -> {
            double d = Double.longBitsToDouble(bits);
            if (Double.isFinite(d) && Math.abs(d) < 1e30 && (d == 0 || Math.abs(d) > 1e-30)) {
                String text = Decimals.shortest(d);
                assertThat(text).doesNotContain("E", "e").matches("-?\\d+(\\.\\d+)?");
                assertThat(Double.parseDouble(text)).isEqualTo(d == 0 ? 0.0 : d);
            }
        });
    }

    @Test
    void roundedRoundsTheExactValueHalfUpAndDropsTrailingZeros() {
        assertThat(Decimals.rounded(12.499, 2)).isEqualTo("12.5");
        assertThat(Decimals.rounded(12.5, 0)).isEqualTo("13");
        assertThat(Decimals.rounded(-12.5, 0)).isEqualTo("-13");
        assertThat(Decimals.rounded(2.675, 2)).as("2.675 is 2.67499999… in binary").isEqualTo("2.67");
        assertThat(Decimals.rounded(18.70490000001, 6)).isEqualTo("18.7049");
        assertThat(Decimals.rounded(-0.0000001, 6)).isEqualTo("0");
        assertThat(Decimals.rounded(3.0, 6)).isEqualTo("3");
    }

    @Test
    void roundedStaysWithinHalfAUnitOfTheLastDecimal() {
        qt().withExamples(1000).forAll(doubles().between(-180, 180), integers().between(1, 9)).checkAssert((d, n) ->
                assertThat(Math.abs(Double.parseDouble(Decimals.rounded(d, n)) - d)).isLessThanOrEqualTo(
                        0.5 * Math.pow(10, -n) + 1e-12));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThatThrownBy(() -> Decimals.shortest(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Decimals.rounded(Double.POSITIVE_INFINITY, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
