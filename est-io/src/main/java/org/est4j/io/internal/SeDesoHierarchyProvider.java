package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;

/**
 * Provider {@code se-deso}: Sweden → counties → municipalities → RegSO → DeSO from SCB's 2021 linkage table (5,984
 * DeSO, 3,363 RegSO); see {@link org.est4j.io.area.SwedishAreas}. It reads no source. Settings:
 * {@code kommun=0188[,…]} keeps those municipalities with their RegSO and DeSO areas, each as a root;
 * {@code lan=01[,…]} keeps counties.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class SeDesoHierarchyProvider implements AreaHierarchyProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public SeDesoHierarchyProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "se-deso";
    }

    @Override
    public String description() {
        return "SCB's DeSO and RegSO areas (2021) under Sweden's counties and municipalities (built in)";
    }

    @Override
    public boolean readsSource() {
        return false;
    }

    @Override
    public AreaHierarchy load(Source source, PluginConfig config) {
        requireNonNull(source, "source");
        return SwedishHierarchies.restrict(SwedishAreaData.deso(), requireNonNull(config, "config"), id());
    }

    @Override
    public String toString() {
        return "AreaHierarchyProvider[se-deso]";
    }
}
