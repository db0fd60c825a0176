package org.est4j.core.picture;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.mapping.ObservationId;
import org.immutables.value.Value;

/**
 * The observations a compilation left out, counted by reason, with a few example ids per reason so that a
 * coordinator can look them up. Nothing is dropped silently: every observation the compiler was given is either
 * in the pictures (in its area's total) or here.
 *
 * <p>Each observation is counted under one reason, the first that applies in this order: outside the period;
 * area not in the hierarchy; category not in the taxonomy.
 *
 * <p>The examples are the {@value #MAX_EXAMPLES} smallest ids of each reason, so they do not depend on the order
 * the observations were added in.
 *
 * <p>Rules, all checked at once by the builder: counts are positive (a reason with none is left out); examples are
 * given only for counted reasons, at most {@value #MAX_EXAMPLES} and at most the count, sorted, each once.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exclusions {
    /** The most example ids kept per reason. */
    public static final int MAX_EXAMPLES = 5;

    /** Why an observation was left out. */
    public enum Reason {
        /** It happened outside the period compiled (expected for a store that holds several periods). */
        OUTSIDE_PERIOD("outside the period"),
        /** Its area is not in the hierarchy: a misspelt or retired area id, or a hierarchy that lacks it. */
        AREA_NOT_IN_HIERARCHY("area not in the hierarchy"),
        /** Its category is not in the taxonomy: a misspelt or retired category id. */
        CATEGORY_NOT_IN_TAXONOMY("category not in the taxonomy");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /**
         * Returns the reason in words, such as {@code area not in the hierarchy}.
         *
         * @return the words
         */
        public String words() {
            return words;
        }
    }

    Exclusions() {}

    /**
     * Returns the number of observations left out, by reason.
     *
     * @return positive counts, in the order of {@link Reason}
     */
    @Value.NaturalOrder
    public abstract SortedMap<Reason, Long> counts();

    /**
     * Returns some ids left out, by reason: the smallest ones.
     *
     * @return up to {@value #MAX_EXAMPLES} sorted ids per counted reason
     */
    @Value.NaturalOrder
    public abstract SortedMap<Reason, List<ObservationId>> examples();

    /**
     * Returns the number of observations left out for any reason.
     *
     * @return the sum of {@link #counts()}
     */
    public long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the number left out for one reason.
     *
     * @param reason the reason
     * @return the count, 0 when none
     */
    public long count(Reason reason) {
        return counts().getOrDefault(requireNonNull(reason, "reason"), 0L);
    }

    /**
     * Tells whether nothing was left out.
     *
     * @return true when {@link #total()} is 0
     */
    public boolean isEmpty() {
        return counts().isEmpty();
    }

    /**
     * Returns the exclusions of nothing.
     *
     * @return an empty instance
     */
    public static Exclusions none() {
        return builder().build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Exclusions}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableExclusions.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Exclusions");
        counts().forEach((reason, count) -> problems.require(count > 0, "counts[" + reason + "]",
                "must be positive; leave out a reason with none", count));
        for (Map.Entry<Reason, List<ObservationId>> e : examples().entrySet()) {
            String path = "examples[" + e.getKey() + "]";
            List<ObservationId> ids = e.getValue();
            long count = counts().getOrDefault(e.getKey(), 0L);
            problems.require(ids.size() <= Math.min(MAX_EXAMPLES, count), path,
                    "must hold at most " + MAX_EXAMPLES + " ids and no more than the count (" + count + ")", ids.size());
            for (int i = 1; i < ids.size(); i++) {
                if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                    problems.add(path, "must be sorted, each id once", ids);
                    break;
                }
            }
        }
        problems.throwIfAny();
    }

    /**
     * Returns a small table, such as
     * <pre>
     * Exclusions: 4 observations left out
     *   outside the period            3  o-1, o-7, o-9
     *   area not in the hierarchy     1  o-4
     * </pre>
     * or {@code Exclusions: none}.
     */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "Exclusions: none";
        }
        StringBuilder s = new StringBuilder("Exclusions: ").append(total())
                .append(total() == 1 ? " observation left out" : " observations left out");
        counts().forEach((reason, count) -> {
            String ids = examples().getOrDefault(reason, List.of()).stream().map(ObservationId::value)
                    .collect(Collectors.joining(", "));
            s.append(String.format(Locale.ROOT, "\n  %-28s %8d  %s", reason.words(), count,
                    count > examples().getOrDefault(reason, List.of()).size() && !ids.isEmpty() ? ids + ", …" : ids));
        });
        return s.toString();
    }
}
