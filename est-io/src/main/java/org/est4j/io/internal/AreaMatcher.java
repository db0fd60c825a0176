package org.est4j.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;

/**
 * Finds the area a text names, in one hierarchy: first by id (exactly), then by an external code such as a
 * kommunkod or a DeSO code (exactly, when one area has it), then by name (ignoring case and extra white space, when
 * one area has it). A name that several areas share is ambiguous and names them, so that the user can write the id.
 *
 * <p>Implementation requirements: immutable after construction and thread-safe.
 */
public final class AreaMatcher {
    private final AreaHierarchy hierarchy;
    private final Map<String, List<AreaId>> byCode = new HashMap<>();
    private final Map<String, List<AreaId>> byName = new HashMap<>();

    /**
     * Indexes a hierarchy, O(n).
     *
     * @param hierarchy the areas
     */
    public AreaMatcher(AreaHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (Area area : hierarchy.areas()) {
            area.externalCodes().values().stream().distinct()
                    .forEach(code -> byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(area.id()));
            byName.computeIfAbsent(Text.key(area.name()), k -> new ArrayList<>()).add(area.id());
        }
    }

    /**
     * Finds an area.
     *
     * @param text an area's id, external code or name
     * @return the area's id
     * @throws IllegalArgumentException naming the text when no area or several areas match
     */
    public AreaId find(String text) {
        String t = Text.tidy(text);
        Optional<AreaId> id = asId(t).filter(hierarchy::contains);
        if (id.isPresent()) {
            return id.get();
        }
        List<AreaId> codes = byCode.getOrDefault(t, List.of());
        if (codes.size() == 1) {
            return codes.get(0);
        }
        List<AreaId> names = byName.getOrDefault(Text.key(t), List.of());
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > 1 || codes.size() > 1) {
            List<AreaId> all = names.size() > 1 ? names : codes;
            throw new IllegalArgumentException("'" + Text.abbreviate(t, 60) + "' matches " + all.size()
                    + " areas (" + all.stream().sorted().limit(5).map(AreaId::value).collect(Collectors.joining(", "))
                    + (all.size() > 5 ? ", …" : "") + "): write the area's id");
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(t, 60)
                + "' is not an area of the hierarchy (not an id, a code or a name): correct it, or add the area");
    }

    /**
     * Finds the area that carries an external code under a key, or whose id is the code.
     *
     * @param key the code's key, such as {@code kommunkod}
     * @param code the code, such as {@code 0188}
     * @return the area's id, or empty when no single area has it
     */
    public Optional<AreaId> findByCode(String key, String code) {
        Optional<AreaId> id = asId(code).filter(hierarchy::contains);
        if (id.isPresent()) {
            return id;
        }
        List<AreaId> found = byCode.getOrDefault(code, List.of()).stream()
                .filter(a -> hierarchy.get(a).externalCode(key).filter(code::equals).isPresent())
                .collect(Collectors.toList());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Optional<AreaId> asId(String text) {
        try {
            return Optional.of(AreaId.of(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
