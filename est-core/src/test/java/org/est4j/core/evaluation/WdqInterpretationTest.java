package org.est4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpretation table of Bowers and Johnson (2003), as restated in Guerette (2009), Appendix C: a positive WDQ
 * is diffusion of benefits (above +1 greater than the direct effect), a negative one displacement (below -1 it
 * eclipses the direct effect), and nothing is read unless the success measure is negative.
 */
class WdqInterpretationTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(0.1, -0.2, WdqInterpretation.NO_REDUCTION),
                Arguments.of(0.0, 0.3, WdqInterpretation.NO_REDUCTION),
                Arguments.of(-0.2, -0.3, WdqInterpretation.DIFFUSION_EXCEEDS_EFFECT),
                Arguments.of(-0.2, -0.2, WdqInterpretation.DIFFUSION),
                Arguments.of(-0.326, -0.084, WdqInterpretation.DIFFUSION),
                Arguments.of(-0.2, 0.0, WdqInterpretation.NO_DISPLACEMENT),
                Arguments.of(-0.2, 0.1, WdqInterpretation.DISPLACEMENT_SMALLER_THAN_EFFECT),
                Arguments.of(-0.5, 0.5, WdqInterpretation.DISPLACEMENT_CANCELS_EFFECT),
                Arguments.of(-0.2, 0.4, WdqInterpretation.DISPLACEMENT_CANCELS_EFFECT));
    }

    @ParameterizedTest
    @MethodSource("table")
    void classifiesByTheSignAndSizeOfTheQuotient(double success, double buffer, WdqInterpretation expected) {
        assertThat(WdqInterpretation.of(success, buffer)).isEqualTo(expected);
        assertThat(expected.textSv()).isNotBlank().doesNotEndWith(".");
        assertThat(expected.textEn()).isNotBlank().doesNotEndWith(".");
    }

    @Test
    void readsAWdqEvaluationFromItsComponents() {
        Evaluation wdq = Evaluation.builder()
                .method(EvaluationMethod.WDQ)
                .estimate(0.25)
                .addComponents(Evaluation.Component.of(WdqInterpretation.SUCCESS_MEASURE, -0.4, "framgångsmått",
                                "success measure"),
                        Evaluation.Component.of(WdqInterpretation.BUFFER_MEASURE, -0.1, "buffertmått", "buffer measure"))
                .readingSv("Spridning.")
                .readingEn("Diffusion.")
                .build();

        assertThat(WdqInterpretation.of(wdq)).isEqualTo(WdqInterpretation.DIFFUSION);
    }

    @Test
    void refusesWhatIsNotAWdq() {
        Evaluation wdd = Evaluation.builder().method(EvaluationMethod.WDD).estimate(-8).readingSv("a").readingEn("b").build();

        assertThatThrownBy(() -> WdqInterpretation.of(wdd))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be wdq")
                .hasMessageContaining("must contain success-measure");
        assertThatThrownBy(() -> WdqInterpretation.of(Double.NaN, 0)).isInstanceOf(ValidationException.class);
    }
}
