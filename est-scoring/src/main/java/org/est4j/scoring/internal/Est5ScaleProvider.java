package org.est4j.scoring.internal;

import org.est4j.scoring.scale.Scales;

/**
 * Provides the five-grade EST scale {@code est-5} ({@link Scales#est5()}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Est5ScaleProvider extends BuiltInScaleProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Est5ScaleProvider() {
        super(Scales.est5(), "Five grades for an area's situation, 1 Lugnt (calm) to 5 Akut (acute), green to red");
    }
}
