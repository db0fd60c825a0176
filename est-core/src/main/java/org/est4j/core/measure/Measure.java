package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.immutables.value.Value;

/**
 * A measure (<i>insats, åtgärd</i>) the group decided: what is done ({@link #title()}, {@link #type()}), where
 * ({@link #targetAreas()}) and against what ({@link #targetCategories()}), who leads it and who takes part, when
 * it starts and ends, how far ahead it looks ({@link #horizon()}) and where it stands ({@link #status()}).
 *
 * <pre>{@code
 * Measure m = Measure.builder().id(MeasureId.of("2026-047")).title("Belysning vid busshållplatsen")
 *         .type(MeasureType.LIGHTING).addTargetAreas(AreaId.of("norrtalje/centrum/torget"))
 *         .addTargetCategories(CategoryId.of("unsafe-place/lighting"))
 *         .leadActor(ActorId.of("tekniska-kontoret")).addPartners(ActorId.of("bostadsbolaget"))
 *         .start(LocalDate.of(2026, 11, 23)).horizon(Horizon.SHORT).build();
 * Measure started = m.transitionTo(MeasureStatus.ONGOING, LocalDate.of(2026, 11, 23));
 * }</pre>
 *
 * <p>Defaults: {@link #status()} is {@link MeasureStatus#PLANNED}; {@link #visibility()} is
 * {@link Visibility#GROUP}, because a measure may reveal police work or a partner's plans and leaves the group only
 * when someone decides so (set {@code PARTNERS} or {@code PUBLIC} then); {@link #followUpEvery()} is four weeks.
 *
 * <p>Rules, checked by {@link Builder#build()}: id, title, type, lead actor, start and horizon are required and the
 * title is not blank; there is at least one target area; the lead actor is not also listed among the partners;
 * the end, when given, is not before the start; a {@linkplain MeasureStatus#DONE done} measure has an end; a
 * description is not blank; the follow-up interval is positive. Status changes go through
 * {@link #transitionTo(MeasureStatus, LocalDate)}, which enforces {@link MeasureStatus#canBecome(MeasureStatus)}
 * (the builder can set any status, for measures read back from storage).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measure {
    /** The default interval between follow-ups: four weeks. */
    public static final java.time.Period DEFAULT_FOLLOW_UP_INTERVAL = java.time.Period.ofWeeks(4);

    Measure() {}

    /**
     * Returns the id that follow-ups refer to.
     *
     * @return never null
     */
    public abstract MeasureId id();

    /**
     * Returns what is done, in a few words, such as {@code "Belysning vid busshållplatsen"}.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the kind of measure.
     *
     * @return never null
     */
    public abstract MeasureType type();

    /**
     * Returns the areas the measure is aimed at.
     *
     * @return an unmodifiable set, sorted by id, never empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<AreaId> targetAreas();

    /**
     * Returns the categories of problem the measure is aimed at.
     *
     * @return an unmodifiable set, sorted by id, empty when the measure is aimed at insecurity in general
     */
    @Value.NaturalOrder
    public abstract SortedSet<CategoryId> targetCategories();

    /**
     * Returns the actor that leads the measure and answers for it at follow-up.
     *
     * @return never null
     */
    public abstract ActorId leadActor();

    /**
     * Returns the other actors taking part (<i>samverkanspartner</i>), without the lead actor.
     *
     * @return an unmodifiable set, sorted by id, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<ActorId> partners();

    /**
     * Returns the first day of the measure, planned or actual. Status changes do not move it.
     *
     * @return never null
     */
    public abstract LocalDate start();

    /**
     * Returns the last day of the measure, planned or actual.
     *
     * @return the end, not before {@link #start()}, or empty while open-ended; always present when done
     */
    public abstract Optional<LocalDate> end();

    /**
     * Returns how far ahead the measure looks.
     *
     * @return never null
     */
    public abstract Horizon horizon();

    /**
     * Returns where the measure stands.
     *
     * @return {@link MeasureStatus#PLANNED} unless set
     */
    @Value.Default
    public MeasureStatus status() {
        return MeasureStatus.PLANNED;
    }

    /**
     * Returns a longer description: what exactly is done, how often, by whom.
     *
     * @return the description, never blank, or empty
     */
    public abstract Optional<String> description();

    /**
     * Returns who may see the measure.
     *
     * @return {@link Visibility#GROUP} unless set
     */
    @Value.Default
    public Visibility visibility() {
        return Visibility.GROUP;
    }

    /**
     * Returns how often an ongoing measure is followed up.
     *
     * @return a positive period, {@link #DEFAULT_FOLLOW_UP_INTERVAL four weeks} unless set
     */
    @Value.Default
    public java.time.Period followUpEvery() {
        return DEFAULT_FOLLOW_UP_INTERVAL;
    }

    /**
     * Tells whether an actor takes part in the measure, as lead or as partner.
     *
     * @param actor an actor
     * @return true when it is the lead actor or one of the partners
     */
    public boolean involves(ActorId actor) {
        requireNonNull(actor, "actor");
        return leadActor().equals(actor) || partners().contains(actor);
    }

    /**
     * Returns this measure moved to another status on a date.
     *
     * <p>Moving to {@link MeasureStatus#DONE} or {@link MeasureStatus#CANCELLED} sets the end: to {@code on} when
     * there is none, or to {@code on} when that is earlier than the planned end (the measure stopped early); a
     * planned end that is earlier than {@code on} is kept (the status was recorded after the fact). A measure
     * cancelled on a date before its start never ran, so its end is removed. Moving to
     * {@link MeasureStatus#ONGOING} changes only the status; set the start with the builder when the actual start
     * differs from the planned one.
     *
     * @param next the status wanted
     * @param on the day of the change
     * @return a new measure with that status
     * @throws IllegalTransitionException when the current status {@linkplain MeasureStatus#canBecome cannot
     *     become} {@code next}
     * @throws ValidationException when the measure would be done before its start
     */
    public Measure transitionTo(MeasureStatus next, LocalDate on) {
        requireNonNull(next, "next");
        requireNonNull(on, "on");
        if (!status().canBecome(next)) {
            throw new IllegalTransitionException(id(), status(), next);
        }
        Builder changed = builder().from(this).status(next);
        if (next.isFinal()) {
            if (on.isBefore(start())) {
                Problems.of("Measure " + id())
                        .require(next != MeasureStatus.DONE, "end", "cannot be done on a date before its start "
                                + start() + "; correct the start first, or cancel the measure", on)
                        .throwIfAny();
                changed.end(Optional.empty());
            } else {
                changed.end(end().filter(e -> e.isBefore(on)).orElse(on));
            }
        }
        return changed.build();
    }

    /**
     * Returns the day the next follow-up is due: {@link #followUpEvery()} after the latest of the start and the
     * latest follow-up of this measure among those given.
     *
     * @param followUps follow-ups; those of other measures are ignored, so a host may pass all it has
     * @return the due date
     */
    public LocalDate nextFollowUpDate(Collection<FollowUp> followUps) {
        requireNonNull(followUps, "followUps");
        LocalDate base = followUps.stream().filter(f -> f.measure().equals(id())).map(FollowUp::date)
                .filter(d -> d.isAfter(start())).max(LocalDate::compareTo).orElse(start());
        return base.plus(followUpEvery());
    }

    /**
     * Tells whether the measure is due for follow-up on a day: it is {@link MeasureStatus#ONGOING ongoing}, and
     * {@link #followUpEvery()} has passed since the latest of its start and its latest follow-up on or before
     * that day. Planned, done and cancelled measures are never due.
     *
     * @param today the day asked about
     * @param followUps follow-ups; those of other measures, and those dated after {@code today}, are ignored
     * @return true when a follow-up is due on or before {@code today}
     */
    public boolean isDueForFollowUp(LocalDate today, Collection<FollowUp> followUps) {
        requireNonNull(today, "today");
        requireNonNull(followUps, "followUps");
        if (status() != MeasureStatus.ONGOING) {
            return false;
        }
        LocalDate due = nextFollowUpDate(followUps.stream().filter(f -> !f.date().isAfter(today))
                .collect(java.util.stream.Collectors.toList()));
        return !today.isBefore(due);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Measure}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        java.time.Period every = followUpEvery();
        Problems.of("Measure")
                .requirePresent(id(), "id")
                .requirePresent(title(), "title")
                .require(title() == null || !title().isBlank(), "title", "must say what is done, in a few words",
                        title() == null ? null : "'" + title() + "'")
                .requirePresent(type(), "type")
                .require(!targetAreas().isEmpty(), "targetAreas", "must hold at least one area", null)
                .requirePresent(leadActor(), "leadActor")
                .require(leadActor() == null || !partners().contains(leadActor()), "partners",
                        "must not hold the lead actor, " + leadActor() + "; it takes part as lead", partners())
                .requirePresent(start(), "start")
                .require(start() == null || end().map(e -> !e.isBefore(start())).orElse(true), "end",
                        "must not be before the start, " + start(), end().orElse(null))
                .requirePresent(horizon(), "horizon")
                .requirePresent(status(), "status")
                .require(status() != MeasureStatus.DONE || end().isPresent(), "end",
                        "is required when the measure is done", null)
                .require(description().map(d -> !d.isBlank()).orElse(true), "description",
                        "must not be blank when given", description().map(d -> "'" + d + "'").orElse(null))
                .requirePresent(visibility(), "visibility")
                .requirePresent(every, "followUpEvery")
                .require(every == null || !(every.isZero() || every.isNegative()), "followUpEvery",
                        "must be positive, such as P14D or P1M", every)
                .throwIfAny();
    }

    /**
     * Returns the id, title, type, status, dates, lead and areas, such as {@code Measure 2026-047 "Belysning vid
     * busshållplatsen" lighting ONGOING 2026-11-23.. lead tekniska-kontoret areas [norrtalje/centrum/torget]}.
     */
    @Override
    public String toString() {
        return "Measure " + id() + " \"" + title() + "\" " + type() + " " + status() + " " + start() + ".."
                + end().map(LocalDate::toString).orElse("") + " lead " + leadActor() + " areas " + targetAreas();
    }
}
