package org.est4j.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Scale;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * A feedback report (<i>återkoppling</i>, <i>lägesrapport</i>) for one {@link Audience} and one period: the
 * document every export format renders. It holds only what the audience's {@link DisclosurePolicy} allows,
 * already filtered, suppressed and redacted (the package's rules say how), so a renderer can print all of it.
 *
 * <ul>
 *   <li>{@link #areas()}: every area in the hierarchy's pre-order, with its level, trend, hotspots and
 *       coverage;</li>
 *   <li>{@link #counts()}: observations by area (rows rolled up the hierarchy) and top-level category
 *       ({@link #categories()}), small counts and their complements suppressed;</li>
 *   <li>{@link #history()}: totals by area over the periods before the report's, for small charts, suppressed
 *       likewise; the report's own period is the {@code Total} column of {@link #counts()}, so that no cell is
 *       published twice with two suppression patterns;</li>
 *   <li>{@link #focusAreas()}, {@link #measures()} with their latest follow-up, {@link #observations()} (only
 *       where the policy suppresses nothing) and, in reports for reporters, {@link #reporterFeedback()};</li>
 *   <li>{@link #notes()}: what a reader must know to read it right (low coverage, the mark of a suppressed cell,
 *       what is left out).</li>
 * </ul>
 *
 * <p>{@link Builder#build()} refuses a report that breaks its own policy, whoever builds it: an observation or a
 * measure whose visibility the policy does not allow, a table suppressed for another minimum count, observation
 * lines in a report that suppresses, reasons in a report that does not {@linkplain #showsReasons() show them},
 * coverage figures for a public audience, or free text in which the policy's redaction still finds personal data.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeedbackReport {
    FeedbackReport() {}

    /**
     * Returns the policy the report was built through.
     *
     * @return never null
     */
    public abstract DisclosurePolicy policy();

    /**
     * Returns the audience the report is for.
     *
     * @return the policy's audience
     */
    public Audience audience() {
        return policy().audience();
    }

    /**
     * Returns the title, such as {@code Lägesrapport mars 2025}.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the name of the municipality or group the report is from.
     *
     * @return never blank
     */
    public abstract String municipality();

    /**
     * Returns the period reported on.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the language of the report's notes and titles.
     *
     * @return such as Swedish
     */
    public abstract Locale locale();

    /**
     * Returns the scale the levels are on.
     *
     * @return the scale, or empty when no area was assessed
     */
    public abstract Optional<Scale> scale();

    /**
     * Returns the top-level categories: the columns of {@link #counts()}, with their labels.
     *
     * @return in the taxonomy's order
     */
    public abstract List<Category> categories();

    /**
     * Returns the areas in the hierarchy's pre-order.
     *
     * @return one row per area
     */
    public abstract List<AreaRow> areas();

    /**
     * Returns the observations of the period the audience may see, by area (rows rolled up the hierarchy) and
     * top-level category, as they may be published.
     *
     * @return the table, suppressed for the policy's minimum count
     */
    public abstract SuppressedTable<AreaId, CategoryId> counts();

    /**
     * Returns the totals of the observations the audience may see, by area and by each of the periods before the
     * report's, oldest first, as they may be published. Periods before the earliest observation are left out: no
     * data is not zero.
     *
     * @return the table, suppressed for the policy's minimum count
     */
    public abstract SuppressedTable<AreaId, Period> history();

    /**
     * Returns the focus areas of the analysis periods that overlap the report's.
     *
     * @return by period, then rank
     */
    public abstract List<FocusArea> focusAreas();

    /**
     * Returns the measures the audience may see that were active during the period.
     *
     * @return by id
     */
    public abstract List<MeasureRow> measures();

    /**
     * Returns the observations of the period the audience may see, when the policy suppresses nothing.
     *
     * @return by occurrence; empty for a policy that suppresses small counts
     */
    public abstract List<ObservationLine> observations();

    /**
     * Returns the feedback for each reporter and each organisation, in a report for reporters whose policy
     * suppresses nothing (one person's reports are small counts by nature).
     *
     * @return reporters by id, then organisations by id; empty in reports for other audiences
     */
    public abstract List<ReporterFeedback> reporterFeedback();

    /**
     * Tells whether the report gives the reasons written from all the data (see the package's rules): true when the
     * policy's clearance is {@code GROUP} and it suppresses nothing, that is in the group's own reports.
     *
     * @return true when reasons are shown
     */
    public abstract boolean showsReasons();

    /**
     * Returns notes a reader needs: low coverage, what is left out, the mark of a suppressed cell.
     *
     * @return in the report's language
     */
    public abstract List<String> notes();

    /**
     * Returns the row of an area.
     *
     * @param area the area
     * @return its row, or empty when the area is not in the report
     */
    public Optional<AreaRow> area(AreaId area) {
        return areas().stream().filter(a -> a.id().equals(area)).findFirst();
    }

    /**
     * Returns a measure's row.
     *
     * @param measure the measure
     * @return its row, or empty when the measure is not in the report
     */
    public Optional<MeasureRow> measure(MeasureId measure) {
        return measures().stream().filter(m -> m.id().equals(measure)).findFirst();
    }

    /**
     * Returns every free text of the report (names excepted): descriptions, place names, channels, titles, reasons,
     * readings and notes, in document order. Tests and renderers that check a report use it.
     *
     * @return an unmodifiable list
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        forEachText(texts::add);
        return List.copyOf(texts);
    }

    private void forEachText(Consumer<String> out) {
        out.accept(title());
        for (AreaRow a : areas()) {
            a.decidedBy().ifPresent(out);
            a.reasons().forEach(out);
            for (HotspotRow h : a.hotspots()) {
                h.placeName().ifPresent(out);
                h.reasons().forEach(out);
            }
        }
        focusAreas().forEach(f -> f.reasons().forEach(out));
        for (MeasureRow m : measures()) {
            out.accept(m.title());
            m.description().ifPresent(out);
            m.latestFollowUp().ifPresent(f -> {
                f.reasons().forEach(out);
                f.readings().forEach(out);
            });
        }
        for (ObservationLine o : observations()) {
            o.placeName().ifPresent(out);
            o.channel().ifPresent(out);
            out.accept(o.text());
        }
        notes().forEach(out);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FeedbackReport}; {@link #build()} validates every attribute and the report's policy and
     * reports all problems.
     */
    public static final class Builder extends ImmutableFeedbackReport.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        DisclosurePolicy policy = policy();
        Problems problems = Problems.of("FeedbackReport")
                .requirePresent(policy, "policy")
                .require(title() != null && !title().isBlank(), "title", "must not be blank", title())
                .require(municipality() != null && !municipality().isBlank(), "municipality", "must not be blank",
                        municipality())
                .requirePresent(period(), "period")
                .requirePresent(locale(), "locale")
                .requirePresent(counts(), "counts")
                .requirePresent(history(), "history");
        if (policy == null || counts() == null || history() == null) {
            problems.throwIfAny();
            return;
        }
        boolean suppresses = policy.minimumCount() > 1;
        PolicyChecks.table(problems, policy, counts(), "counts");
        PolicyChecks.table(problems, policy, history(), "history");
        PolicyChecks.reasons(problems, policy, showsReasons());
        problems.require(!suppresses || observations().isEmpty(), "observations", "must be empty for a policy that"
                        + " suppresses small counts: each line is a count of one", observations().size())
                .require(!suppresses || reporterFeedback().isEmpty(), "reporterFeedback", "must be empty for a policy"
                        + " that suppresses small counts: one person's reports are small counts",
                        reporterFeedback().size());
        PolicyChecks.areas(problems, policy, showsReasons(), areas(), "areas");
        PolicyChecks.focusAreas(problems, showsReasons(), focusAreas(), "focusAreas");
        PolicyChecks.measures(problems, policy, showsReasons(), measures(), "measures");
        for (int i = 0; i < observations().size(); i++) {
            ObservationLine o = observations().get(i);
            problems.require(policy.allows(o.visibility()), "observations[" + i + "].visibility", "must be allowed by"
                            + " the policy (clearance " + policy.clearance() + ")", o.visibility())
                    .require(policy.clearance() == Visibility.GROUP || o.reporter().isEmpty(),
                            "observations[" + i + "].reporter", "must be empty outside the group", null);
        }
        for (int i = 0; i < reporterFeedback().size(); i++) {
            PolicyChecks.table(problems, policy, reporterFeedback().get(i).reports(),
                    "reporterFeedback[" + i + "].reports");
        }
        PolicyChecks.texts(problems, policy, texts());
        problems.throwIfAny();
    }

    /** Returns a summary: {@code FeedbackReport PUBLIC 2025-03 "Lägesrapport mars 2025": 50 areas, …}. */
    @Override
    public String toString() {
        return "FeedbackReport " + audience() + " " + period() + " \"" + title() + "\": " + areas().size() + " areas, "
                + counts().suppressedCells().size() + " suppressed cells, " + focusAreas().size() + " focus areas, "
                + measures().size() + " measures, " + observations().size() + " observations, "
                + reporterFeedback().size() + " reporter sections, " + notes().size() + " notes";
    }
}
