package org.est4j.scoring.internal;

import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider;

/**
 * Provides the trend test {@code poisson-exact} ({@link org.est4j.scoring.trend.TrendTests#poissonExact()}): the
 * exact conditional test of two Poisson rates with exposures in days.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PoissonExactTrendTestProvider implements TrendTestProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public PoissonExactTrendTestProvider() {}

    @Override
    public String id() {
        return PoissonExactTrendTest.ID;
    }

    @Override
    public String description() {
        return "Exact conditional test of two Poisson rates (as R's poisson.test), so that 3 against 1 is not a rise";
    }

    @Override
    public TrendTest create(PluginConfig config) {
        return PoissonExactTrendTest.of(java.util.Objects.requireNonNull(config, "config"));
    }

    /** Returns {@code TrendTestProvider poisson-exact (built in)}. */
    @Override
    public String toString() {
        return "TrendTestProvider " + id() + " (built in)";
    }
}
