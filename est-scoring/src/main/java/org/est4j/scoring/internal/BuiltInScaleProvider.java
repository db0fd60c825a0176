package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.est4j.core.assessment.Scale;
import org.est4j.core.spi.ScaleProvider;

/**
 * A {@link ScaleProvider} that serves one of the scales in {@link org.est4j.scoring.scale.Scales}, under the
 * scale's id, with the built-in priority 0 (so that a host's provider with the same id and a positive priority
 * wins).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
abstract class BuiltInScaleProvider implements ScaleProvider {
    private final Scale scale;
    private final String description;

    BuiltInScaleProvider(Scale scale, String description) {
        this.scale = requireNonNull(scale, "scale");
        this.description = requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return scale.id();
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Scale scale() {
        return scale;
    }

    /** Returns {@code ScaleProvider id (built in): Scale id […]}. */
    @Override
    public final String toString() {
        return "ScaleProvider " + id() + " (built in): " + scale;
    }
}
