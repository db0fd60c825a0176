package org.est4j.scoring.internal;

import org.est4j.scoring.scale.Scales;

/**
 * Provides the police's four-stage area classification {@code police-area-4} ({@link Scales#policeArea4()}).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PoliceArea4ScaleProvider extends BuiltInScaleProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public PoliceArea4ScaleProvider() {
        super(Scales.policeArea4(), "Police area classes: målområde, utsatt område, riskområde, särskilt utsatt område");
    }
}
