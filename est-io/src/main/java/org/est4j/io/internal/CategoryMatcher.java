package org.est4j.io.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;

/**
 * Finds the category a text names, in one taxonomy: by id (exactly, then ignoring case), then by Swedish or English
 * label (ignoring case and extra white space). A label two categories share is ambiguous.
 *
 * <p>Implementation requirements: immutable after construction and thread-safe.
 */
public final class CategoryMatcher {
    private final Taxonomy taxonomy;
    private final Map<String, Set<CategoryId>> byKey = new HashMap<>();

    /**
     * Indexes a taxonomy.
     *
     * @param taxonomy the categories
     */
    public CategoryMatcher(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (Category c : taxonomy.all()) {
            for (String text : List.of(c.id().value(), c.labelSv(), c.labelEn())) {
                byKey.computeIfAbsent(Text.key(text), k -> new LinkedHashSet<>()).add(c.id());
            }
        }
    }

    /**
     * Finds a category.
     *
     * @param text a category's id or label
     * @return the category's id
     * @throws IllegalArgumentException naming the text when no category or several match
     */
    public CategoryId find(String text) {
        String t = Text.tidy(text);
        Optional<CategoryId> exact = asId(t).filter(taxonomy::contains);
        if (exact.isPresent()) {
            return exact.get();
        }
        Set<CategoryId> found = byKey.getOrDefault(Text.key(t), Set.of());
        if (found.size() == 1) {
            return found.iterator().next();
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("'" + Text.abbreviate(t, 60) + "' matches " + found.size()
                    + " categories (" + found.stream().map(CategoryId::value).collect(Collectors.joining(", "))
                    + "): write the category's id");
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(t, 60) + "' is not a category of the taxonomy"
                + " (neither an id nor a Swedish or English label): correct it, or add the category");
    }

    /**
     * Resolves a category a mapping table names: the id itself when the taxonomy has it, else its top-level group
     * (the part before the first dot) when the taxonomy has that, so that a taxonomy without
     * {@code property-damage.fire} still takes fires as {@code property-damage}.
     *
     * @param id the category from the table
     * @return the category to use, or empty when neither is in the taxonomy
     */
    public Optional<CategoryId> resolveMapped(CategoryId id) {
        if (taxonomy.contains(id)) {
            return Optional.of(id);
        }
        int dot = id.value().indexOf('.');
        if (dot > 0) {
            CategoryId group = CategoryId.of(id.value().substring(0, dot));
            if (taxonomy.contains(group)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    private static Optional<CategoryId> asId(String text) {
        try {
            return Optional.of(CategoryId.of(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
