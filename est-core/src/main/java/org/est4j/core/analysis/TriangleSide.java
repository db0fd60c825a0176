package org.est4j.core.analysis;

import java.util.Optional;
import org.est4j.core.Labelled;

/**
 * A side of the problem analysis triangle that a {@link CauseAnalysis} works through. The inner triangle is what
 * every problem needs — an offender and a victim or target at a place — and the outer triangle the people who can
 * control each: handlers over offenders, guardians over victims and targets, managers over places. A problem
 * persists when the inner sides meet and the outer controllers are absent or ineffective; measures aim at one of
 * the six.
 *
 * <p>Brå's and the police's cause-analysis handbook calls the inner sides <i>gärningsperson</i>,
 * <i>brottsutsatt</i> and <i>objekt/plats</i>.
 */
public enum TriangleSide implements Labelled {
    /** Who causes the problem: groups, behaviour, motives (<i>gärningsperson</i>); never a named person. */
    OFFENDER("Gärningsperson", "Offender", null),
    /** Who or what is harmed: residents, staff, property (<i>brottsutsatt, mål</i>). */
    VICTIM("Brottsutsatt", "Victim or target", null),
    /** Where it happens: design, lighting, sightlines, use of the place (<i>plats</i>). */
    PLACE("Plats", "Place", null),
    /** Those with influence over offenders: parents, field workers, clubs, schools (<i>påverkare</i>). */
    HANDLER("Påverkare", "Handlers", OFFENDER),
    /** Those who protect victims and targets: staff, guards, neighbours, night walkers (<i>väktare</i>). */
    GUARDIAN("Väktare", "Guardians", VICTIM),
    /** Those responsible for the place: the housing company, the property owner, the municipality (<i>platsansvarig</i>). */
    MANAGER("Platsansvarig", "Place managers", PLACE);

    private final String labelSv;
    private final String labelEn;
    private final TriangleSide controls;

    TriangleSide(String labelSv, String labelEn, TriangleSide controls) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
        this.controls = controls;
    }

    /**
     * Tells whether this is a side of the inner triangle (offender, victim, place).
     *
     * @return true for the inner sides, false for the controllers
     */
    public boolean isInner() {
        return controls == null;
    }

    /**
     * Returns the inner side this controller controls: handlers control offenders, guardians victims, managers
     * places.
     *
     * @return the inner side, or empty for an inner side
     */
    public Optional<TriangleSide> controls() {
        return Optional.ofNullable(controls);
    }

    @Override
    public String labelSv() {
        return labelSv;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

}
