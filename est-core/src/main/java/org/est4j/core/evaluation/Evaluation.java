package org.est4j.core.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * The result of one follow-up statistic: which method, the estimate with its uncertainty, a plain-language reading
 * in Swedish and English, and the warnings a reader must see.
 *
 * <p>One type serves every method; see {@link EvaluationMethod}. What the attributes hold:
 * <ul>
 *   <li>{@link #estimate()}: the method's headline number. WDD: the change in crimes beyond what the controls
 *       predict, negative when crime fell (per unit of time or area when weighted). Harm-weighted WDD: the same in
 *       harm points. WDQ: the quotient itself. E-test: the first rate minus the second. Before/after: the rate
 *       ratio after/before.</li>
 *   <li>{@link #standardError()}: the estimate's standard error where the estimate has one on its own scale (WDD,
 *       E-test); the WDQ has none, and the rate ratio's is on the log scale, among its {@link #components()}.</li>
 *   <li>{@link #z()}: the standardised test statistic, the estimate minus its null value over the standard error
 *       (for the rate ratio, on the log scale).</li>
 *   <li>{@link #pValue()}: two-sided unless {@link #alternative()} says otherwise.</li>
 *   <li>{@link #confidenceInterval()}: on the scale of the estimate; the E-test and the WDQ give none.</li>
 *   <li>{@link #components()}: the method's named intermediate numbers, in a fixed order; and
 *       {@link #breakdown()}: the evaluations an aggregate was made of (one per crime type for a harm-weighted
 *       WDD).</li>
 * </ul>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
    Evaluation() {}

    /**
     * Returns the method that produced this evaluation.
     *
     * @return never null
     */
    public abstract EvaluationMethod method();

    /**
     * Returns the crime type evaluated, copied from the input counts.
     *
     * @return such as {@code "robbery"}, or empty
     */
    public abstract Optional<String> crimeType();

    /**
     * Returns the headline estimate; see the class description for its meaning per method.
     *
     * @return a finite number
     */
    public abstract double estimate();

    /**
     * Returns the standard error of {@link #estimate()}.
     *
     * @return zero or more, or empty when the estimate has no standard error on its own scale
     */
    public abstract OptionalDouble standardError();

    /**
     * Returns the standardised test statistic.
     *
     * @return a finite number, or empty when the method makes no test or there was nothing to test
     */
    public abstract OptionalDouble z();

    /**
     * Returns the p-value for {@link #alternative()}.
     *
     * @return between 0 and 1, or empty when the method makes no test
     */
    public abstract OptionalDouble pValue();

    /**
     * Returns the alternative hypothesis the p-value refers to.
     *
     * @return {@link Alternative#TWO_SIDED} unless the evaluation was asked for a one-sided test
     */
    @Value.Default
    public Alternative alternative() {
        return Alternative.TWO_SIDED;
    }

    /**
     * Returns the confidence interval of the estimate.
     *
     * @return the interval, or empty when the method gives none
     */
    public abstract Optional<ConfidenceInterval> confidenceInterval();

    /**
     * Returns the result in plain Swedish, for a situation report or a meeting.
     *
     * @return one to three sentences, never blank
     */
    public abstract String readingSv();

    /**
     * Returns the result in plain English.
     *
     * @return one to three sentences, never blank
     */
    public abstract String readingEn();

    /**
     * Returns the caveats a reader must see, in the order they were found.
     *
     * @return an unmodifiable list, empty when there are none
     */
    public abstract List<EvaluationWarning> warnings();

    /**
     * Returns the method's named intermediate numbers, such as the WDD's local and displacement parts or the WDQ's
     * success measure, in a fixed order per method.
     *
     * @return an unmodifiable list with distinct keys
     */
    public abstract List<Component> components();

    /**
     * Returns the evaluations this one aggregates, such as one WDD per crime type of a harm-weighted WDD.
     *
     * @return an unmodifiable list, empty for a single evaluation
     */
    public abstract List<Evaluation> breakdown();

    /**
     * Returns the reading in a language: Swedish for a Swedish locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return {@link #readingSv()} when the locale's language is {@code sv}, else {@link #readingEn()}
     */
    public String reading(Locale locale) {
        requireNonNull(locale, "locale");
        return "sv".equals(locale.getLanguage()) ? readingSv() : readingEn();
    }

    /**
     * Returns the value of a component.
     *
     * @param key the component's key, such as {@code success-measure}
     * @return the value, or empty when the evaluation has no such component
     */
    public OptionalDouble component(String key) {
        requireNonNull(key, "key");
        return components().stream().filter(c -> c.key().equals(key)).mapToDouble(Component::value).findFirst();
    }

    /**
     * Tells whether a warning with a code is attached.
     *
     * @param code such as {@link EvaluationWarning#SMALL_COUNTS}
     * @return true when at least one warning has that code
     */
    public boolean hasWarning(String code) {
        requireNonNull(code, "code");
        return warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Evaluation}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableEvaluation.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Evaluation")
                .requirePresent(method(), "method")
                .require(Double.isFinite(estimate()), "estimate", "must be a finite number", estimate())
                .require(standardError().isEmpty() || standardError().getAsDouble() >= 0
                        && Double.isFinite(standardError().getAsDouble()), "standardError",
                        "must be a finite number, zero or more", standardError())
                .require(z().isEmpty() || Double.isFinite(z().getAsDouble()), "z", "must be a finite number", z())
                .require(pValue().isEmpty() || pValue().getAsDouble() >= 0 && pValue().getAsDouble() <= 1, "pValue",
                        "must be between 0 and 1", pValue())
                .require(readingSv() == null || !readingSv().isBlank(), "readingSv", "must not be blank", readingSv())
                .require(readingEn() == null || !readingEn().isBlank(), "readingEn", "must not be blank", readingEn())
                .requirePresent(readingSv(), "readingSv")
                .requirePresent(readingEn(), "readingEn")
                .require(crimeType().map(t -> !t.isBlank()).orElse(true), "crimeType", "must not be blank",
                        crimeType().orElse(null));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < components().size(); i++) {
            String key = components().get(i).key();
            problems.require(keys.add(key), "components[" + i + "]", "must have a key not used before", key);
        }
        problems.throwIfAny();
    }

    /**
     * Returns a one-line summary such as
     * {@code wdd -118 (SE 39.6), z -2.98, p 0.00289 two-sided, 95% CI [-195.6, -40.39], 0 warnings}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method().id());
        crimeType().ifPresent(t -> text.append(" [").append(t).append(']'));
        text.append(' ').append(number(estimate()));
        standardError().ifPresent(se -> text.append(" (SE ").append(number(se)).append(')'));
        z().ifPresent(z -> text.append(", z ").append(number(z)));
        pValue().ifPresent(p -> text.append(", p ").append(number(p)).append(' ').append(alternative().textEn()));
        confidenceInterval().ifPresent(ci -> text.append(", ").append(ci));
        text.append(", ").append(warnings().size()).append(warnings().size() == 1 ? " warning" : " warnings");
        return text.toString();
    }

    /** Formats with four significant digits and without trailing zeros, such as {@code -118} or {@code 0.00289}. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4g", value + 0.0);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }

    /**
     * A named number that belongs to an evaluation, such as the WDQ's success measure, with a stable kebab-case
     * key and labels in Swedish and English.
     *
     * <p>Implementation requirements: this class is immutable and thread-safe.
     */
    public static final class Component implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

        private final String key;
        private final double value;
        private final String labelSv;
        private final String labelEn;

        private Component(String key, double value, String labelSv, String labelEn) {
            this.key = key;
            this.value = value;
            this.labelSv = labelSv;
            this.labelEn = labelEn;
        }

        /**
         * Returns a component.
         *
         * @param key a stable kebab-case key, such as {@code success-measure}
         * @param value a finite number
         * @param labelSv the name in Swedish, such as {@code framgångsmått}
         * @param labelEn the name in English, such as {@code success measure}
         * @return the component
         * @throws org.est4j.core.ValidationException when a rule is broken
         */
        public static Component of(String key, double value, String labelSv, String labelEn) {
            requireNonNull(key, "key");
            requireNonNull(labelSv, "labelSv");
            requireNonNull(labelEn, "labelEn");
            Problems.of("Evaluation.Component")
                    .require(KEY.matcher(key).matches(), "key", "must be kebab-case: lower-case letters and digits joined by -",
                            key)
                    .require(Double.isFinite(value), "value", "must be a finite number", value)
                    .require(!labelSv.isBlank(), "labelSv", "must not be blank", labelSv)
                    .require(!labelEn.isBlank(), "labelEn", "must not be blank", labelEn)
                    .throwIfAny();
            return new Component(key, value + 0.0, labelSv, labelEn);
        }

        /**
         * Returns the stable key.
         *
         * @return such as {@code success-measure}
         */
        public String key() {
            return key;
        }

        /**
         * Returns the value.
         *
         * @return a finite number
         */
        public double value() {
            return value;
        }

        /**
         * Returns the name in Swedish.
         *
         * @return never blank
         */
        public String labelSv() {
            return labelSv;
        }

        /**
         * Returns the name in English.
         *
         * @return never blank
         */
        public String labelEn() {
            return labelEn;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Component)) {
                return false;
            }
            Component that = (Component) other;
            return key.equals(that.key) && Double.compare(value, that.value) == 0 && labelSv.equals(that.labelSv)
                    && labelEn.equals(that.labelEn);
        }

        @Override
        public int hashCode() {
            return ((key.hashCode() * 31 + Double.hashCode(value)) * 31 + labelSv.hashCode()) * 31 + labelEn.hashCode();
        }

        /** Returns {@code key=value}, such as {@code success-measure=-0.3262}. */
        @Override
        public String toString() {
            return key + "=" + number(value);
        }
    }
}
