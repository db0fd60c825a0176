package org.est4j.core.disclosure;

/**
 * Who may see an observation, a text or a figure. Levels are ordered from the narrowest circle to the widest:
 * something {@link #GROUP} may see only the EST group itself; {@link #PUBLIC} may be published.
 *
 * <p>An audience cleared for a level sees material of that level and of every wider one
 * ({@link #isVisibleTo(Visibility)}): the group sees everything, partners see partner and public material, the
 * public sees public material only.
 */
public enum Visibility {
    /** Only the EST group (police information, information under secrecy). */
    GROUP,
    /** The group and its partners (housing companies, schools, associations in the collaboration). */
    PARTNERS,
    /** Anyone: may appear in a public report, after suppression of small counts and redaction. */
    PUBLIC;

    /**
     * Tells whether material of this visibility may be shown to an audience cleared for another level.
     *
     * @param clearance the widest circle the audience belongs to: {@code GROUP} for the group itself,
     *     {@code PUBLIC} for the public
     * @return true when this material is at least as open as the audience's circle
     */
    public boolean isVisibleTo(Visibility clearance) {
        return compareTo(clearance) >= 0;
    }
}
