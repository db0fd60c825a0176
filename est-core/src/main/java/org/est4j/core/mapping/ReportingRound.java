package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.est4j.core.Problems;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * One reporting round (<i>rapporteringsomgång</i>): for a period, the reporters who were expected to answer by a
 * deadline, who answered, and who answered "nothing to report".
 *
 * <p><b>Silence is not calm.</b> A reporter who did not answer is {@link #silent()}; a reporter who answered that
 * they saw nothing is in {@link #nothingToReport()}. The two are kept apart so that a quiet area with silent
 * reporters is never read as a calm one. Every answer is one of exactly three outcomes:
 *
 * <pre>
 *   expected = silent ∪ answered            (disjoint)
 *   answered = reported ∪ nothingToReport   (disjoint)
 * </pre>
 *
 * <p>Rules, all checked at once by the builder: at least one reporter is expected; everyone who answered was
 * expected; everyone who answered "nothing to report" answered; the deadline is not before the period starts.
 *
 * <p><b>An answer from someone not expected</b> is rejected, so that a typo in an id never passes as an answer.
 * To accept an unplanned answer (a new reporter, a stand-in), add the reporter to {@link #expected()} as well,
 * for example with {@code ReportingRound.builder().from(round).addExpected(id).addAnswered(id).build()}; the
 * reporter then counts in both the numerator and the denominator of {@link #responseRate()}.
 *
 * <pre>{@code
 * ReportingRound round = ReportingRound.builder()
 *     .period(Period.parse("2026-W47"))
 *     .deadlineAt(LocalDateTime.parse("2026-11-24T13:00"))   // Tuesday 13:00, Stockholm time
 *     .expectActive(reporters)
 *     .build();
 * round = round.withReport(ReporterId.of("r-017")).withNothingToReport(ReporterId.of("r-003"));
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingRound {
    ReportingRound() {}

    /**
     * Returns the period the round covers, usually a week, a fortnight or a month.
     *
     * @return never null
     */
    public abstract Period period();

    /**
     * Returns when answers are due, such as Tuesday 13:00 in Norrtälje. It may fall inside the period or after it,
     * but not before it starts.
     *
     * @return never null
     */
    public abstract Instant deadline();

    /**
     * Returns the reporters expected to answer in this round.
     *
     * @return a non-empty set in id order
     */
    @Value.NaturalOrder
    public abstract SortedSet<ReporterId> expected();

    /**
     * Returns the reporters who answered, whether with observations or with "nothing to report".
     *
     * @return a subset of {@link #expected()} in id order
     */
    @Value.NaturalOrder
    public abstract SortedSet<ReporterId> answered();

    /**
     * Returns the reporters whose answer was "nothing to report".
     *
     * @return a subset of {@link #answered()} in id order
     */
    @Value.NaturalOrder
    public abstract SortedSet<ReporterId> nothingToReport();

    // ------------------------------------------------------------------------------------------- derived

    /**
     * Returns the deadline in Stockholm time.
     *
     * @return the deadline at {@link Period#ZONE}
     */
    public ZonedDateTime deadlineLocal() {
        return deadline().atZone(Period.ZONE);
    }

    /**
     * Returns the reporters who were expected and did not answer at all. They are not "nothing to report":
     * nothing is known about their areas in this round.
     *
     * @return {@code expected − answered}, an unmodifiable set in id order
     */
    public SortedSet<ReporterId> silent() {
        return minus(expected(), answered());
    }

    /**
     * Returns the reporters who answered with at least one observation.
     *
     * @return {@code answered − nothingToReport}, an unmodifiable set in id order
     */
    public SortedSet<ReporterId> reported() {
        return minus(answered(), nothingToReport());
    }

    /**
     * Returns the share of expected reporters who answered, "nothing to report" included.
     *
     * @return {@code |answered| / |expected|}, from 0.0 to 1.0 (a round always expects someone, so it is always
     *     defined)
     */
    public double responseRate() {
        return (double) answered().size() / expected().size();
    }

    /**
     * Tells whether every expected reporter has answered.
     *
     * @return true when {@link #silent()} is empty
     */
    public boolean isComplete() {
        return answered().size() == expected().size();
    }

    private static SortedSet<ReporterId> minus(SortedSet<ReporterId> from, SortedSet<ReporterId> remove) {
        TreeSet<ReporterId> result = new TreeSet<>(from);
        result.removeAll(remove);
        return Collections.unmodifiableSortedSet(result);
    }

    // ------------------------------------------------------------------------------------------- answers

    /**
     * Returns this round with an answer that brought at least one observation. An earlier "nothing to report" from
     * the same reporter is withdrawn: what they reported wins.
     *
     * @param reporter the reporter who answered
     * @return the updated round
     * @throws org.est4j.core.ValidationException when the reporter is not expected in this round
     */
    public ReportingRound withReport(ReporterId reporter) {
        requireNonNull(reporter, "reporter");
        TreeSet<ReporterId> nothing = new TreeSet<>(nothingToReport());
        nothing.remove(reporter);
        return builder().from(this).addAnswered(reporter).nothingToReport(nothing).build();
    }

    /**
     * Returns this round with a "nothing to report" answer. If the reporter has already reported observations in
     * this round, the round is returned unchanged: what they reported wins over a later "nothing".
     *
     * @param reporter the reporter who answered
     * @return the updated round
     * @throws org.est4j.core.ValidationException when the reporter is not expected in this round
     */
    public ReportingRound withNothingToReport(ReporterId reporter) {
        requireNonNull(reporter, "reporter");
        if (answered().contains(reporter) && !nothingToReport().contains(reporter)) {
            return this;
        }
        return builder().from(this).addAnswered(reporter).addNothingToReport(reporter).build();
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Opens a round: nobody has answered yet.
     *
     * @param period the period covered
     * @param deadline when answers are due
     * @param expected the reporters expected to answer, at least one
     * @return the round
     * @throws org.est4j.core.ValidationException when a rule is broken
     */
    public static ReportingRound of(Period period, Instant deadline, Iterable<ReporterId> expected) {
        requireNonNull(expected, "expected");
        return builder().period(period).deadline(deadline).addAllExpected(expected).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportingRound}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableReportingRound.Builder {
        Builder() {}

        /**
         * Sets the deadline from a local date and time in Stockholm. In the hour skipped when clocks go forward,
         * the time is moved later by that hour.
         *
         * @param local the date and time on a Stockholm clock, such as {@code 2026-11-24T13:00}
         * @return this builder
         */
        public Builder deadlineAt(LocalDateTime local) {
            deadline(requireNonNull(local, "local").atZone(Period.ZONE).toInstant());
            return this;
        }

        /**
         * Adds every {@linkplain Reporter#active() active} reporter of a list to the expected reporters; inactive
         * ones are left out.
         *
         * @param reporters the reporters, such as every reporter of the group
         * @return this builder
         */
        public Builder expectActive(Iterable<Reporter> reporters) {
            for (Reporter reporter : requireNonNull(reporters, "reporters")) {
                if (requireNonNull(reporter, "reporters[]").active()) {
                    addExpected(reporter.id());
                }
            }
            return this;
        }
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("ReportingRound")
                .requirePresent(period(), "period")
                .requirePresent(deadline(), "deadline")
                .require(!expected().isEmpty(), "expected",
                        "must name at least one reporter: a round that expects no one says nothing about coverage", null);
        if (period() != null && deadline() != null) {
            problems.require(!deadline().isBefore(period().interval().getStart()), "deadline",
                    "must not be before the period " + period() + " starts (" + period().startDate() + " 00:00 Stockholm time)",
                    deadline().atZone(Period.ZONE).toLocalDateTime());
        }
        for (ReporterId id : answered()) {
            problems.require(expected().contains(id), "answered",
                    "was not expected in this round; add the reporter to expected as well to accept an unplanned answer", id);
        }
        for (ReporterId id : nothingToReport()) {
            problems.require(answered().contains(id), "nothingToReport",
                    "must also be in answered: \"nothing to report\" is an answer", id);
        }
        problems.throwIfAny();
    }

    /**
     * Returns the coverage in words, such as
     * {@code 2026-W47: 15 expected, 12 answered (3 nothing to report), 3 silent}.
     */
    @Override
    public String toString() {
        return period() + ": " + expected().size() + " expected, " + answered().size() + " answered ("
                + nothingToReport().size() + " nothing to report), " + (expected().size() - answered().size()) + " silent";
    }
}
