package org.est4j.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.est4j.core.time.TimeOfDay;

/**
 * An immutable view of the first {@link #size()} observations of an {@link ObservationStore}, as they were when
 * the snapshot was taken; appends made later are not seen.
 *
 * <p>Two ways to read it:
 * <ul>
 *   <li>as objects: {@link #get(int)} and {@link #stream()} make an {@link Observation} per row, equal to the one
 *       appended;</li>
 *   <li>by column, for engines that must not make an object per row: per-row accessors such as
 *       {@link #areaCode(int)}, {@link #categoryCode(int)}, {@link #occurredEpochSecond(int)} and
 *       {@link #severityRank(int)}, and the dictionaries that turn codes into values, such as
 *       {@link #areaOfCode(int)}. A code is a dense number {@code 0 … count-1}, in order of first appearance in
 *       the store; codes never change, so a code read from one snapshot means the same in every later one.</li>
 * </ul>
 * Every per-row accessor checks that the row is from 0 to {@code size()-1} and throws
 * {@link IndexOutOfBoundsException} otherwise.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class StoreSnapshot {
    /** The code of no value: no reporter, no place name. */
    public static final int NO_CODE = -1;

    private final State s;

    StoreSnapshot(State state) {
        this.s = state;
    }

    /**
     * Returns the number of observations in the snapshot.
     *
     * @return 0 or more
     */
    public int size() {
        return s.size;
    }

    /**
     * Tells whether the snapshot is empty.
     *
     * @return true when it has no observation
     */
    public boolean isEmpty() {
        return s.size == 0;
    }

    private int check(int row) {
        return Objects.checkIndex(row, s.size);
    }

    // ---------------------------------------------------------------------------------------- objects

    /**
     * Returns the observation of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return an observation equal to the one appended
     */
    public Observation get(int row) {
        check(row);
        byte kind = s.kind[row];
        byte judgement = s.judgement[row];
        Observation.Builder b = Observation.builder()
                .id(ObservationId.of(Texts.text(s.idPages, s.ids[row])))
                .source(Layout.SOURCES[Layout.source(kind)])
                .area(areaOfCode(s.area[row]))
                .occurredAt(occurredAt(row))
                .timeOfDay(Layout.TIMES_OF_DAY[Layout.timeOfDay(judgement)])
                .timePrecision(Layout.PRECISIONS[Layout.precision(kind)])
                .category(categoryOfCode(s.category[row]))
                .severity(Layout.SEVERITIES[Layout.severityRank(judgement) - 1])
                .description(Texts.text(s.descriptionPages, s.descriptions[row]))
                .visibility(Layout.VISIBILITIES[Layout.visibility(kind)]);
        if (s.reporter[row] != Layout.NONE) {
            b.reporter(reporterOfCode(s.reporter[row]));
        }
        if (s.channel[row] != Layout.NONE) {
            b.channel((String) s.channelValues[s.channel[row]]);
        }
        if (s.place[row] != Layout.NONE) {
            b.placeName(placeOfCode(s.place[row]));
        }
        point(row).ifPresent(b::point);
        reportedAt(row).ifPresent(b::reportedAt);
        return b.build();
    }

    /**
     * Returns every observation of the snapshot, in append order, as objects.
     *
     * @return a sequential stream
     */
    public Stream<Observation> stream() {
        return IntStream.range(0, s.size).mapToObj(this::get);
    }

    // ---------------------------------------------------------------------------------------- columns

    /**
     * Returns the id of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the id
     */
    public ObservationId id(int row) {
        return ObservationId.of(idText(row));
    }

    /**
     * Returns the text of the id of a row, without making an {@link ObservationId}.
     *
     * @param row 0 to {@code size()-1}
     * @return the id's text
     */
    public String idText(int row) {
        return Texts.text(s.idPages, s.ids[check(row)]);
    }

    /**
     * Returns the area code of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return a code from 0 to {@link #areaCodeCount()}{@code -1}
     */
    public int areaCode(int row) {
        return s.area[check(row)];
    }

    /**
     * Returns the number of distinct areas in the snapshot.
     *
     * @return the number of area codes
     */
    public int areaCodeCount() {
        return s.areaCount;
    }

    /**
     * Returns the area of a code.
     *
     * @param code 0 to {@link #areaCodeCount()}{@code -1}
     * @return the area id
     */
    public AreaId areaOfCode(int code) {
        return (AreaId) s.areaValues[Objects.checkIndex(code, s.areaCount)];
    }

    /**
     * Returns the category code of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return a code from 0 to {@link #categoryCodeCount()}{@code -1}
     */
    public int categoryCode(int row) {
        return s.category[check(row)];
    }

    /**
     * Returns the number of distinct categories in the snapshot.
     *
     * @return the number of category codes
     */
    public int categoryCodeCount() {
        return s.categoryCount;
    }

    /**
     * Returns the category of a code.
     *
     * @param code 0 to {@link #categoryCodeCount()}{@code -1}
     * @return the category id
     */
    public CategoryId categoryOfCode(int code) {
        return (CategoryId) s.categoryValues[Objects.checkIndex(code, s.categoryCount)];
    }

    /**
     * Returns the reporter code of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return a code from 0 to {@link #reporterCodeCount()}{@code -1}, or {@link #NO_CODE} when no reporter is named
     */
    public int reporterCode(int row) {
        int code = s.reporter[check(row)];
        return code == Layout.NONE ? NO_CODE : code;
    }

    /**
     * Returns the number of distinct reporters in the snapshot.
     *
     * @return the number of reporter codes
     */
    public int reporterCodeCount() {
        return s.reporterCount;
    }

    /**
     * Returns the reporter of a code.
     *
     * @param code 0 to {@link #reporterCodeCount()}{@code -1}
     * @return the reporter id
     */
    public ReporterId reporterOfCode(int code) {
        return (ReporterId) s.reporterValues[Objects.checkIndex(code, s.reporterCount)];
    }

    /**
     * Returns the place-name code of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return a code from 0 to {@link #placeCodeCount()}{@code -1}, or {@link #NO_CODE} when no place is named
     */
    public int placeCode(int row) {
        int code = s.place[check(row)];
        return code == Layout.NONE ? NO_CODE : code;
    }

    /**
     * Returns the number of distinct place names in the snapshot.
     *
     * @return the number of place codes
     */
    public int placeCodeCount() {
        return s.placeCount;
    }

    /**
     * Returns the place name of a code.
     *
     * @param code 0 to {@link #placeCodeCount()}{@code -1}
     * @return the place name
     */
    public String placeOfCode(int code) {
        return (String) s.placeValues[Objects.checkIndex(code, s.placeCount)];
    }

    /**
     * Returns the second a row's observation occurred at, without its fraction.
     *
     * @param row 0 to {@code size()-1}
     * @return seconds since 1970-01-01T00:00Z
     */
    public long occurredEpochSecond(int row) {
        return s.occurred[check(row)];
    }

    /**
     * Returns when a row's observation occurred, exactly.
     *
     * @param row 0 to {@code size()-1}
     * @return the instant
     */
    public Instant occurredAt(int row) {
        long second = s.occurred[check(row)];
        Integer nano = s.nanos.isEmpty() ? null : s.nanos.get(row);
        return Instant.ofEpochSecond(second, nano == null ? 0 : nano);
    }

    /**
     * Returns when a row's observation was reported.
     *
     * @param row 0 to {@code size()-1}
     * @return the instant, or empty
     */
    public Optional<Instant> reportedAt(int row) {
        int delta = s.reported[check(row)];
        if (delta == Layout.NONE) {
            return Optional.empty();
        }
        if (delta == Layout.APART) {
            return Optional.of(s.reportedApart.get(row));
        }
        return Optional.of(Instant.ofEpochSecond(s.occurred[row] + delta));
    }

    /**
     * Returns the source of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the source
     */
    public Source source(int row) {
        return Layout.SOURCES[Layout.source(s.kind[check(row)])];
    }

    /**
     * Returns the visibility of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the visibility
     */
    public Visibility visibility(int row) {
        return Layout.VISIBILITIES[Layout.visibility(s.kind[check(row)])];
    }

    /**
     * Returns how precisely the time of a row is known.
     *
     * @param row 0 to {@code size()-1}
     * @return the precision
     */
    public TimePrecision timePrecision(int row) {
        return Layout.PRECISIONS[Layout.precision(s.kind[check(row)])];
    }

    /**
     * Returns the severity rank of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return 1 (minor) to 5 (serious)
     */
    public int severityRank(int row) {
        return Layout.severityRank(s.judgement[check(row)]);
    }

    /**
     * Returns the severity of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the severity
     */
    public Severity severity(int row) {
        return Layout.SEVERITIES[severityRank(row) - 1];
    }

    /**
     * Returns the part of the day of a row, as stored: a stand-in when the precision is
     * {@link TimePrecision#DATE}.
     *
     * @param row 0 to {@code size()-1}
     * @return the part of the day
     */
    public TimeOfDay timeOfDay(int row) {
        return Layout.TIMES_OF_DAY[Layout.timeOfDay(s.judgement[check(row)])];
    }

    /**
     * Tells whether a row has a point.
     *
     * @param row 0 to {@code size()-1}
     * @return true when the observation was pinned on a map
     */
    public boolean hasPoint(int row) {
        return s.latitude[check(row)] != Layout.NONE;
    }

    /**
     * Returns the latitude of a row's point.
     *
     * @param row 0 to {@code size()-1}
     * @return degrees north, or {@code NaN} without a point
     */
    public double latitude(int row) {
        int lat = s.latitude[check(row)];
        if (lat == Layout.NONE) {
            return Double.NaN;
        }
        return lat == Layout.APART ? s.pointsApart.get(row).latitude()
                : Layout.degrees(lat, Layout.latitudeSteps(s.fix[row]));
    }

    /**
     * Returns the longitude of a row's point.
     *
     * @param row 0 to {@code size()-1}
     * @return degrees east, or {@code NaN} without a point
     */
    public double longitude(int row) {
        int lon = s.longitude[check(row)];
        if (lon == Layout.NONE) {
            return Double.NaN;
        }
        return lon == Layout.APART ? s.pointsApart.get(row).longitude()
                : Layout.degrees(lon, Layout.longitudeSteps(s.fix[row]));
    }

    /**
     * Returns the point of a row.
     *
     * @param row 0 to {@code size()-1}
     * @return the point, or empty
     */
    public Optional<GeoPoint> point(int row) {
        int lat = s.latitude[check(row)];
        if (lat == Layout.NONE) {
            return Optional.empty();
        }
        return Optional.of(lat == Layout.APART ? s.pointsApart.get(row) : GeoPoint.of(latitude(row), longitude(row)));
    }

    /**
     * Returns the earliest second any observation of the snapshot occurred at: where the data begins.
     *
     * @return the epoch second, or empty for an empty snapshot
     */
    public OptionalLong earliestEpochSecond() {
        return s.size == 0 ? OptionalLong.empty() : OptionalLong.of(s.earliest);
    }

    /**
     * Returns the latest second any observation of the snapshot occurred at.
     *
     * @return the epoch second, or empty for an empty snapshot
     */
    public OptionalLong latestEpochSecond() {
        return s.size == 0 ? OptionalLong.empty() : OptionalLong.of(s.latest);
    }

    /** Returns a summary such as {@code StoreSnapshot[1000 observations, 12 areas, 20 categories]}. */
    @Override
    public String toString() {
        return "StoreSnapshot[" + s.size + " observations, " + s.areaCount + " areas, " + s.categoryCount
                + " categories]";
    }
}
