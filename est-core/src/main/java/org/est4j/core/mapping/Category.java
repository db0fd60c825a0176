package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * A category of observations in a {@link Taxonomy}, such as <i>Skadegörelse</i> (property damage) or, below it,
 * <i>Klotter</i> (graffiti). A top-level category has no {@link #parent()}; a child's parent is always top-level,
 * because a taxonomy has two levels exactly.
 *
 * <p>A {@linkplain #context() context} category, such as a planned event, describes circumstances that may explain
 * the situation without being a problem in itself; analysis leaves it out of scores.
 *
 * <pre>{@code
 * Category damage = Category.topLevel(CategoryId.of("property-damage"), "Skadegörelse", "Property damage");
 * Category graffiti = Category.child(CategoryId.of("property-damage.graffiti"), damage.id(), "Klotter", "Graffiti");
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Category {
    /** The longest label accepted, in either language. */
    public static final int MAX_LABEL_LENGTH = 200;
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    Category() {}

    /**
     * Returns the category's identifier.
     *
     * @return never null
     */
    public abstract CategoryId id();

    /**
     * Returns the top-level category this one belongs to.
     *
     * @return the parent, or empty for a top-level category
     */
    public abstract Optional<CategoryId> parent();

    /**
     * Returns the Swedish label, such as {@code Klotter}.
     *
     * @return 1 to {@value #MAX_LABEL_LENGTH} characters, not blank
     */
    public abstract String labelSv();

    /**
     * Returns the English label, such as {@code Graffiti}.
     *
     * @return 1 to {@value #MAX_LABEL_LENGTH} characters, not blank
     */
    public abstract String labelEn();

    /**
     * Returns guidance for reporters on what belongs in the category, in the language the taxonomy's owner
     * chooses.
     *
     * @return the description, or empty; when present 1 to {@value #MAX_DESCRIPTION_LENGTH} characters, not blank
     */
    public abstract Optional<String> description();

    /**
     * Tells whether the category is context rather than a problem, such as a planned event, a school holiday or a
     * football match. Analysis leaves context out of scores but shows it beside them. In a {@link Taxonomy}, every
     * child of a context category is context too.
     *
     * @return true for context; false by default
     */
    @Value.Default
    public boolean context() {
        return false;
    }

    /**
     * Tells whether the category is top-level.
     *
     * @return true when it has no parent
     */
    public boolean isTopLevel() {
        return parent().isEmpty();
    }

    /**
     * Returns the label for a reader: Swedish when the locale's language is Swedish, English otherwise.
     *
     * @param locale the reader's locale
     * @return the label
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv() : labelEn();
    }

    /**
     * Returns a top-level problem category without a description.
     *
     * @param id the identifier
     * @param labelSv the Swedish label
     * @param labelEn the English label
     * @return the category
     * @throws org.est4j.core.ValidationException when a value is missing, blank or too long
     */
    public static Category topLevel(CategoryId id, String labelSv, String labelEn) {
        return builder().id(id).labelSv(labelSv).labelEn(labelEn).build();
    }

    /**
     * Returns a child problem category without a description.
     *
     * @param id the identifier, by convention {@code parent.name} such as {@code property-damage.graffiti}
     * @param parent the top-level category it belongs to
     * @param labelSv the Swedish label
     * @param labelEn the English label
     * @return the category
     * @throws org.est4j.core.ValidationException when a value is missing, blank or too long, or the parent is the
     *     category itself
     */
    public static Category child(CategoryId id, CategoryId parent, String labelSv, String labelEn) {
        return builder().id(id).parent(requireNonNull(parent, "parent")).labelSv(labelSv).labelEn(labelEn).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Category}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCategory.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Category").requirePresent(id(), "id");
        label(problems, labelSv(), "labelSv");
        label(problems, labelEn(), "labelEn");
        String description = description().orElse(null);
        problems.require(id() == null || !parent().equals(Optional.of(id())), "parent",
                        "must not be the category itself", parent().orElse(null))
                .require(description == null || !description.isBlank(), "description", "must not be blank when given",
                        description)
                .require(description == null || description.length() <= MAX_DESCRIPTION_LENGTH, "description",
                        "must be at most " + MAX_DESCRIPTION_LENGTH + " characters",
                        description == null ? null : description.length() + " characters")
                .throwIfAny();
    }

    private static void label(Problems problems, String label, String path) {
        problems.requirePresent(label, path)
                .require(label == null || !label.isBlank(), path, "must not be blank", label)
                .require(label == null || label.length() <= MAX_LABEL_LENGTH, path,
                        "must be at most " + MAX_LABEL_LENGTH + " characters", label == null ? null : label.length() + " characters");
    }

    /**
     * Returns a summary such as {@code property-damage.graffiti "Klotter" / "Graffiti" (in property-damage)}.
     */
    @Override
    public String toString() {
        return id() + " \"" + labelSv() + "\" / \"" + labelEn() + "\"" + parent().map(p -> " (in " + p + ")").orElse("")
                + (context() ? " [context]" : "");
    }
}
