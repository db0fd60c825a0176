package org.est4j.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.est4j.core.Problems;
import org.est4j.core.assessment.Scale;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.immutables.value.Value;

/**
 * The statutory pair of Lag 2023:196 (<i>lag om kommuners ansvar för brottsförebyggande arbete</i>) for one
 * municipality and one year: the {@linkplain #situation() lägesbild} (§ 4) and the
 * {@linkplain #actionPlan() åtgärdsplan} (§ 5), built from the cycle's own data through a
 * {@link DisclosurePolicy} — the public's by default, since both are public records. The package's rules hold
 * here as in a {@link FeedbackReport}, and the mapping's tables are protected together (see
 * {@link StatutorySituation}).
 *
 * <p>{@link Builder#build()} refuses a report that breaks its own policy, like {@link FeedbackReport}'s.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatutoryReport {
    StatutoryReport() {}

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
     * Returns the title, such as {@code Lägesbild och åtgärdsplan 2025}.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the name of the municipality.
     *
     * @return never blank
     */
    public abstract String municipality();

    /**
     * Returns the year reported on.
     *
     * @return a period of kind {@link PeriodKind#YEAR}
     */
    public abstract Period year();

    /**
     * Returns the language of the report's sentences and titles.
     *
     * @return such as Swedish
     */
    public abstract Locale locale();

    /**
     * Returns the scale the levels are on.
     *
     * @return the scale, or empty
     */
    public abstract Optional<Scale> scale();

    /**
     * Returns the lägesbild: mapping, other information, analysis.
     *
     * @return never null
     */
    public abstract StatutorySituation situation();

    /**
     * Returns the åtgärdsplan: needs and measures.
     *
     * @return never null
     */
    public abstract ActionPlan actionPlan();

    /**
     * Tells whether the report gives the reasons written from all the data: as {@link FeedbackReport#showsReasons()}.
     *
     * @return true in the group's own reports
     */
    public abstract boolean showsReasons();

    /**
     * Returns notes a reader needs: what is left out, the mark of a suppressed cell.
     *
     * @return in the report's language
     */
    public abstract List<String> notes();

    /**
     * Returns every free text of the report (names excepted), in document order.
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
        StatutorySituation s = situation();
        for (AreaRow a : s.areas()) {
            a.decidedBy().ifPresent(out);
            a.reasons().forEach(out);
            for (HotspotRow h : a.hotspots()) {
                h.placeName().ifPresent(out);
                h.reasons().forEach(out);
            }
        }
        s.otherInformation().forEach(out);
        s.analysis().forEach(out);
        s.focusAreas().forEach(f -> f.reasons().forEach(out));
        for (CauseSummary c : s.causeAnalyses()) {
            c.sides().values().forEach(notes -> notes.forEach(out));
            c.conclusions().forEach(out);
        }
        for (MeasureEffectRow e : s.effects()) {
            out.accept(e.title());
            e.reading().ifPresent(out);
        }
        for (MeasureRow m : actionPlan().measures()) {
            out.accept(m.title());
            m.description().ifPresent(out);
            m.latestFollowUp().ifPresent(f -> {
                f.reasons().forEach(out);
                f.readings().forEach(out);
            });
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
     * Builds a {@link StatutoryReport}; {@link #build()} validates every attribute and the report's policy and
     * reports all problems.
     */
    public static final class Builder extends ImmutableStatutoryReport.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        DisclosurePolicy policy = policy();
        Problems problems = Problems.of("StatutoryReport")
                .requirePresent(policy, "policy")
                .require(title() != null && !title().isBlank(), "title", "must not be blank", title())
                .require(municipality() != null && !municipality().isBlank(), "municipality", "must not be blank",
                        municipality())
                .requirePresent(year(), "year")
                .require(year() == null || year().kind() == PeriodKind.YEAR, "year", "must be a YEAR", year())
                .requirePresent(locale(), "locale")
                .requirePresent(situation(), "situation")
                .requirePresent(actionPlan(), "actionPlan");
        if (policy == null || situation() == null || actionPlan() == null) {
            problems.throwIfAny();
            return;
        }
        StatutorySituation s = situation();
        PolicyChecks.reasons(problems, policy, showsReasons());
        PolicyChecks.table(problems, policy, s.extent(), "situation.extent");
        PolicyChecks.table(problems, policy, s.development(), "situation.development");
        PolicyChecks.table(problems, policy, s.consequences(), "situation.consequences");
        PolicyChecks.table(problems, policy, s.history(), "situation.history");
        PolicyChecks.areas(problems, policy, showsReasons(), s.areas(), "situation.areas");
        PolicyChecks.focusAreas(problems, showsReasons(), s.focusAreas(), "situation.focusAreas");
        for (int i = 0; i < s.causeAnalyses().size(); i++) {
            problems.require(policy.allows(s.causeAnalyses().get(i).visibility()),
                    "situation.causeAnalyses[" + i + "].visibility", "must be allowed by the policy (clearance "
                            + policy.clearance() + ")", s.causeAnalyses().get(i).visibility());
        }
        for (int i = 0; i < s.effects().size(); i++) {
            MeasureEffectRow e = s.effects().get(i);
            problems.require(showsReasons() || (e.estimate().isEmpty() && e.reading().isEmpty() && e.method().isEmpty()),
                    "situation.effects[" + i + "]", "must give no estimate, method nor reading in a report that does"
                            + " not show reasons", e.measure());
            problems.require(actionPlan().measures().stream().anyMatch(m -> m.id().equals(e.measure())),
                    "situation.effects[" + i + "].measure", "must be a measure of the action plan", e.measure());
        }
        PolicyChecks.measures(problems, policy, showsReasons(), actionPlan().measures(), "actionPlan.measures");
        PolicyChecks.texts(problems, policy, texts());
        problems.throwIfAny();
    }

    /** Returns {@code StatutoryReport PUBLIC 2025 "…": Lägesbild: …; Åtgärdsplan: …}. */
    @Override
    public String toString() {
        return "StatutoryReport " + audience() + " " + year() + " \"" + title() + "\": " + situation() + "; "
                + actionPlan();
    }
}
