package org.est4j.core.spi;

import org.est4j.core.assessment.Scale;

/**
 * Provides an assessment scale: an ordered list of levels, each with a code, Swedish and English labels, a colour
 * and a meaning. Built-ins (est-scoring): {@code est-5}, {@code traffic-light-3}, {@code police-area-4}. A
 * municipality adds its own scale with a provider whose {@link #id()} is the scale's id.
 *
 * @since 0.1
 */
public interface ScaleProvider extends EstPlugin {

    /**
     * Returns the scale. Its {@link Scale#id()} equals this provider's {@link #id()}.
     *
     * @return the scale, the same on every call
     */
    Scale scale();
}
