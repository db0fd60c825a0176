package org.est4j.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.EstPlugin;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.Source;
import org.est4j.core.time.Period;

/**
 * Short entry points for JShell and scripts: the common values in one call each, with plugins looked up in
 * {@link EstPlugins#global()}.
 *
 * <pre>{@code
 * jshell> var h = Est.hierarchy(Est.area("0188", "Norrtälje", "kommun"), Est.area("rimbo", "Rimbo", "tatort", "0188"))
 * jshell> Est.scale("est-5")
 * jshell> Est.period("2026-W47")
 * }</pre>
 *
 * <p>Every method here is a shortcut for a public factory of the model; nothing is only reachable through it.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class Est {
    private Est() {}

    /**
     * Returns an area.
     *
     * @param id the area id, such as {@code 0188}
     * @param name the name, such as {@code Norrtälje}
     * @param level the level code, such as {@code kommun} or {@code tatort}
     * @return a root area
     */
    public static Area area(String id, String name, String level) {
        return Area.of(AreaId.of(id), name, AreaLevel.of(level));
    }

    /**
     * Returns an area inside another.
     *
     * @param id the area id
     * @param name the name
     * @param level the level code
     * @param parent the id of the enclosing area
     * @return the area
     */
    public static Area area(String id, String name, String level, String parent) {
        return Area.of(AreaId.of(id), name, AreaLevel.of(level), AreaId.of(parent));
    }

    /**
     * Returns a hierarchy of areas.
     *
     * @param areas the areas, in any order
     * @return the hierarchy
     * @throws ValidationException listing every duplicate id, unknown parent and cycle
     */
    public static AreaHierarchy hierarchy(Area... areas) {
        return AreaHierarchy.of(areas);
    }

    /**
     * Returns a hierarchy that a provider ships, such as {@code se-municipalities}.
     *
     * @param providerId the id of an {@link AreaHierarchyProvider} that reads no source
     * @return the hierarchy
     */
    public static AreaHierarchy hierarchy(String providerId) {
        return plugins().get(AreaHierarchyProvider.class, providerId).load(Source.none(), PluginConfig.empty());
    }

    /**
     * Returns a hierarchy read by a provider from a source, such as a CSV or GeoJSON file.
     *
     * @param providerId the id of an {@link AreaHierarchyProvider}, such as {@code csv}
     * @param source the input
     * @return the hierarchy
     */
    public static AreaHierarchy hierarchy(String providerId, Source source) {
        return plugins().get(AreaHierarchyProvider.class, providerId).load(requireNonNull(source, "source"),
                PluginConfig.empty());
    }

    /**
     * Returns the built-in two-level taxonomy of categories (property damage, gatherings, drugs, …).
     *
     * @return {@link Taxonomy#standard()}
     */
    public static Taxonomy taxonomy() {
        return Taxonomy.standard();
    }

    /**
     * Returns a scale by id, such as {@code est-5}, {@code traffic-light-3} or {@code police-area-4}.
     *
     * @param id the scale id
     * @return the scale
     * @throws org.est4j.core.plugin.UnknownPluginException listing the known scales
     */
    public static Scale scale(String id) {
        return EstPlugins.call(plugins().get(ScaleProvider.class, id), "scale()", ScaleProvider::scale);
    }

    /**
     * Reads a period: {@code 2026-W47}, {@code 2026-W45-46}, {@code 2026-11}, {@code 2026-Q4}, {@code 2026-T3} or
     * {@code 2026}.
     *
     * @param text the period
     * @return the period
     */
    public static Period period(String text) {
        return Period.parse(text);
    }

    /**
     * Returns the plugin registry est4j uses.
     *
     * @return {@link EstPlugins#global()}
     */
    public static EstPlugins plugins() {
        return EstPlugins.global();
    }

    /**
     * Returns the ids of the installed plugins of each built-in kind, for a quick look in JShell or a CLI.
     *
     * @return kind name to sorted ids, such as {@code ScaleProvider=[est-5, police-area-4, traffic-light-3]}
     */
    public static Map<String, List<String>> installedPlugins() {
        Map<String, List<String>> installed = new TreeMap<>();
        for (Class<? extends EstPlugin> kind : List.of(AreaHierarchyProvider.class, ObservationImporterProvider.class,
                ScaleProvider.class)) {
            installed.put(kind.getSimpleName(), plugins().ids(kind));
        }
        return installed;
    }
}
