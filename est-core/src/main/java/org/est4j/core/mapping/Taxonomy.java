package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;
import org.immutables.value.Value;

/**
 * The categories observations are filed under, in two levels exactly: top-level categories such as
 * <i>Skadegörelse</i> (property damage), and children such as <i>Klotter</i> (graffiti) whose parent is
 * top-level. An observation may be filed under either level. Each municipality may have its own;
 * {@link #standard()} is the built-in default.
 *
 * <p>Rules, all checked at once by the builder: at least one category; ids unique; every parent is a category of
 * the taxonomy and is itself top-level; every child of a {@linkplain Category#context() context} category is
 * context too.
 *
 * <p>Order: {@link #categories()} is the list as given (and part of equality); {@link #all()} and
 * {@link #topLevel()} list top-level categories in that order, each followed by its children in that order, which
 * is the order to show them in.
 *
 * <pre>{@code
 * Taxonomy taxonomy = Taxonomy.standard();
 * taxonomy.label(CategoryId.of("property-damage.graffiti"), Locale.forLanguageTag("sv"));   // "Klotter"
 * taxonomy.topLevelOf(CategoryId.of("property-damage.graffiti")).id();                      // property-damage
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Taxonomy {
    private static final String WHERE = "taxonomy";

    Taxonomy() {}

    /**
     * Returns the categories as given to the builder.
     *
     * @return a non-empty unmodifiable list
     */
    public abstract List<Category> categories();

    /** The lookups, computed once on first use. */
    @Value.Lazy
    Index index() {
        return new Index(categories());
    }

    // ------------------------------------------------------------------------------------------- lookup

    /**
     * Returns a category.
     *
     * @param id the category's id
     * @return the category
     * @throws UnknownReferenceException (kind {@code category}) when the taxonomy has no such category
     */
    public Category get(CategoryId id) {
        return find(id).orElseThrow(() -> new UnknownReferenceException("category", id.value(), WHERE));
    }

    /**
     * Returns a category if the taxonomy has it.
     *
     * @param id the category's id
     * @return the category, or empty
     */
    public Optional<Category> find(CategoryId id) {
        return Optional.ofNullable(index().byId.get(requireNonNull(id, "id")));
    }

    /**
     * Tells whether the taxonomy has a category.
     *
     * @param id the category's id
     * @return true when it has
     */
    public boolean contains(CategoryId id) {
        return index().byId.containsKey(requireNonNull(id, "id"));
    }

    /**
     * Checks that a reference, such as an observation's category, names a category of this taxonomy.
     *
     * @param id the category's id
     * @return the id, for chaining
     * @throws UnknownReferenceException (kind {@code category}) when the taxonomy has no such category
     */
    public CategoryId require(CategoryId id) {
        get(id);
        return id;
    }

    /**
     * Returns every category, top-level ones in the order given, each followed by its children in the order given.
     *
     * @return an unmodifiable list of the same size as {@link #categories()}
     */
    public List<Category> all() {
        return index().all;
    }

    /**
     * Returns the top-level categories in the order given.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Category> topLevel() {
        return index().topLevel;
    }

    /**
     * Returns the children of a category.
     *
     * @param id a category's id
     * @return its children in the order given; empty for a category without children and for every child category
     * @throws UnknownReferenceException (kind {@code category}) when the taxonomy has no such category
     */
    public List<Category> children(CategoryId id) {
        get(id);
        return index().children.getOrDefault(id, List.of());
    }

    /**
     * Returns the top-level category a category belongs to.
     *
     * @param id a category's id
     * @return its parent for a child, the category itself for a top-level one
     * @throws UnknownReferenceException (kind {@code category}) when the taxonomy has no such category
     */
    public Category topLevelOf(CategoryId id) {
        Category category = get(id);
        return category.parent().map(index().byId::get).orElse(category);
    }

    /**
     * Returns a category's label for a reader: Swedish when the locale's language is Swedish, English otherwise.
     *
     * @param id a category's id
     * @param locale the reader's locale
     * @return the label
     * @throws UnknownReferenceException (kind {@code category}) when the taxonomy has no such category
     */
    public String label(CategoryId id, Locale locale) {
        requireNonNull(locale, "locale");
        return get(id).label(locale);
    }

    /**
     * Returns the number of categories.
     *
     * @return at least 1
     */
    public int size() {
        return categories().size();
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Returns the built-in default taxonomy, drawn from the categories Swedish municipalities use in EST
     * (Örebro's weekly compilation, the EMBRACE public form, Kumla, Nyköping, digital safety walks). A municipality
     * with its own list builds its own taxonomy, or extends this one with
     * {@code Taxonomy.builder().from(Taxonomy.standard()).addCategories(...)}.
     *
     * <table>
     *   <caption>The standard taxonomy (ids; children are {@code group.item})</caption>
     *   <tr><th>top-level</th><th>Swedish</th><th>children</th></tr>
     *   <tr><td>{@code property-damage}</td><td>Skadegörelse</td><td>graffiti, broken-glass, fire, other</td></tr>
     *   <tr><td>{@code gathering}</td><td>Otrygghetsskapande samling av personer</td><td></td></tr>
     *   <tr><td>{@code drugs}</td><td>Narkotika</td><td>dealing, use, paraphernalia</td></tr>
     *   <tr><td>{@code disorder-violence}</td><td>Ordningsstörning och våld</td>
     *       <td>threat, assault, robbery, burglary, harassment</td></tr>
     *   <tr><td>{@code traffic}</td><td>Trafik</td><td>moped, a-tractor, car-on-path, speeding</td></tr>
     *   <tr><td>{@code littering}</td><td>Nedskräpning</td><td></td></tr>
     *   <tr><td>{@code unsafe-place}</td><td>Otrygg plats</td><td>lighting, sightlines, vegetation, deserted</td></tr>
     *   <tr><td>{@code staff-incident}</td><td>Incident mot anställd</td><td></td></tr>
     *   <tr><td>{@code social-media-rumour}</td><td>Ryktesspridning i sociala medier</td><td></td></tr>
     *   <tr><td>{@code planned-event}</td><td>Planerat arrangemang (context, not a problem)</td><td></td></tr>
     *   <tr><td>{@code other}</td><td>Övrigt otrygghetsskapande</td><td></td></tr>
     * </table>
     *
     * @return the same instance on every call
     */
    public static Taxonomy standard() {
        return StandardTaxonomy.INSTANCE;
    }

    /**
     * Returns a taxonomy of the categories given.
     *
     * @param categories the categories, at least one
     * @return the taxonomy
     * @throws org.est4j.core.ValidationException when a rule is broken
     */
    public static Taxonomy of(Iterable<Category> categories) {
        return builder().addAllCategories(requireNonNull(categories, "categories")).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Taxonomy}; {@link #build()} validates every category and reports all problems. */
    public static final class Builder extends ImmutableTaxonomy.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Taxonomy");
        List<Category> list = categories();
        problems.require(!list.isEmpty(), "categories", "must hold at least one category", null);
        Map<CategoryId, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Category category = list.get(i);
            if (category == null) {
                problems.requirePresent(null, "categories[" + i + "]");
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(category.id(), i);
            problems.require(earlier == null, "categories[" + i + "].id",
                    "must be unique; categories[" + earlier + "] has the same id", category.id());
        }
        for (int i = 0; i < list.size(); i++) {
            Category category = list.get(i);
            if (category == null || category.parent().isEmpty()) {
                continue;
            }
            CategoryId parentId = category.parent().get();
            Integer at = firstIndex.get(parentId);
            String path = "categories[" + i + "].parent";
            if (at == null) {
                problems.add(path, "is not a category of this taxonomy: add it, or correct the id", parentId);
                continue;
            }
            Category parent = list.get(at);
            if (!parent.isTopLevel()) {
                problems.add(path, "must be a top-level category (a taxonomy has two levels), but " + parentId
                        + " is in " + parent.parent().get(), parentId);
            }
            problems.require(!parent.context() || category.context(), "categories[" + i + "].context",
                    "must be true: the parent " + parentId + " is a context category", category.context());
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code Taxonomy[11 top-level, 38 categories]}. */
    @Override
    public String toString() {
        return "Taxonomy[" + topLevel().size() + " top-level, " + size() + " categories]";
    }

    /** Lookups over a validated list of categories. */
    static final class Index {
        final Map<CategoryId, Category> byId;
        final List<Category> topLevel;
        final Map<CategoryId, List<Category>> children;
        final List<Category> all;

        Index(List<Category> categories) {
            Map<CategoryId, Category> ids = new HashMap<>();
            List<Category> tops = new ArrayList<>();
            Map<CategoryId, List<Category>> kids = new LinkedHashMap<>();
            for (Category category : categories) {
                ids.put(category.id(), category);
                if (category.isTopLevel()) {
                    tops.add(category);
                } else {
                    kids.computeIfAbsent(category.parent().get(), k -> new ArrayList<>()).add(category);
                }
            }
            List<Category> ordered = new ArrayList<>();
            Map<CategoryId, List<Category>> frozen = new HashMap<>();
            for (Category top : tops) {
                ordered.add(top);
                List<Category> below = kids.getOrDefault(top.id(), List.of());
                ordered.addAll(below);
                frozen.put(top.id(), List.copyOf(below));
            }
            this.byId = Collections.unmodifiableMap(ids);
            this.topLevel = List.copyOf(tops);
            this.children = Collections.unmodifiableMap(frozen);
            this.all = List.copyOf(ordered);
        }
    }
}
