package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.est4j.core.Problems;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.immutables.value.Value;

/**
 * How much harm one observation of each category stands for, so that a picture can weigh a fight more than a bag
 * of litter (a harm-weighted count in the spirit of crime harm indices). Weights are relative: only their ratios
 * matter.
 *
 * <p>The weight of a category is found in this order:
 * <ol>
 *   <li>the category's own weight, if given;</li>
 *   <li>else its top-level parent's weight, if given (so {@code drugs} weighs for {@code drugs.use} unless that
 *       has its own);</li>
 *   <li>else 0 for a {@linkplain Category#context() context} category (context is not a problem);</li>
 *   <li>else the {@link #defaultWeight()}.</li>
 * </ol>
 *
 * <p>A host with its own view builds its own:
 * <pre>{@code
 * HarmWeights mine = HarmWeights.builder().from(HarmWeights.standard())
 *         .putWeights(CategoryId.of("traffic.moped"), 4.0).build();
 * HarmWeights flat = HarmWeights.builder().defaultWeight(1).build();   // every problem counts 1: a plain count
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: every weight and the default are finite and not negative.
 * Weights for ids that a taxonomy does not have are allowed (and never used), so one set of weights can serve
 * several taxonomies.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HarmWeights {
    HarmWeights() {}

    /**
     * Returns the weights given, by category.
     *
     * @return an unmodifiable map sorted by id
     */
    @Value.NaturalOrder
    public abstract SortedMap<CategoryId, Double> weights();

    /**
     * Returns the weight of a problem category for which neither it nor its parent has a weight.
     *
     * @return a finite number, not negative; 1 unless given
     */
    @Value.Default
    public double defaultWeight() {
        return 1.0;
    }

    /**
     * Returns the weight of a category, by the rules above.
     *
     * @param category the category
     * @return the weight, finite and not negative
     */
    public double weight(Category category) {
        requireNonNull(category, "category");
        Double own = weights().get(category.id());
        if (own != null) {
            return own;
        }
        if (category.parent().isPresent()) {
            Double parent = weights().get(category.parent().get());
            if (parent != null) {
                return parent;
            }
        }
        return category.context() ? 0.0 : defaultWeight();
    }

    /**
     * Returns the weight of a category of a taxonomy, by the rules above.
     *
     * @param category the category's id
     * @param taxonomy the taxonomy that has it
     * @return the weight
     * @throws org.est4j.core.UnknownReferenceException when the taxonomy has no such category
     */
    public double weight(CategoryId category, Taxonomy taxonomy) {
        requireNonNull(category, "category");
        return weight(requireNonNull(taxonomy, "taxonomy").get(category));
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Returns the built-in weights for {@link Taxonomy#standard()}, on a scale where a minor disorder (littering,
     * a rumour) weighs 1:
     *
     * <table>
     *   <caption>Standard harm weights</caption>
     *   <tr><th>category</th><th>weight</th><th>why</th></tr>
     *   <tr><td>{@code disorder-violence}: {@code .assault}, {@code .robbery}</td><td>10</td>
     *       <td>violence against a person: the gravest harm EST sees, as in every crime harm index</td></tr>
     *   <tr><td>{@code disorder-violence}, {@code .threat}, {@code staff-incident}</td><td>8</td>
     *       <td>threats and incidents against staff drive insecurity and staff leaving</td></tr>
     *   <tr><td>{@code disorder-violence.burglary}, {@code property-damage.fire}, {@code drugs.dealing}</td><td>6</td>
     *       <td>serious property crime, danger to life (arson), open drug markets</td></tr>
     *   <tr><td>{@code disorder-violence.harassment}, {@code drugs}</td><td>5</td><td></td></tr>
     *   <tr><td>{@code gathering}, {@code property-damage} and its other children, {@code drugs.use}</td><td>3</td>
     *       <td>the everyday insecurity of most EST reports</td></tr>
     *   <tr><td>{@code property-damage.graffiti}, {@code drugs.paraphernalia}, {@code traffic},
     *       {@code unsafe-place}</td><td>2</td><td>signs of disorder; conditions rather than acts</td></tr>
     *   <tr><td>{@code traffic.speeding}</td><td>3</td><td>danger to life</td></tr>
     *   <tr><td>{@code littering}, {@code social-media-rumour}, {@code other}, anything else</td><td>1</td>
     *       <td>the default</td></tr>
     *   <tr><td>{@code planned-event}</td><td>0</td><td>context, not a problem</td></tr>
     * </table>
     *
     * <p>They are a documented starting point, not a measured index: a group that weighs differently builds its
     * own.
     *
     * @return the same weights on every call
     */
    public static HarmWeights standard() {
        return Standard.INSTANCE;
    }

    /**
     * Returns weights that count every problem observation as 1 and context as 0: the harm-weighted score is then
     * the number of problem observations.
     *
     * @return the flat weights
     */
    public static HarmWeights flat() {
        return Standard.FLAT;
    }

    /**
     * Returns an empty builder (no weights; default 1).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HarmWeights}; {@link #build()} validates every weight and reports all problems. */
    public static final class Builder extends ImmutableHarmWeights.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("HarmWeights")
                .require(Double.isFinite(defaultWeight()) && defaultWeight() >= 0, "defaultWeight",
                        "must be a finite number, not negative", defaultWeight());
        for (Map.Entry<CategoryId, Double> e : weights().entrySet()) {
            double w = e.getValue();
            problems.require(Double.isFinite(w) && w >= 0, "weights[" + e.getKey() + "]",
                    "must be a finite number, not negative", w);
        }
        problems.throwIfAny();
    }

    /** Returns the weights, such as {@code HarmWeights{default 1.0, disorder-violence=8.0, …}}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("HarmWeights{default ").append(defaultWeight());
        weights().forEach((k, v) -> s.append(", ").append(k).append('=').append(String.format(Locale.ROOT, "%.1f", v)));
        return s.append('}').toString();
    }

    /** The built-in instances, made once. */
    private static final class Standard {
        static final HarmWeights INSTANCE = builder()
                .putWeights(CategoryId.of("disorder-violence"), 8.0)
                .putWeights(CategoryId.of("disorder-violence.assault"), 10.0)
                .putWeights(CategoryId.of("disorder-violence.robbery"), 10.0)
                .putWeights(CategoryId.of("disorder-violence.threat"), 8.0)
                .putWeights(CategoryId.of("disorder-violence.burglary"), 6.0)
                .putWeights(CategoryId.of("disorder-violence.harassment"), 5.0)
                .putWeights(CategoryId.of("staff-incident"), 8.0)
                .putWeights(CategoryId.of("property-damage"), 3.0)
                .putWeights(CategoryId.of("property-damage.fire"), 6.0)
                .putWeights(CategoryId.of("property-damage.graffiti"), 2.0)
                .putWeights(CategoryId.of("drugs"), 5.0)
                .putWeights(CategoryId.of("drugs.dealing"), 6.0)
                .putWeights(CategoryId.of("drugs.use"), 3.0)
                .putWeights(CategoryId.of("drugs.paraphernalia"), 2.0)
                .putWeights(CategoryId.of("gathering"), 3.0)
                .putWeights(CategoryId.of("traffic"), 2.0)
                .putWeights(CategoryId.of("traffic.speeding"), 3.0)
                .putWeights(CategoryId.of("unsafe-place"), 2.0)
                .putWeights(CategoryId.of("littering"), 1.0)
                .putWeights(CategoryId.of("social-media-rumour"), 1.0)
                .putWeights(CategoryId.of("other"), 1.0)
                .putWeights(CategoryId.of("planned-event"), 0.0)
                .build();
        static final HarmWeights FLAT = builder().build();

        private Standard() {}
    }
}
