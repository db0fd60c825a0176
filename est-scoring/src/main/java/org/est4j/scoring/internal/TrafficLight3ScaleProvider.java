package org.est4j.scoring.internal;

import org.est4j.scoring.scale.Scales;

/**
 * Provides the three-level traffic light {@code traffic-light-3} ({@link Scales#trafficLight3()}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class TrafficLight3ScaleProvider extends BuiltInScaleProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public TrafficLight3ScaleProvider() {
        super(Scales.trafficLight3(), "Traffic light for an area's state: grön (green), gul (yellow), röd (red)");
    }
}
