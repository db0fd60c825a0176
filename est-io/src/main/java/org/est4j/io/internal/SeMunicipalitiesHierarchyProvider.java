package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;

/**
 * Provider {@code se-municipalities}: Sweden, its 21 counties and 290 municipalities, with SCB's codes as ids and as
 * external codes ({@code lanskod}, {@code kommunkod}); see {@link org.est4j.io.area.SwedishAreas}. It reads no
 * source. Settings: {@code kommun=0188[,…]} keeps those municipalities, {@code lan=01[,…]} those counties with their
 * municipalities, each as a root; names work too ({@code kommun=Norrtälje}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class SeMunicipalitiesHierarchyProvider implements AreaHierarchyProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public SeMunicipalitiesHierarchyProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "se-municipalities";
    }

    @Override
    public String description() {
        return "Sweden's 21 counties and 290 municipalities with SCB codes (built in)";
    }

    @Override
    public boolean readsSource() {
        return false;
    }

    @Override
    public AreaHierarchy load(Source source, PluginConfig config) {
        requireNonNull(source, "source");
        return SwedishHierarchies.restrict(SwedishAreaData.municipalities(), requireNonNull(config, "config"), id());
    }

    @Override
    public String toString() {
        return "AreaHierarchyProvider[se-municipalities]";
    }
}
