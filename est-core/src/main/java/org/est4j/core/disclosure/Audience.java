package org.est4j.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Who a feedback report (<i>återkoppling</i>) goes to, and so what it may contain. Each audience has a
 * {@linkplain #clearance() clearance}: the narrowest {@link Visibility} of material it may see.
 *
 * <table>
 *   <caption>Audiences and their clearance</caption>
 *   <tr><th>audience</th><th>clearance</th><th>why</th></tr>
 *   <tr><td>{@link #GROUP}</td><td>{@link Visibility#GROUP}</td><td>the EST group sees everything</td></tr>
 *   <tr><td>{@link #PARTNERS}</td><td>{@link Visibility#PARTNERS}</td><td>the organisations of the
 *       collaboration</td></tr>
 *   <tr><td>{@link #REPORTERS}</td><td>{@link Visibility#PARTNERS}</td><td>reporters are trained staff of the
 *       partner organisations, so they see what their organisations see</td></tr>
 *   <tr><td>{@link #POLITICIANS}</td><td>{@link Visibility#PUBLIC}</td><td>reports to political bodies (a
 *       committee, the municipal board, the local crime-prevention council) become public records (<i>allmän
 *       handling</i>) and are usually published with the meeting papers, so they are treated as public</td></tr>
 *   <tr><td>{@link #PUBLIC}</td><td>{@link Visibility#PUBLIC}</td><td>anyone, such as a published monthly
 *       <i>lägesrapport</i></td></tr>
 * </table>
 *
 * <p>A {@link DisclosurePolicy} may make an audience's clearance more restrictive, never less; to give
 * politicians more, report to them as {@link #PARTNERS} (for instance in a closed session) and handle that report
 * accordingly.
 */
public enum Audience {
    /** The EST group itself (<i>EST-gruppen</i>): the operative group and the coordinator. */
    GROUP(Visibility.GROUP, "EST-gruppen", "EST group"),
    /** The partners of the collaboration (<i>samverkanspartner</i>): housing companies, schools, associations … */
    PARTNERS(Visibility.PARTNERS, "Samverkanspartner", "Partners"),
    /** The reporters (<i>rapportörer</i>), so that they see their reports used and keep reporting. */
    REPORTERS(Visibility.PARTNERS, "Rapportörer", "Reporters"),
    /** Politicians (<i>politiker</i>): committees, the municipal board, the local council; public records. */
    POLITICIANS(Visibility.PUBLIC, "Politiker", "Politicians"),
    /** The public (<i>allmänheten</i>): published reports. */
    PUBLIC(Visibility.PUBLIC, "Allmänheten", "The public");

    private final Visibility clearance;
    private final String labelSv;
    private final String labelEn;

    Audience(Visibility clearance, String labelSv, String labelEn) {
        this.clearance = clearance;
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the narrowest visibility of material this audience may see: material of this visibility or of a
     * wider one ({@link Visibility#isVisibleTo(Visibility)}).
     *
     * @return the audience's clearance
     */
    public Visibility clearance() {
        return clearance;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "Rapportörer"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "Reporters"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv : labelEn;
    }
}
