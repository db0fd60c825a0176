package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.immutables.value.Value;

/**
 * The measures due for follow-up on a day, for the group's next meeting: every measure for which
 * {@link Measure#isDueForFollowUp(LocalDate, Collection)} holds, longest overdue first.
 *
 * <pre>{@code
 * FollowUpAgenda agenda = FollowUpAgenda.of(LocalDate.of(2026, 12, 21), measures, followUps);
 * agenda.due();   // the ongoing measures whose follow-up interval has passed
 * }</pre>
 *
 * <p>Only ongoing measures fall due (see {@link Measure#isDueForFollowUp}); follow-ups dated after the day are not
 * counted. Lines are ordered by due date, then by measure id.
 *
 * <p>Rules, all checked at once by the builder: the day is given; every line is for that day; no measure appears
 * twice. Lines are kept in the documented order.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpAgenda {
    private static final Comparator<DueFollowUp> ORDER = Comparator.comparing(DueFollowUp::dueOn)
            .thenComparing(d -> d.measure().id());

    FollowUpAgenda() {}

    /**
     * Returns the day the agenda is for.
     *
     * @return never null
     */
    public abstract LocalDate date();

    /**
     * Returns the measures due, longest overdue first.
     *
     * @return possibly empty
     */
    public abstract List<DueFollowUp> due();

    /**
     * Lists the measures due for follow-up on a day.
     *
     * @param date the day, such as the day of the next meeting
     * @param measures the measures
     * @param followUps follow-ups of any measures; those dated after {@code date} are ignored
     * @return the agenda
     * @throws org.est4j.core.ValidationException when two measures due have the same id
     */
    public static FollowUpAgenda of(LocalDate date, Collection<Measure> measures, Collection<FollowUp> followUps) {
        requireNonNull(date, "date");
        requireNonNull(measures, "measures");
        requireNonNull(followUps, "followUps");
        List<FollowUp> known = followUps.stream().filter(f -> !f.date().isAfter(date)).collect(Collectors.toList());
        Builder b = builder().date(date);
        for (Measure m : measures) {
            if (m.isDueForFollowUp(date, known)) {
                Optional<LocalDate> last = known.stream().filter(f -> f.measure().equals(m.id()))
                        .map(FollowUp::date).filter(d -> d.isAfter(m.start())).max(Comparator.naturalOrder());
                b.addDue(DueFollowUp.builder().measure(m).dueOn(m.nextFollowUpDate(known)).lastFollowUp(last)
                        .asOf(date).build());
            }
        }
        return b.build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FollowUpAgenda}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableFollowUpAgenda.Builder {
        Builder() {}
    }

    @Value.Check
    FollowUpAgenda normalise() {
        Problems problems = Problems.of("FollowUpAgenda").requirePresent(date(), "date");
        Map<MeasureId, Integer> seen = new HashMap<>();
        for (int i = 0; i < due().size(); i++) {
            DueFollowUp d = due().get(i);
            Integer earlier = seen.putIfAbsent(d.measure().id(), i);
            problems.require(earlier == null, "due[" + i + "].measure.id", "must be unique; due[" + earlier
                    + "] is of the same measure", d.measure().id());
            problems.require(date() == null || d.asOf().equals(date()), "due[" + i + "].asOf",
                    "must be the agenda's date " + date(), d.asOf());
        }
        problems.throwIfAny();
        List<DueFollowUp> sorted = due().stream().sorted(ORDER).collect(Collectors.toList());
        return sorted.equals(due()) ? this : builder().from(this).due(sorted).build();
    }

    /** Returns the day and the number due, then one measure per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FollowUpAgenda ").append(date()).append(": ")
                .append(Words.count(due().size(), "measure", "measures")).append(" due");
        due().forEach(d -> s.append("\n  ").append(d));
        return s.toString();
    }
}
