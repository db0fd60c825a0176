package org.est4j.core.feedback;

import java.util.List;
import java.util.Optional;
import org.est4j.core.Labelled;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.measure.MeasureId;
import org.immutables.value.Value;

/**
 * "What came of what you reported": the part of a reporters' {@link FeedbackReport} for one reporter or one
 * organisation — the reports of the period that the audience may see, by area and category, the areas they were
 * made in (whose levels, trends and hotspots are in the report's {@linkplain FeedbackReport#areas() area rows}),
 * and the measures aimed at those areas. The counts are suppressed as the policy requires, like every table of a
 * report.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReporterFeedback {
    /** Whom the feedback is for. */
    public enum Kind implements Labelled {
        /** One reporter, by pseudonymous id. */
        REPORTER("Rapportör", "Reporter"),
        /** An organisation: all of its reporters together. */
        ORGANISATION("Organisation", "Organisation");

        private final String labelSv;
        private final String labelEn;

        Kind(String labelSv, String labelEn) {
            this.labelSv = labelSv;
            this.labelEn = labelEn;
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

    ReporterFeedback() {}

    /**
     * Returns whom the feedback is for.
     *
     * @return a reporter or an organisation
     */
    public abstract Kind kind();

    /**
     * Returns the reporter.
     *
     * @return the pseudonymous id for {@link Kind#REPORTER}, empty for an organisation
     */
    public abstract Optional<ReporterId> reporter();

    /**
     * Returns the organisation: the reporter's, or the one the feedback is for.
     *
     * @return never null
     */
    public abstract ActorId actor();

    /**
     * Returns the organisation's name.
     *
     * @return never blank
     */
    public abstract String actorName();

    /**
     * Returns the reports of the period the audience may see, by area (the areas reported in) and top-level
     * category, suppressed as the policy requires.
     *
     * @return the table; its total is the number of reports
     */
    public abstract SuppressedTable<AreaId, CategoryId> reports();

    /**
     * Returns the areas reported in, in the hierarchy's order.
     *
     * @return possibly empty, when nothing was reported
     */
    public abstract List<AreaId> areas();

    /**
     * Returns the measures shown in the report that are aimed at those areas, at an area around one of them or at
     * an area within one.
     *
     * @return sorted by id
     */
    public abstract List<MeasureId> measures();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReporterFeedback}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableReporterFeedback.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("ReporterFeedback")
                .requirePresent(kind(), "kind")
                .require(kind() == null || (kind() == Kind.REPORTER) == reporter().isPresent(), "reporter",
                        "must be given exactly for a REPORTER", reporter().orElse(null))
                .requirePresent(actor(), "actor")
                .require(actorName() != null && !actorName().isBlank(), "actorName", "must not be blank", actorName())
                .requirePresent(reports(), "reports")
                .throwIfAny();
    }

    /** Returns {@code Feedback for reporter r-017 (Sjövikens bostäder): 3 areas, 1 measure}. */
    @Override
    public String toString() {
        return "Feedback for " + (kind() == Kind.REPORTER ? "reporter " + reporter().map(Object::toString).orElse("")
                + " (" + actorName() + ")" : "organisation " + actorName()) + ": " + areas().size()
                + (areas().size() == 1 ? " area, " : " areas, ") + measures().size()
                + (measures().size() == 1 ? " measure" : " measures");
    }
}
