package org.est4j.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.spi.PluginConfig;

/**
 * The settings shared by {@code se-municipalities} and {@code se-deso}: {@code kommun} or {@code lan} keeps only
 * some municipalities or counties, each as a root with everything below it.
 */
final class SwedishHierarchies {
    private static final Set<String> KEYS = Set.of("kommun", "lan");

    private SwedishHierarchies() {}

    /**
     * Applies the settings to a built-in hierarchy.
     *
     * @param full the whole hierarchy
     * @param config {@code kommun=0188} or {@code kommun=0188,Uppsala}, or {@code lan=01,Skåne län}
     * @param subject the provider, for messages
     * @return the whole hierarchy, one municipality's or county's subtree, or a forest of several
     * @throws org.est4j.core.ValidationException when a setting is unknown, both are set, or a code or name is not
     *     a municipality (county)
     */
    static AreaHierarchy restrict(AreaHierarchy full, PluginConfig config, String subject) {
        Settings s = new Settings(subject + " settings", config).allow(KEYS, Set.of());
        Optional<String> kommun = s.text("kommun");
        Optional<String> lan = s.text("lan");
        if (kommun.isPresent() && lan.isPresent()) {
            s.problem("lan", "must not be set together with kommun: choose municipalities or counties", lan.get());
        }
        List<AreaId> roots = new ArrayList<>();
        kommun.ifPresent(v -> roots.addAll(ids(s, "kommun", v, AreaLevel.MUNICIPALITY, full)));
        if (kommun.isEmpty()) {
            lan.ifPresent(v -> roots.addAll(ids(s, "lan", v, AreaLevel.COUNTY, full)));
        }
        s.check();
        if (roots.isEmpty()) {
            return full;
        }
        if (roots.size() == 1) {
            return full.subtree(roots.get(0));
        }
        List<Area> kept = new ArrayList<>();
        for (AreaId root : roots) {
            kept.addAll(full.subtree(root).areas());
        }
        return AreaHierarchy.of(kept);
    }

    private static Set<AreaId> ids(Settings s, String key, String value, AreaLevel level, AreaHierarchy full) {
        Set<AreaId> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String text = Text.tidy(part);
            if (text.isEmpty()) {
                continue;
            }
            Optional<AreaId> id = SwedishAreaData.codeOfName(text).or(() -> Optional.of(text))
                    .filter(code -> code.matches("\\d{2}|\\d{4}")).map(AreaId::of)
                    .filter(a -> full.find(a).filter(area -> area.level().equals(level)).isPresent());
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                s.problem(key, "'" + text + "' is not a " + (level.equals(AreaLevel.COUNTY)
                        ? "county: give its two-digit länskod such as 01, or its name such as Skåne län"
                        : "municipality: give its four-digit kommunkod such as 0188, or its name such as Norrtälje"),
                        value);
            }
        }
        return ids;
    }
}
