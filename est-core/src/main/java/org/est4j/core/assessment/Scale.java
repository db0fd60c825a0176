package org.est4j.core.assessment;

import static java.util.Objects.requireNonNull;
import static org.est4j.core.assessment.Codes.nullOrNotBlank;
import static org.est4j.core.assessment.Codes.quoted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.immutables.value.Value;

/**
 * A local grading scale (<i>skala</i>): an ordered list of {@link ScaleLevel levels} from the calmest (rank 1) to
 * the most serious (rank {@link #size()}). Scales differ between municipalities — Norrtälje grades each town on
 * five levels, others use green–yellow–red, the police classify areas in four classes — so a scale is data.
 *
 * <pre>{@code
 * Scale est5 = Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
 *         .addLevels(calm, unsettled, troubled, serious, acute).build();
 * est5.level("4");       // the level with code "4"
 * est5.highest();        // the most serious level
 * }</pre>
 *
 * <p>Rules, checked by {@link Builder#build()}: a scale has at least two levels (one level cannot grade anything);
 * their ranks run 1 to n without gaps or repeats; their codes are unique. Levels may be added in any order and are
 * kept in rank order.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scale {
    Scale() {}

    /**
     * Returns the id of the scale, such as {@code "est-5"}, that assessments refer to.
     *
     * @return letters, digits and {@code . _ : / -}
     */
    public abstract String id();

    /**
     * Returns the Swedish name of the scale.
     *
     * @return never blank
     */
    public abstract String nameSv();

    /**
     * Returns the English name of the scale.
     *
     * @return never blank
     */
    public abstract String nameEn();

    /**
     * Returns the levels in rank order, calmest first.
     *
     * @return an unmodifiable list of at least two levels whose ranks are 1 to n
     */
    public abstract List<ScaleLevel> levels();

    /**
     * Returns the number of levels.
     *
     * @return 2 or more
     */
    public int size() {
        return levels().size();
    }

    /**
     * Returns the calmest level, of rank 1.
     *
     * @return the first level
     */
    public ScaleLevel lowest() {
        return levels().get(0);
    }

    /**
     * Returns the most serious level, of rank {@link #size()}.
     *
     * @return the last level
     */
    public ScaleLevel highest() {
        return levels().get(size() - 1);
    }

    /**
     * Returns the level of a code.
     *
     * @param code a level code, such as {@code "3"}
     * @return the level with that code
     * @throws UnknownReferenceException when the scale has no such code; the message lists the known codes
     */
    public ScaleLevel level(String code) {
        requireNonNull(code, "code");
        return findLevel(code).orElseThrow(() -> new UnknownReferenceException("scale level", code,
                "scale " + id() + " (known codes: " + codes() + ")"));
    }

    /**
     * Looks up the level of a code.
     *
     * @param code a level code
     * @return the level with that code, or empty
     */
    public Optional<ScaleLevel> findLevel(String code) {
        requireNonNull(code, "code");
        return levels().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * Returns the level of a rank.
     *
     * @param rank 1 for the calmest to {@link #size()} for the most serious
     * @return the level of that rank
     * @throws UnknownReferenceException when the rank is outside 1 to {@link #size()}
     */
    public ScaleLevel levelAtRank(int rank) {
        if (rank < 1 || rank > size()) {
            throw new UnknownReferenceException("scale rank", Integer.toString(rank),
                    "scale " + id() + " (ranks 1 to " + size() + ")");
        }
        return levels().get(rank - 1);
    }

    /**
     * Tells whether a level is one of this scale's own (equal in every attribute, not only in code).
     *
     * @param level a level
     * @return true when the scale holds that level
     */
    public boolean contains(ScaleLevel level) {
        requireNonNull(level, "level");
        return level.rank() <= size() && levels().get(level.rank() - 1).equals(level);
    }

    /**
     * Returns the codes of the levels in rank order, joined with {@code ", "}, for messages.
     *
     * @return such as {@code "1, 2, 3, 4, 5"}
     */
    String codes() {
        return levels().stream().map(ScaleLevel::code).collect(Collectors.joining(", "));
    }

    /**
     * Returns the name for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #nameSv()} or {@link #nameEn()}
     */
    public String name(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? nameSv() : nameEn();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Scale}; {@link #build()} validates every attribute and the rules of a scale, and reports all
     * problems.
     */
    public static final class Builder extends ImmutableScale.Builder {
        Builder() {}
    }

    @Value.Check
    Scale normalise() {
        Problems problems = Problems.of("Scale")
                .requirePresent(id(), "id")
                .require(id() == null || Codes.isCode(id()), "id", Codes.RULE, quoted(id()))
                .requirePresent(nameSv(), "nameSv")
                .require(nullOrNotBlank(nameSv()), "nameSv", "must not be blank", quoted(nameSv()))
                .requirePresent(nameEn(), "nameEn")
                .require(nullOrNotBlank(nameEn()), "nameEn", "must not be blank", quoted(nameEn()))
                .require(levels().size() >= 2, "levels", "must hold at least two levels; one level cannot grade",
                        levels().size());
        for (int i = 0; i < levels().size(); i++) {
            problems.requirePresent(levels().get(i), "levels[" + i + "]");
        }
        List<Integer> ranks = levels().stream().filter(Objects::nonNull).map(ScaleLevel::rank).sorted()
                .collect(Collectors.toList());
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                problems.add("levels", "ranks must run 1 to " + ranks.size()
                        + " without gaps or repeats (1 = calmest)", ranks);
                break;
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels().size(); i++) {
            ScaleLevel level = levels().get(i);
            problems.require(level == null || seen.add(level.code()), "levels[" + i + "].code",
                    "must be unique within the scale", level == null ? null : quoted(level.code()));
        }
        problems.throwIfAny();
        List<ScaleLevel> sorted = new ArrayList<>(levels());
        sorted.sort(Comparator.comparingInt(ScaleLevel::rank));
        return sorted.equals(levels()) ? this : builder().from(this).levels(sorted).build();
    }

    /** Returns {@code Scale id [code label, …]}, such as {@code Scale est-5 [1 Lugnt, 2 Stabilt, …, 5 Akut]}. */
    @Override
    public String toString() {
        return "Scale " + id() + " " + levels().stream().map(l -> l.code() + " " + l.labelSv())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
