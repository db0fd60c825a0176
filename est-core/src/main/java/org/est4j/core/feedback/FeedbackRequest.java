package org.est4j.core.feedback;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.analysis.CauseAnalysis;
import org.est4j.core.analysis.Prioritisation;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * What a feedback report or a statutory report is asked for: the policy (and so the audience), the period, and
 * the material the cycle does not keep itself — the prioritisations whose focus areas to show and, for the
 * statutory report's analysis, the group's cause analyses.
 *
 * <pre>{@code
 * FeedbackRequest r = FeedbackRequest.builder().policy(DisclosurePolicy.forAudience(Audience.PUBLIC))
 *         .period(Period.month(2025, 3)).addPrioritisations(q1).build();
 * FeedbackReport report = cycle.feedback(r);
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeedbackRequest {
    FeedbackRequest() {}

    /**
     * Returns the policy the report is built through.
     *
     * @return never null
     */
    public abstract DisclosurePolicy policy();

    /**
     * Returns the period reported on; a year for a statutory report.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns the title.
     *
     * @return the title, or empty for {@code Lägesrapport} (the period is shown beside it), or the statutory
     *     report's title
     */
    public abstract Optional<String> title();

    /**
     * Returns the name of the municipality or group the report is from.
     *
     * @return the name, or empty for the names of the hierarchy's top areas
     */
    public abstract Optional<String> municipality();

    /**
     * Returns the language of notes, titles and redaction tokens.
     *
     * @return Swedish unless set
     */
    @Value.Default
    public Locale locale() {
        return Locale.forLanguageTag("sv");
    }

    /**
     * Returns the prioritisations whose focus areas the report shows: those whose period overlaps the report's.
     *
     * @return possibly empty
     */
    public abstract List<Prioritisation> prioritisations();

    /**
     * Returns the group's cause analyses, for a statutory report's analysis: those of the year whose visibility the
     * policy allows are shown, redacted.
     *
     * @return possibly empty
     */
    public abstract List<CauseAnalysis> causeAnalyses();

    /**
     * Returns the request for an audience's default policy and a period.
     *
     * @param audience the audience
     * @param period the period
     * @return a request with nothing else set
     */
    public static FeedbackRequest of(Audience audience, Period period) {
        return of(DisclosurePolicy.forAudience(requireNonNull(audience, "audience")), period);
    }

    /**
     * Returns the request for a policy and a period.
     *
     * @param policy the policy
     * @param period the period
     * @return a request with nothing else set
     */
    public static FeedbackRequest of(DisclosurePolicy policy, Period period) {
        return builder().policy(requireNonNull(policy, "policy")).period(requireNonNull(period, "period")).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FeedbackRequest}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableFeedbackRequest.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("FeedbackRequest")
                .requirePresent(policy(), "policy")
                .requirePresent(period(), "period")
                .requirePresent(locale(), "locale")
                .require(title().map(t -> !t.isBlank()).orElse(true), "title", "must not be blank when given", null)
                .require(municipality().map(t -> !t.isBlank()).orElse(true), "municipality",
                        "must not be blank when given", null)
                .throwIfAny();
    }

    /** Returns {@code FeedbackRequest PUBLIC 2025-03}. */
    @Override
    public String toString() {
        return "FeedbackRequest " + policy().audience() + " " + period();
    }
}
