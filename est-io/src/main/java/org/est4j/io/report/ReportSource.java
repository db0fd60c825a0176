package org.est4j.io.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.picture.PictureSet;
import org.immutables.value.Value;

/**
 * The est-core documents a situation report is composed of: the compiled picture set of the period and the area
 * hierarchy it was compiled on (for the names), the scale and the assessments of the period, the measures and their
 * follow-ups, the actors (for the names of lead actors and partners), the focus areas, the group's summary and
 * notes, and the {@link DisclosurePolicy} of the audience the report is for.
 *
 * <pre>{@code
 * ReportSource source = ReportSource.builder().pictures(set).hierarchy(hierarchy).scale(est5)
 *         .addAllAssessments(cycle.assess(period)).addAllMeasures(cycle.measures())
 *         .addAllFollowUps(cycle.followUps()).municipality("Sjövikens kommun").build();
 * ReportView view = ReportView.of(source, Locale.forLanguageTag("sv"));
 * }</pre>
 *
 * <p>Defaults: the policy is the {@linkplain DisclosurePolicy#forAudience(Audience) public one}, since a report is
 * made to be published; the taxonomy is the {@linkplain Taxonomy#standard() standard one}; the municipality is the
 * name of the first area of the picture set; the charts show up to six earlier periods.
 *
 * <p>Rules, all checked at once by the builder: pictures and hierarchy are given and every picture's area is in the
 * hierarchy; every assessment is on the scale, when a scale is given; focus areas are in the hierarchy; texts are
 * not blank; the series length is 0 to 52.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportSource {
    ReportSource() {}

    /**
     * Returns the compiled pictures of the period.
     *
     * @return never null
     */
    public abstract PictureSet pictures();

    /**
     * Returns the hierarchy the pictures were compiled on.
     *
     * @return never null
     */
    public abstract AreaHierarchy hierarchy();

    /**
     * Returns the taxonomy of the categories counted.
     *
     * @return {@link Taxonomy#standard()} unless set
     */
    @Value.Default
    public Taxonomy taxonomy() {
        return Taxonomy.standard();
    }

    /**
     * Returns the scale the areas were assessed on.
     *
     * @return the scale, or empty when the report shows no levels
     */
    public abstract Optional<Scale> scale();

    /**
     * Returns assessments; those of the pictures' period and areas are shown.
     *
     * @return assessments, possibly of other periods too
     */
    public abstract List<Assessment> assessments();

    /**
     * Returns measures; those running in the period, or planned, that the audience may see are shown.
     *
     * @return measures
     */
    public abstract List<Measure> measures();

    /**
     * Returns follow-ups; the latest of each measure on or before the period's last day is shown.
     *
     * @return follow-ups
     */
    public abstract List<FollowUp> followUps();

    /**
     * Returns actors, for the names of lead actors and partners (an actor not listed is shown by its id).
     *
     * @return actors
     */
    public abstract List<Actor> actors();

    /**
     * Returns the focus areas chosen for the period, in order of priority.
     *
     * @return area ids of the hierarchy
     */
    public abstract List<AreaId> focusAreas();

    /**
     * Returns the municipality's name.
     *
     * @return the name, or empty for the name of the first area of the pictures
     */
    public abstract Optional<String> municipality();

    /**
     * Returns the title.
     *
     * @return the title, or empty for "Lägesrapport" / "Situation report"
     */
    public abstract Optional<String> title();

    /**
     * Returns the group's summary of the period, in its own words.
     *
     * @return the summary, or empty
     */
    public abstract Optional<String> summary();

    /**
     * Returns the group's notes on how to read the report.
     *
     * @return notes, in order
     */
    public abstract List<String> notes();

    /**
     * Returns who made the report, for the footer.
     *
     * @return the maker, or empty for the municipality
     */
    public abstract Optional<String> source();

    /**
     * Returns when the report is made.
     *
     * @return the time, or empty to leave the report undated
     */
    public abstract Optional<Instant> generated();

    /**
     * Returns the disclosure policy of the audience.
     *
     * @return the public policy unless set
     */
    @Value.Default
    public DisclosurePolicy policy() {
        return DisclosurePolicy.forAudience(Audience.PUBLIC);
    }

    /**
     * Returns how many earlier periods each area's chart shows before the current one.
     *
     * @return 0 to 52; 6 unless set
     */
    @Value.Default
    public int seriesLength() {
        return 6;
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportSource}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableReportSource.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("ReportSource").requirePresent(pictures(), "pictures")
                .requirePresent(hierarchy(), "hierarchy");
        if (pictures() != null && hierarchy() != null) {
            for (int i = 0; i < pictures().pictures().size(); i++) {
                AreaId area = pictures().pictures().get(i).area();
                p.require(hierarchy().contains(area), "pictures[" + i + "].area", "must be an area of the hierarchy",
                        area);
            }
            for (int i = 0; i < focusAreas().size(); i++) {
                p.require(hierarchy().contains(focusAreas().get(i)), "focusAreas[" + i + "]",
                        "must be an area of the hierarchy", focusAreas().get(i));
            }
        }
        scale().ifPresent(s -> {
            for (int i = 0; i < assessments().size(); i++) {
                int index = i;
                p.nested("assessments[" + i + "]", () -> assessments().get(index).validateAgainst(s));
            }
        });
        municipality().ifPresent(v -> p.require(!v.isBlank(), "municipality", "must not be blank", v));
        title().ifPresent(v -> p.require(!v.isBlank(), "title", "must not be blank", v));
        summary().ifPresent(v -> p.require(!v.isBlank(), "summary", "must not be blank", v));
        source().ifPresent(v -> p.require(!v.isBlank(), "source", "must not be blank", v));
        Checks.texts(p, notes(), "notes");
        p.require(seriesLength() >= 0 && seriesLength() <= 52, "seriesLength", "must be from 0 to 52", seriesLength());
        p.throwIfAny();
    }

    /** Returns the period, the number of areas, assessments and measures, and the audience. */
    @Override
    public String toString() {
        return "ReportSource[" + (pictures() == null ? "?" : pictures().period() + ", " + pictures().size() + " areas")
                + ", " + assessments().size() + " assessments, " + measures().size() + " measures, "
                + followUps().size() + " follow-ups, for " + policy().audience() + "]";
    }
}
