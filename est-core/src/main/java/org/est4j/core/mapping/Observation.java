package org.est4j.core.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.immutables.value.Value;

/**
 * One observation (<i>iakttagelse</i>, <i>händelse</i>): <em>what</em> (a category and a description), <em>where</em>
 * (an area, optionally a named place and a point) and <em>when</em>, with the reporter's own judgement of how
 * serious it was, where it came from and who may see it.
 *
 * <p><b>Place, not person.</b> An observation has no field for anyone's identity: not the people involved, and for
 * citizens and the police not the one who told either. Only a trained reporter is named, by a pseudonymous
 * {@link ReporterId}. The {@link #description()} is free text and can still hold names, personal identity numbers,
 * phone numbers or e-mail addresses; the disclosure policy redacts them before anything leaves the group.
 *
 * <p><b>When.</b> {@link #occurredAt()} is an instant; {@link #timeOfDay()} is its band in Stockholm time unless
 * given, and {@link #timePrecision()} says how much of that is known:
 *
 * <ul>
 *   <li>the exact time: {@code .occurredAt(instant)} or {@code .occurredAtLocal(LocalDateTime)}
 *       ({@link TimePrecision#EXACT});</li>
 *   <li>only "in the evening": {@code .occurredOn(date, TimeOfDay.EVENING)}, which stores the middle of the band
 *       ({@link TimePrecision#PART_OF_DAY}); setting {@code .timeOfDay(EVENING)} next to an instant that is not in
 *       the evening means the same;</li>
 *   <li>only the day: {@code .occurredOn(date)}, which stores noon and {@link TimePrecision#DATE}; its
 *       {@link #timeOfDay()} is then a stand-in, and {@link #knownTimeOfDay()} is empty. Breakdowns by part of the
 *       day use {@link #knownTimeOfDay()} and leave such observations out.</li>
 * </ul>
 *
 * <p><b>Rules</b>, all checked at once by the builder: id, source, area, occurred-at, category and severity are
 * required; a reporter is named when, and only when, the source is {@link Source#REPORTER}; texts are not blank and
 * not too long; with {@link TimePrecision#EXACT} the time of day agrees with the instant; a report is not made
 * before the observation could have happened. That the area and the category exist is checked by their owners
 * ({@link Taxonomy#require(CategoryId)}).
 *
 * <pre>{@code
 * Observation o = Observation.builder()
 *     .id(ObservationId.of("o-1"))
 *     .source(Source.REPORTER).reporter(ReporterId.of("r-017"))
 *     .area(AreaId.of("norrtalje/centrum")).placeName("Torget")
 *     .occurredAtLocal(LocalDateTime.parse("2026-11-20T21:40"))
 *     .category(CategoryId.of("property-damage.graffiti"))
 *     .severity(Severity.MODERATE)
 *     .description("Nytt klotter på busskuren")
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {
    /** The longest {@link #description()} accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    /** The longest {@link #placeName()} or {@link #channel()} accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final Comparator<Observation> BY_OCCURRENCE =
            Comparator.comparing(Observation::occurredAt).thenComparing(Observation::id);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    Observation() {}

    /**
     * Returns the observation's identifier.
     *
     * @return never null
     */
    public abstract ObservationId id();

    /**
     * Returns where the observation came from.
     *
     * @return never null
     */
    public abstract Source source();

    /**
     * Returns the reporter who made the observation.
     *
     * @return present exactly when {@link #source()} is {@link Source#REPORTER}
     */
    public abstract Optional<ReporterId> reporter();

    /**
     * Returns how the observation came in, such as {@code app}, {@code e-tjänst}, {@code telefon} or
     * {@code polisen.se}.
     *
     * @return the channel, or empty; when present 1 to {@value #MAX_NAME_LENGTH} characters, not blank
     */
    public abstract Optional<String> channel();

    /**
     * Returns the area it happened in, at any level of the hierarchy (the most precise the reporter knew).
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the name of the place, such as {@code Torget}, {@code Stationen} or {@code skolgården}.
     *
     * @return the name, or empty; when present 1 to {@value #MAX_NAME_LENGTH} characters, not blank
     */
    public abstract Optional<String> placeName();

    /**
     * Returns the position, when the reporter pinned it on a map.
     *
     * @return the point, or empty
     */
    public abstract Optional<GeoPoint> point();

    /**
     * Returns when it happened; with a {@link #timePrecision()} other than {@code EXACT}, only the day (and the part
     * of the day) of this instant in Stockholm time are meaningful.
     *
     * @return never null
     */
    public abstract Instant occurredAt();

    /**
     * Returns the part of the day it happened in: the band of {@link #occurredAt()} in Stockholm time unless given.
     * For an observation with {@link TimePrecision#DATE} this is a stand-in; use {@link #knownTimeOfDay()}.
     *
     * @return never null
     */
    @Value.Default
    public TimeOfDay timeOfDay() {
        return occurredAt() == null ? null : TimeOfDay.of(occurredAt().atZone(Period.ZONE).toLocalTime());
    }

    /**
     * Returns how precisely the time is known. Unless given, it is {@link TimePrecision#EXACT} when
     * {@link #timeOfDay()} agrees with {@link #occurredAt()}, and {@link TimePrecision#PART_OF_DAY} when a time of
     * day was given that does not.
     *
     * @return never null
     */
    @Value.Default
    public TimePrecision timePrecision() {
        return timeOfDay() == null || timeOfDay() == timeOfDay(occurredAt()) ? TimePrecision.EXACT : TimePrecision.PART_OF_DAY;
    }

    /**
     * Returns the category, a category of the group's {@link Taxonomy}.
     *
     * @return never null
     */
    public abstract CategoryId category();

    /**
     * Returns how serious the one who reported judged it.
     *
     * @return never null
     */
    public abstract Severity severity();

    /**
     * Returns the free-text description. It may hold personal data against all guidance (names, personal identity
     * numbers, phone numbers, e-mail addresses): the disclosure policy redacts it for every audience beyond the
     * group, and it is never shown in {@link #toString()}.
     *
     * @return the text, empty by default, at most {@value #MAX_DESCRIPTION_LENGTH} characters
     */
    @Value.Default
    public String description() {
        return "";
    }

    /**
     * Returns who may see the observation. Unless given: {@link Visibility#GROUP} for a {@link Source#POLICE}
     * observation, since police information may not be shared beyond the group; {@link Visibility#PARTNERS} for
     * every other source. {@link Visibility#PUBLIC} is never a default: publishing is a decision.
     *
     * @return never null
     */
    @Value.Default
    public Visibility visibility() {
        return source() == Source.POLICE ? Visibility.GROUP : Visibility.PARTNERS;
    }

    /**
     * Returns when the observation was reported, if known.
     *
     * @return the instant, or empty; when present not before the observation could have happened
     */
    public abstract Optional<Instant> reportedAt();

    // ------------------------------------------------------------------------------------------- derived

    /**
     * Returns the day it happened, in Stockholm.
     *
     * @return the local date of {@link #occurredAt()}
     */
    public LocalDate occurredDate() {
        return LocalDate.ofInstant(occurredAt(), Period.ZONE);
    }

    /**
     * Returns the part of the day it happened in, when known.
     *
     * @return {@link #timeOfDay()}, or empty for an observation with {@link TimePrecision#DATE}
     */
    public Optional<TimeOfDay> knownTimeOfDay() {
        return timePrecision() == TimePrecision.DATE ? Optional.empty() : Optional.of(timeOfDay());
    }

    /**
     * Returns the earliest instant the observation can have happened at, given its precision: the instant itself,
     * the start of its band, or the start of its day.
     *
     * @return the earliest possible instant
     */
    public Instant earliestOccurrence() {
        switch (timePrecision()) {
            case PART_OF_DAY:
                return occurredDate().atTime(startOf(timeOfDay())).atZone(Period.ZONE).toInstant();
            case DATE:
                return occurredDate().atStartOfDay(Period.ZONE).toInstant();
            default:
                return occurredAt();
        }
    }

    /**
     * Returns an order by occurrence: {@link #occurredAt()}, then {@link #id()}, so that sorted output is
     * deterministic.
     *
     * @return the comparator
     */
    public static Comparator<Observation> byOccurrence() {
        return BY_OCCURRENCE;
    }

    private static TimeOfDay timeOfDay(Instant instant) {
        return instant == null ? null : TimeOfDay.of(instant.atZone(Period.ZONE).toLocalTime());
    }

    private static LocalTime startOf(TimeOfDay band) {
        switch (band) {
            case NIGHT:
                return LocalTime.MIDNIGHT;
            case MORNING:
                return LocalTime.of(6, 0);
            case AFTERNOON:
                return LocalTime.NOON;
            default:
                return LocalTime.of(18, 0);
        }
    }

    // ------------------------------------------------------------------------------------------- creation

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Observation}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableObservation.Builder {
        Builder() {}

        /**
         * Sets the exact time from a Stockholm clock. In the hour skipped when clocks go forward the time is moved
         * later by that hour; in the hour repeated when they go back, the earlier one is taken.
         *
         * @param local the date and time on a Stockholm clock
         * @return this builder
         */
        public Builder occurredAtLocal(LocalDateTime local) {
            occurredAt(requireNonNull(local, "local").atZone(Period.ZONE).toInstant());
            return this;
        }

        /**
         * Sets a time known only to the part of the day: the middle of the band in Stockholm (03:00, 09:00, 15:00
         * or 21:00), the band, and {@link TimePrecision#PART_OF_DAY}.
         *
         * @param date the day, in Stockholm
         * @param band the part of the day
         * @return this builder
         */
        public Builder occurredOn(LocalDate date, TimeOfDay band) {
            requireNonNull(date, "date");
            occurredAt(date.atTime(startOf(requireNonNull(band, "band")).plusHours(3)).atZone(Period.ZONE).toInstant());
            timeOfDay(band);
            timePrecision(TimePrecision.PART_OF_DAY);
            return this;
        }

        /**
         * Sets a time known only to the day: noon in Stockholm and {@link TimePrecision#DATE}.
         *
         * @param date the day, in Stockholm
         * @return this builder
         */
        public Builder occurredOn(LocalDate date) {
            occurredAt(requireNonNull(date, "date").atTime(LocalTime.NOON).atZone(Period.ZONE).toInstant());
            timePrecision(TimePrecision.DATE);
            return this;
        }
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Observation")
                .requirePresent(id(), "id")
                .requirePresent(source(), "source");
        if (source() != null) {
            problems.require(source() != Source.REPORTER || reporter().isPresent(), "reporter",
                            "is required when the source is REPORTER", null)
                    .require(source() == Source.REPORTER || reporter().isEmpty(), "reporter",
                            "must be empty unless the source is REPORTER (the source is " + source()
                                    + "): only trained reporters are named; say how it came in with channel",
                            reporter().orElse(null));
        }
        shortText(problems, channel().orElse(null), "channel");
        problems.requirePresent(area(), "area");
        shortText(problems, placeName().orElse(null), "placeName");
        problems.requirePresent(occurredAt(), "occurredAt")
                .requirePresent(timePrecision(), "timePrecision")
                .requirePresent(category(), "category")
                .requirePresent(severity(), "severity")
                .requirePresent(description(), "description")
                .require(description() == null || description().length() <= MAX_DESCRIPTION_LENGTH, "description",
                        "must be at most " + MAX_DESCRIPTION_LENGTH + " characters",
                        description() == null ? null : description().length() + " characters")
                .requirePresent(visibility(), "visibility");
        if (occurredAt() != null) {
            problems.requirePresent(timeOfDay(), "timeOfDay");
            TimeOfDay band = timeOfDay(occurredAt());
            problems.require(timePrecision() != TimePrecision.EXACT || timeOfDay() == null || timeOfDay() == band,
                    "timeOfDay", "must be " + band + ", the band of occurredAt ("
                            + occurredAt().atZone(Period.ZONE).toLocalDateTime() + " Stockholm time), when the time is"
                            + " EXACT; set timePrecision PART_OF_DAY when only the part of the day is known (a copy"
                            + " made with from() keeps the old timeOfDay: set it too when changing occurredAt)",
                    timeOfDay());
            if (timePrecision() != null && timeOfDay() != null && reportedAt().isPresent()) {
                Instant earliest = earliestOccurrence();
                problems.require(!reportedAt().get().isBefore(earliest), "reportedAt",
                        "must not be before the observation could have happened ("
                                + earliest.atZone(Period.ZONE).toLocalDateTime() + " Stockholm time)",
                        reportedAt().get().atZone(Period.ZONE).toLocalDateTime());
            }
        }
        problems.throwIfAny();
    }

    private static void shortText(Problems problems, String text, String path) {
        problems.require(text == null || !text.isBlank(), path, "must not be blank when given", text)
                .require(text == null || text.length() <= MAX_NAME_LENGTH, path,
                        "must be at most " + MAX_NAME_LENGTH + " characters", text == null ? null : text.length() + " characters");
    }

    /**
     * Returns a summary without the description, such as
     * {@code o-1 2026-11-20 21:40 EVENING norrtalje/centrum (Torget) property-damage.graffiti severity 3, REPORTER r-017, PARTNERS}.
     */
    @Override
    public String toString() {
        ZonedDateTime local = occurredAt().atZone(Period.ZONE);
        StringBuilder s = new StringBuilder().append(id()).append(' ').append(local.toLocalDate());
        if (timePrecision() == TimePrecision.EXACT) {
            s.append(' ').append(MINUTES.format(local));
        }
        knownTimeOfDay().ifPresent(band -> s.append(' ').append(band));
        s.append(' ').append(area());
        placeName().ifPresent(place -> s.append(" (").append(place).append(')'));
        s.append(' ').append(category()).append(" severity ").append(severity().rank()).append(", ").append(source());
        reporter().ifPresent(r -> s.append(' ').append(r));
        return s.append(", ").append(visibility()).toString();
    }
}
