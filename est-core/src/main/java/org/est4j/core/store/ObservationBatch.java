package org.est4j.core.store;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.est4j.core.Identifier;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;

/**
 * Rows on their way into an {@link ObservationStore}, already in the store's column encodings, so that an importer
 * can append millions of observations without building an {@link Observation} per row. It is the one way rows enter
 * a store: {@link ObservationStore#append(Observation)} too encodes its observation into a batch of one.
 *
 * <p>A row is added in one call with its required fields ({@link #addRow}); optional fields are then set on that
 * last row ({@link #placeName}, {@link #channel}, {@link #description}, {@link #point}, {@link #reportedAt},
 * {@link #occurredNano}). Every field is checked as it is given, by the rules of {@link Observation}: an id of the
 * right form, a reporter when and only when the source is {@link Source#REPORTER}, texts not blank and not too long,
 * with {@link TimePrecision#EXACT} a time of day that agrees with the instant, no report before the observation could
 * have happened. A wrong field throws a {@link org.est4j.core.ValidationException} and leaves the batch without the
 * row. That ids are unique is the store's rule, checked when the batch is appended.
 *
 * <pre>{@code
 * ObservationBatch batch = ObservationBatch.create();
 * batch.addRow("obs-1", area, category, epochSecond, TimePrecision.EXACT, TimeOfDay.EVENING, Severity.MODERATE,
 *         Source.POLICE, Visibility.GROUP, null);
 * batch.point(59.33, 18.06).description("Fönster krossat");
 * store.append(batch);
 * }</pre>
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; fill a batch on one thread, then hand
 * it over (appending reads it; it is not changed by being appended and may be appended to another store).
 */
public final class ObservationBatch extends Columns {
    private static final TimeOfDay[] BANDS = TimeOfDay.values();
    /** Per ASCII character: 2 for a letter or digit, 1 for {@code . _ : / -} (not first in an id), 0 for the rest. */
    private static final byte[] ID_CHARACTERS = new byte[128];

    static {
        for (char c = '0'; c <= 'z'; c++) {
            ID_CHARACTERS[c] = (byte) (Character.isLetterOrDigit(c) ? 2 : 0);
        }
        for (char c : new char[] {'.', '_', ':', '/', '-'}) {
            ID_CHARACTERS[c] = 1;
        }
    }

    final Dictionary<AreaId> areas = new Dictionary<>();
    final Dictionary<CategoryId> categories = new Dictionary<>();
    final Dictionary<ReporterId> reporters = new Dictionary<>();
    final Dictionary<String> places = new Dictionary<>();
    final Dictionary<String> channels = new Dictionary<>();
    final Map<Integer, Integer> nanos = new HashMap<>();
    final Map<Integer, Instant> reportedApart = new HashMap<>();
    final Map<Integer, GeoPoint> pointsApart = new HashMap<>();

    int size;

    /** Local days by date (epoch day mod 1024), shared by all batches; entries are immutable, so races are benign. */
    private static final Day[] DAYS = new Day[1024];

    /** Returns the cached local day of a second if it is the day of the second {@code ahead} seconds on. */
    private static Day cachedDay(long second, long ahead) {
        Day day = DAYS[(int) (Math.floorDiv(second + ahead, 86_400L) & (DAYS.length - 1))];
        return day != null && second >= day.starts[0] && second < day.end ? day : null;
    }

    /** A local day: the starts of its four bands (the first is the day's start) and its end, as epoch seconds. */
    private static final class Day {
        final long[] starts;
        final long end;

        Day(long[] starts, long end) {
            this.starts = starts;
            this.end = end;
        }
    }

    private ObservationBatch(int capacity) {
        super(Math.max(1, capacity));
    }

    /**
     * Returns a new, empty batch.
     *
     * @return the batch
     */
    public static ObservationBatch create() {
        return new ObservationBatch(16);
    }

    /**
     * Returns a new, empty batch with room for some rows before it grows.
     *
     * @param capacity the expected number of rows, 0 or more
     * @return the batch
     */
    public static ObservationBatch withCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, was " + capacity);
        }
        return new ObservationBatch(capacity);
    }

    /**
     * Returns a batch of one observation.
     *
     * @param observation the observation
     * @return the batch
     */
    public static ObservationBatch of(Observation observation) {
        return new ObservationBatch(1).add(observation);
    }

    /**
     * Returns the number of rows.
     *
     * @return 0 or more
     */
    public int size() {
        return size;
    }

    /**
     * Returns the id of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the id's text, in Unicode normal form C
     */
    public String idText(int row) {
        return idTexts.text(ids[java.util.Objects.checkIndex(row, size)]);
    }

    // ---------------------------------------------------------------------------------------- adding

    /**
     * Adds an observation, encoded by column.
     *
     * @param observation the observation
     * @return this batch
     */
    public ObservationBatch add(Observation observation) {
        Observation o = requireNonNull(observation, "observation");
        Instant at = o.occurredAt();
        addRow(o.id().value(), o.area(), o.category(), at.getEpochSecond(), o.timePrecision(), o.timeOfDay(),
                o.severity(), o.source(), o.visibility(), o.reporter().orElse(null));
        int row = size - 1;
        if (at.getNano() != 0) {
            nanos.put(row, at.getNano());
        }
        o.placeName().ifPresent(p -> place[row] = places.code(p));
        o.channel().ifPresent(c -> channel[row] = channels.code(c));
        descriptions[row] = descriptionTexts.add(o.description());
        o.point().ifPresent(p -> encodePoint(row, p));
        o.reportedAt().ifPresent(r -> encodeReported(row, at, r));
        return this;
    }

    /**
     * Adds a row with its required fields; set the optional ones on it next.
     *
     * @param id the observation's id: letters, digits and {@code . _ : / -}, starting with a letter or digit, at
     *     most {@value Identifier#MAX_LENGTH} characters
     * @param area the area it was recorded on
     * @param category the category it is filed under
     * @param occurredEpochSecond the second it occurred at (seconds since 1970-01-01T00:00Z)
     * @param precision how much of the time is known
     * @param timeOfDay its part of the day in Stockholm time; with {@link TimePrecision#EXACT} it must be the band of
     *     the instant
     * @param severity the reporter's severity
     * @param source where it came from
     * @param visibility who may see it
     * @param reporter the reporter, required when and only when the source is {@link Source#REPORTER}; else null
     * @return the row's number in the batch
     * @throws org.est4j.core.ValidationException listing every field that breaks a rule; the row is not added
     */
    public int addRow(String id, AreaId area, CategoryId category, long occurredEpochSecond, TimePrecision precision,
            TimeOfDay timeOfDay, Severity severity, Source source, Visibility visibility, ReporterId reporter) {
        if (area == null || category == null) {
            Problems.of("ObservationBatch row " + size).requirePresent(area, "area").requirePresent(category,
                    "category").throwIfAny();
        }
        return addRow(id, areas.code(area), categories.code(category), occurredEpochSecond, precision, timeOfDay,
                severity, source, visibility, reporter);
    }

    /**
     * Returns the batch's code of an area, for {@link #addRow(String, int, int, long, TimePrecision, TimeOfDay,
     * Severity, Source, Visibility, ReporterId)}: an importer that keeps the codes of the values it has seen saves a
     * hash lookup per row. Codes are the batch's own, dense from 0.
     *
     * @param area the area
     * @return its code in this batch
     */
    public int areaCode(AreaId area) {
        return areas.code(requireNonNull(area, "area"));
    }

    /**
     * Returns the batch's code of a category, as {@link #areaCode(AreaId)} does for areas.
     *
     * @param category the category
     * @return its code in this batch
     */
    public int categoryCode(CategoryId category) {
        return categories.code(requireNonNull(category, "category"));
    }

    /**
     * Adds a row with its area and category given by the batch's codes ({@link #areaCode(AreaId)},
     * {@link #categoryCode(CategoryId)}); otherwise as {@link #addRow(String, AreaId, CategoryId, long, TimePrecision,
     * TimeOfDay, Severity, Source, Visibility, ReporterId)}.
     *
     * @param id the observation's id
     * @param areaCode the batch's code of the area
     * @param categoryCode the batch's code of the category
     * @param occurredEpochSecond the second it occurred at
     * @param precision how much of the time is known
     * @param timeOfDay its part of the day in Stockholm time
     * @param severity the reporter's severity
     * @param source where it came from
     * @param visibility who may see it
     * @param reporter the reporter, required when and only when the source is {@link Source#REPORTER}; else null
     * @return the row's number in the batch
     * @throws org.est4j.core.ValidationException listing every field that breaks a rule; the row is not added
     * @throws IndexOutOfBoundsException when a code is not one of this batch's
     */
    public int addRow(String id, int areaCode, int categoryCode, long occurredEpochSecond, TimePrecision precision,
            TimeOfDay timeOfDay, Severity severity, Source source, Visibility visibility, ReporterId reporter) {
        String idText = validId(id);
        check(id, idText, areaCode, categoryCode, occurredEpochSecond, precision, timeOfDay, severity, source,
                visibility, reporter);
        return row(idTexts.add(idText), areaCode, categoryCode, occurredEpochSecond, precision, timeOfDay, severity,
                source, visibility, reporter);
    }

    /**
     * Adds a row whose id is given as UTF-8 bytes, such as a parser finds it in its input: no string is made for an
     * id of ASCII letters, digits and {@code . _ : / -}. Otherwise as {@link #addRow(String, int, int, long,
     * TimePrecision, TimeOfDay, Severity, Source, Visibility, ReporterId)}.
     *
     * @param id the bytes holding the id
     * @param from where the id starts in {@code id}
     * @param to where it ends (exclusive)
     * @param areaCode the batch's code of the area
     * @param categoryCode the batch's code of the category
     * @param occurredEpochSecond the second it occurred at
     * @param precision how much of the time is known
     * @param timeOfDay its part of the day in Stockholm time
     * @param severity the reporter's severity
     * @param source where it came from
     * @param visibility who may see it
     * @param reporter the reporter, required when and only when the source is {@link Source#REPORTER}; else null
     * @return the row's number in the batch
     * @throws org.est4j.core.ValidationException listing every field that breaks a rule; the row is not added
     * @throws IndexOutOfBoundsException when a code is not one of this batch's, or the range is not in {@code id}
     */
    public int addRow(byte[] id, int from, int to, int areaCode, int categoryCode, long occurredEpochSecond,
            TimePrecision precision, TimeOfDay timeOfDay, Severity severity, Source source, Visibility visibility,
            ReporterId reporter) {
        java.util.Objects.checkFromToIndex(from, to, requireNonNull(id, "id").length);
        if (!plainId(id, from, to)) {
            return addRow(new String(id, from, to - from, StandardCharsets.UTF_8), areaCode, categoryCode,
                    occurredEpochSecond, precision, timeOfDay, severity, source, visibility, reporter);
        }
        check("plain", "plain", areaCode, categoryCode, occurredEpochSecond, precision, timeOfDay, severity, source, visibility,
                reporter);
        return row(idTexts.add(id, from, to), areaCode, categoryCode, occurredEpochSecond, precision, timeOfDay,
                severity, source, visibility, reporter);
    }

    /**
     * Checks a row's fields, all problems at once: {@code idText} is the id in normal form, or null when {@code id} is
     * none (an id already checked passes as itself for both).
     */
    private void check(String id, String idText, int areaCode, int categoryCode, long occurredEpochSecond,
            TimePrecision precision, TimeOfDay timeOfDay, Severity severity, Source source, Visibility visibility,
            ReporterId reporter) {
        java.util.Objects.checkIndex(areaCode, areas.size());
        java.util.Objects.checkIndex(categoryCode, categories.size());
        Problems problems = null;
        if (idText == null || precision == null || timeOfDay == null
                || severity == null || source == null || visibility == null
                || (source == Source.REPORTER) != (reporter != null)
                || (precision == TimePrecision.EXACT && band(occurredEpochSecond) != timeOfDay)) {
            problems = Problems.of("ObservationBatch row " + size);
            if (id == null) {
                problems.add("id", "is required", null);
            } else if (idText == null) {
                ObservationId.of(id); // throws with the id's own message
            }
            problems.requirePresent(precision, "timePrecision").requirePresent(timeOfDay, "timeOfDay")
                    .requirePresent(severity, "severity").requirePresent(source, "source")
                    .requirePresent(visibility, "visibility");
            if (source != null) {
                problems.require(source != Source.REPORTER || reporter != null, "reporter",
                        "is required when the source is REPORTER", null);
                problems.require(source == Source.REPORTER || reporter == null, "reporter",
                        "must be empty unless the source is REPORTER (the source is " + source + ")", reporter);
            }
            if (precision == TimePrecision.EXACT && timeOfDay != null) {
                TimeOfDay actual = band(occurredEpochSecond);
                problems.require(actual == timeOfDay, "timeOfDay", "must be " + actual + ", the band of the instant,"
                        + " when the time is EXACT", timeOfDay);
            }
            problems.throwIfAny();
        }
    }

    /** Writes a checked row. */
    private int row(long id, int areaCode, int categoryCode, long occurredEpochSecond, TimePrecision precision,
            TimeOfDay timeOfDay, Severity severity, Source source, Visibility visibility, ReporterId reporter) {
        if (size == ids.length) {
            ensureCapacity(size + 1);
        }
        int row = size;
        ids[row] = id;
        descriptions[row] = 0L;
        this.area[row] = areaCode;
        this.category[row] = categoryCode;
        this.reporter[row] = reporter == null ? Layout.NONE : reporters.code(reporter);
        place[row] = Layout.NONE;
        channel[row] = Layout.NONE;
        kind[row] = Layout.kind(source, visibility, precision);
        judgement[row] = Layout.judgement(severity, timeOfDay);
        occurred[row] = occurredEpochSecond;
        reported[row] = Layout.NONE;
        latitude[row] = Layout.NONE;
        longitude[row] = Layout.NONE;
        fix[row] = Layout.EXACT_FIX;
        size++;
        return row;
    }

    private int last() {
        if (size == 0) {
            throw new IllegalStateException("The batch has no row yet: call addRow first");
        }
        return size - 1;
    }

    /**
     * Names the place of the last row.
     *
     * @param name 1 to {@value Observation#MAX_NAME_LENGTH} characters, not blank
     * @return this batch
     */
    public ObservationBatch placeName(String name) {
        int row = last();
        place[row] = places.code(shortText(name, "placeName"));
        return this;
    }

    /**
     * Says how the last row came in.
     *
     * @param name 1 to {@value Observation#MAX_NAME_LENGTH} characters, not blank
     * @return this batch
     */
    public ObservationBatch channel(String name) {
        int row = last();
        channel[row] = channels.code(shortText(name, "channel"));
        return this;
    }

    /**
     * Sets the free-text description of the last row.
     *
     * @param text at most {@value Observation#MAX_DESCRIPTION_LENGTH} characters
     * @return this batch
     */
    public ObservationBatch description(String text) {
        int row = last();
        requireNonNull(text, "text");
        if (text.length() > Observation.MAX_DESCRIPTION_LENGTH) {
            Problems.of("ObservationBatch row " + row).add("description", "must be at most "
                    + Observation.MAX_DESCRIPTION_LENGTH + " characters", text.length() + " characters").throwIfAny();
        }
        descriptions[row] = descriptionTexts.add(text);
        return this;
    }

    /**
     * Sets the free-text description of the last row from UTF-8 bytes, such as a parser finds them in its input,
     * without making a string.
     *
     * @param text the bytes holding the description: valid UTF-8, at most {@value Observation#MAX_DESCRIPTION_LENGTH}
     *     characters
     * @param from where the description starts in {@code text}
     * @param to where it ends (exclusive)
     * @return this batch
     * @throws org.est4j.core.ValidationException when the bytes are not valid UTF-8 or the text is too long
     * @throws IndexOutOfBoundsException when the range is not in {@code text}
     */
    public ObservationBatch descriptionUtf8(byte[] text, int from, int to) {
        int row = last();
        java.util.Objects.checkFromToIndex(from, to, requireNonNull(text, "text").length);
        int characters = Utf8.utf16Length(text, from, to);
        if (characters < 0 || characters > Observation.MAX_DESCRIPTION_LENGTH) {
            Problems.of("ObservationBatch row " + row).add("description", characters < 0 ? "must be valid UTF-8"
                    : "must be at most " + Observation.MAX_DESCRIPTION_LENGTH + " characters",
                    characters < 0 ? null : characters + " characters").throwIfAny();
        }
        descriptions[row] = descriptionTexts.add(text, from, to);
        return this;
    }

    /**
     * Pins the last row on a map.
     *
     * @param latitude degrees north, -90 to 90
     * @param longitude degrees east, -180 to 180
     * @return this batch
     */
    public ObservationBatch point(double latitude, double longitude) {
        encodePoint(last(), GeoPoint.of(latitude, longitude));
        return this;
    }

    /**
     * Pins the last row on a map, with coordinates already scaled to the store's columns: degrees × 10<sup>7</sup>,
     * which is exactly what {@link #point(double, double)} stores for a coordinate with at most seven decimals.
     *
     * @param latitudeE7 degrees north × 10<sup>7</sup>, -900000000 to 900000000
     * @param longitudeE7 degrees east × 10<sup>7</sup>, -1800000000 to 1800000000
     * @return this batch
     */
    public ObservationBatch pointE7(int latitudeE7, int longitudeE7) {
        int row = last();
        if (latitudeE7 < -900_000_000 || latitudeE7 > 900_000_000 || longitudeE7 < -1_800_000_000
                || longitudeE7 > 1_800_000_000) {
            GeoPoint.of(latitudeE7 / Layout.E7, longitudeE7 / Layout.E7); // throws with the point's own message
        }
        latitude[row] = latitudeE7;
        longitude[row] = longitudeE7;
        fix[row] = Layout.EXACT_FIX;
        return this;
    }

    /**
     * Adds the fraction of a second to when the last row occurred.
     *
     * @param nano 0 to 999,999,999
     * @return this batch
     */
    public ObservationBatch occurredNano(int nano) {
        int row = last();
        if (nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException("nano must be 0 to 999999999, was " + nano);
        }
        if (nano == 0) {
            nanos.remove(row);
        } else {
            nanos.put(row, nano);
        }
        return this;
    }

    /**
     * Says when the last row was reported: not before the observation could have happened.
     *
     * @param at the instant
     * @return this batch
     */
    public ObservationBatch reportedAt(Instant at) {
        int row = last();
        requireNonNull(at, "at");
        Instant occurredAt = Instant.ofEpochSecond(occurred[row], nanos.getOrDefault(row, 0));
        Instant earliest;
        LocalDate date = LocalDate.ofInstant(occurredAt, Period.ZONE);
        switch (Layout.PRECISIONS[Layout.precision(kind[row])]) {
            case PART_OF_DAY:
                earliest = date.atTime(LocalTime.of(6 * Layout.timeOfDay(judgement[row]), 0)).atZone(Period.ZONE)
                        .toInstant();
                break;
            case DATE:
                earliest = date.atStartOfDay(Period.ZONE).toInstant();
                break;
            default:
                earliest = occurredAt;
        }
        if (at.isBefore(earliest)) {
            Problems.of("ObservationBatch row " + row).add("reportedAt", "must not be before the observation could"
                    + " have happened (" + earliest.atZone(Period.ZONE).toLocalDateTime() + " Stockholm time)",
                    at.atZone(Period.ZONE).toLocalDateTime()).throwIfAny();
        }
        encodeReported(row, occurredAt, at);
        return this;
    }

    /**
     * Sets the id of a row, for importers that learn an id after the row (such as one made from its line number).
     *
     * @param row 0 to {@code size()-1}
     * @param id the id, of the form {@link #addRow} requires
     * @return this batch
     * @throws org.est4j.core.ValidationException when the id is not of that form
     */
    public ObservationBatch id(int row, String id) {
        java.util.Objects.checkIndex(row, size);
        String text = validId(requireNonNull(id, "id"));
        if (text == null) {
            ObservationId.of(id); // throws with the id's own message
        }
        ids[row] = idTexts.add(text);
        return this;
    }

    /**
     * Removes the last row, such as one an importer finds wrong after adding it.
     *
     * @throws IllegalStateException when the batch is empty
     */
    public void removeLastRow() {
        int row = last();
        nanos.remove(row);
        reportedApart.remove(row);
        pointsApart.remove(row);
        size--;
    }

    /**
     * Empties the batch, keeping its arrays for the next rows.
     */
    public void clear() {
        size = 0;
        idTexts.clear();
        descriptionTexts.clear();
        areas.clear();
        categories.clear();
        reporters.clear();
        places.clear();
        channels.clear();
        nanos.clear();
        reportedApart.clear();
        pointsApart.clear();
    }

    // ---------------------------------------------------------------------------------------- encoding

    private void encodePoint(int row, GeoPoint p) {
        int lat = Layout.scaled(p.latitude());
        int lon = Layout.scaled(p.longitude());
        int latSteps = Layout.steps(p.latitude(), lat);
        int lonSteps = Layout.steps(p.longitude(), lon);
        if (latSteps == Layout.APART || lonSteps == Layout.APART) {
            pointsApart.put(row, p);
            latitude[row] = Layout.APART;
            longitude[row] = Layout.APART;
            fix[row] = Layout.EXACT_FIX;
        } else {
            pointsApart.remove(row);
            latitude[row] = lat;
            longitude[row] = lon;
            fix[row] = Layout.fix(latSteps, lonSteps);
        }
    }

    private void encodeReported(int row, Instant occurredAt, Instant reportedAt) {
        long delta = reportedAt.getEpochSecond() - occurredAt.getEpochSecond();
        if (reportedAt.getNano() == 0 && delta > Layout.APART && delta <= Integer.MAX_VALUE) {
            reported[row] = (int) delta;
            reportedApart.remove(row);
        } else {
            reported[row] = Layout.APART;
            reportedApart.put(row, reportedAt);
        }
    }

    private String shortText(String text, String path) {
        requireNonNull(text, path);
        if (text.isBlank() || text.length() > Observation.MAX_NAME_LENGTH) {
            Problems.of("ObservationBatch row " + (size - 1)).add(path, "must be 1 to " + Observation.MAX_NAME_LENGTH
                    + " characters, not blank", text).throwIfAny();
        }
        return text;
    }

    /** Returns the id in normal form when it is one, else null; plain ASCII ids are checked without a regex. */
    static String validId(String id) {
        if (id == null) {
            return null;
        }
        int n = id.length();
        if (n == 0 || n > Identifier.MAX_LENGTH) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            plain = idCharacter(id.charAt(i), i == 0);
        }
        if (plain) {
            return id;
        }
        try {
            return ObservationId.of(id).value();
        } catch (org.est4j.core.ValidationException e) {
            return null;
        }
    }

    /** Tells whether bytes are a plain id: 1 to {@value Identifier#MAX_LENGTH} ASCII characters of an id. */
    private static boolean plainId(byte[] id, int from, int to) {
        if (to <= from || to - from > Identifier.MAX_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!idCharacter(id[i], i == from)) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter or digit, or after the first character one of {@code . _ : / -}. */
    private static boolean idCharacter(int c, boolean first) {
        return c >= 0 && c < ID_CHARACTERS.length && ID_CHARACTERS[c] > (first ? 1 : 0);
    }

    /**
     * The part of the day of a second, in Stockholm time. Days looked up are kept by their local date, which is that
     * of the second an hour or two on (Stockholm is an hour or two ahead of UTC); the day is found again from there.
     */
    static TimeOfDay band(long second) {
        Day day = cachedDay(second, 3_600L);
        if (day == null) {
            day = cachedDay(second, 7_200L);
        }
        if (day == null) {
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(second), Period.ZONE);
            long[] starts = new long[4];
            starts[0] = date.atStartOfDay(Period.ZONE).toEpochSecond();
            for (int k = 1; k < 4; k++) {
                starts[k] = date.atTime(LocalTime.of(6 * k, 0)).atZone(Period.ZONE).toEpochSecond();
            }
            day = new Day(starts, date.plusDays(1).atStartOfDay(Period.ZONE).toEpochSecond());
            DAYS[(int) (date.toEpochDay() & (DAYS.length - 1))] = day;
        }
        int b = 0;
        while (b < 3 && second >= day.starts[b + 1]) {
            b++;
        }
        return BANDS[b];
    }

    /** Returns a summary such as {@code ObservationBatch[120 rows]}. */
    @Override
    public String toString() {
        return "ObservationBatch[" + size + " rows]";
    }
}
