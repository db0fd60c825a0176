package org.est4j.core.evaluation;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Evaluation.Builder wdd() {
        return Evaluation.builder()
                .method(EvaluationMethod.WDD)
                .estimate(-118)
                .standardError(Math.sqrt(1568))
                .z(-2.98)
                .pValue(0.0029)
                .confidenceInterval(ConfidenceInterval.of(0.95, -195.6, -40.4))
                .readingSv("Insatsområdet hade 118,0 färre brott.")
                .readingEn("The treated area had 118.0 fewer crimes.")
                .addComponents(Evaluation.Component.of("local-estimate", -107, "lokal WDD", "local WDD"));
    }

    @Test
    void holdsTheResultOfAMethod() {
        Evaluation evaluation = wdd().build();

        assertThat(evaluation.method()).isEqualTo(EvaluationMethod.WDD);
        assertThat(evaluation.alternative()).isEqualTo(Alternative.TWO_SIDED);
        assertThat(evaluation.standardError()).hasValue(Math.sqrt(1568));
        assertThat(evaluation.confidenceInterval()).isPresent();
        assertThat(evaluation.warnings()).isEmpty();
        assertThat(evaluation.breakdown()).isEmpty();
        assertThat(evaluation.crimeType()).isEmpty();
        assertThat(evaluation).hasToString(
                "wdd -118 (SE 39.6), z -2.98, p 0.0029 two-sided, 95% CI [-195.6, -40.4], 0 warnings");
    }

    @Test
    void readsInTheReadersLanguage() {
        Evaluation evaluation = wdd().build();

        assertThat(evaluation.reading(Locale.forLanguageTag("sv-SE"))).isEqualTo(evaluation.readingSv());
        assertThat(evaluation.reading(Locale.ENGLISH)).isEqualTo(evaluation.readingEn());
        assertThat(evaluation.reading(Locale.GERMAN)).isEqualTo(evaluation.readingEn());
    }

    @Test
    void looksUpComponentsAndWarnings() {
        Evaluation evaluation = wdd()
                .addWarnings(EvaluationWarning.of(EvaluationWarning.SMALL_COUNTS, "Små antal.", "Small counts."))
                .build();

        assertThat(evaluation.component("local-estimate")).hasValue(-107);
        assertThat(evaluation.component("displacement-estimate")).isEmpty();
        assertThat(evaluation.hasWarning(EvaluationWarning.SMALL_COUNTS)).isTrue();
        assertThat(evaluation.hasWarning(EvaluationWarning.NO_EVENTS)).isFalse();
        assertThat(evaluation.toString()).endsWith("1 warning");
    }

    @Test
    void aMethodWithoutInferenceHasOnlyAnEstimate() {
        Evaluation wdq = Evaluation.builder().method(EvaluationMethod.WDQ).crimeType("burglary").estimate(0.258)
                .readingSv("Spridning.").readingEn("Diffusion.").build();

        assertThat(wdq.standardError()).isEmpty();
        assertThat(wdq.pValue()).isEmpty();
        assertThat(wdq.confidenceInterval()).isEmpty();
        assertThat(wdq).hasToString("wdq [burglary] 0.258, 0 warnings");
    }

    @Test
    void holdsABreakdown() {
        Evaluation part = wdd().crimeType("robbery").build();
        Evaluation harm = Evaluation.builder().method(EvaluationMethod.WDD_HARM).estimate(-826)
                .readingSv("Färre skadepoäng.").readingEn("Fewer harm points.").addBreakdown(part).build();

        assertThat(harm.breakdown()).containsExactly(part);
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThatThrownBy(() -> Evaluation.builder()
                        .estimate(Double.NaN)
                        .standardError(-1)
                        .z(Double.POSITIVE_INFINITY)
                        .pValue(1.5)
                        .readingSv(" ")
                        .crimeType("")
                        .addComponents(Evaluation.Component.of("a", 1, "a", "a"), Evaluation.Component.of("a", 2, "b", "b"))
                        .build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("method", "estimate", "standardError", "z", "pValue", "readingSv", "readingEn",
                                "crimeType", "components[1]"));
    }

    @Test
    void componentsAreValidated() {
        Evaluation.Component component = Evaluation.Component.of("success-measure", -0.32617, "framgångsmått",
                "success measure");

        assertThat(component.key()).isEqualTo("success-measure");
        assertThat(component.value()).isEqualTo(-0.32617);
        assertThat(component.labelSv()).isEqualTo("framgångsmått");
        assertThat(component.labelEn()).isEqualTo("success measure");
        assertThat(component).hasToString("success-measure=-0.3262");
        assertThatThrownBy(() -> Evaluation.Component.of("Success Measure", Double.NaN, "", " "))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("key", "value", "labelSv", "labelEn"));
        new EqualsTester()
                .addEqualityGroup(component, Evaluation.Component.of("success-measure", -0.32617, "framgångsmått",
                        "success measure"))
                .addEqualityGroup(Evaluation.Component.of("success-measure", -0.3, "framgångsmått", "success measure"))
                .addEqualityGroup(Evaluation.Component.of("x", -0.0, "x", "x"), Evaluation.Component.of("x", 0.0, "x", "x"))
                .testEquals();
    }

    @Test
    void formatsNumbersCompactly() {
        assertThat(Evaluation.number(-118)).isEqualTo("-118");
        assertThat(Evaluation.number(1000)).isEqualTo("1000");
        assertThat(Evaluation.number(0.002890)).isEqualTo("0.00289");
        assertThat(Evaluation.number(-0.0)).isEqualTo("0");
        assertThat(Evaluation.number(123456789)).isEqualTo("1.235e+08");
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(wdd().build(), wdd().build())
                .addEqualityGroup(wdd().alternative(Alternative.LESS).build())
                .addEqualityGroup(wdd().crimeType("robbery").build())
                .testEquals();
    }
}
