package org.est4j.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.est4j.core.Identifier;
import org.est4j.core.analysis.Change;
import org.est4j.core.analysis.TriangleSide;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.WdqInterpretation;
import org.est4j.core.feedback.ReporterFeedback;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.Exclusions;
import org.est4j.core.picture.Light;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.core.time.TimeOfDay;
import org.threeten.extra.LocalDateRange;

/**
 * Codecs of the small values: JSON scalars, identifiers, level codes, periods, dates and instants, enums, points
 * and date ranges.
 *
 * <p>This class is internal and not for public use.
 */
public final class Values {
    private Values() {}

    /** A JSON string. */
    public static final Conv<String> TEXT = (n, r, p) -> n.isTextual() ? n.textValue() : r.fail(p, "must be a string", n);
    /** A JSON boolean. */
    public static final Conv<Boolean> BOOLEAN =
            (n, r, p) -> n.isBoolean() ? Boolean.valueOf(n.booleanValue()) : r.fail(p, "must be true or false", n);
    /** A whole JSON number that fits an {@code int}. */
    public static final Conv<Integer> INT = (n, r, p) -> n.isIntegralNumber() && n.canConvertToInt()
            ? Integer.valueOf(n.intValue()) : r.fail(p, "must be a whole number from -2147483648 to 2147483647", n);
    /** A whole JSON number that fits a {@code long}. */
    public static final Conv<Long> LONG = (n, r, p) -> n.isIntegralNumber() && n.canConvertToLong()
            ? Long.valueOf(n.longValue()) : r.fail(p, "must be a whole number", n);
    /** A JSON number, read as a {@code double}. */
    public static final Conv<Double> NUMBER =
            (n, r, p) -> n.isNumber() ? Double.valueOf(n.doubleValue()) : r.fail(p, "must be a number", n);

    private static final String ID_RULE =
            "an identifier of 1 to 128 letters, digits and . _ : / - starting with a letter or digit";

    /** An {@link AreaId}. */
    public static final TextCodec<AreaId> AREA_ID = id(AreaId.class, "an area id", AreaId::of);
    /** A {@link CategoryId}. */
    public static final TextCodec<CategoryId> CATEGORY_ID = id(CategoryId.class, "a category id", CategoryId::of);
    /** An {@link ActorId}. */
    public static final TextCodec<ActorId> ACTOR_ID = id(ActorId.class, "an actor id", ActorId::of);
    /** A {@link ReporterId}. */
    public static final TextCodec<ReporterId> REPORTER_ID = id(ReporterId.class, "a reporter id", ReporterId::of);
    /** An {@link ObservationId}. */
    public static final TextCodec<ObservationId> OBSERVATION_ID =
            id(ObservationId.class, "an observation id", ObservationId::of);
    /** A {@link MeasureId}. */
    public static final TextCodec<MeasureId> MEASURE_ID = id(MeasureId.class, "a measure id", MeasureId::of);

    /** An {@link AreaLevel}, written as its code. */
    public static final TextCodec<AreaLevel> AREA_LEVEL = new TextCodec<>(AreaLevel.class, "an area level",
            "an area level code of letters, digits, _ and - starting with a letter, such as kommun", AreaLevel::code,
            AreaLevel::of);
    /** An est4j {@link Period}, written in its text form. */
    public static final TextCodec<Period> PERIOD = new TextCodec<>(Period.class, "a period",
            "a period such as 2026-W47, 2026-W45-46, 2026-11, 2026-Q4, 2026-T3 or 2026", Period::toString, Period::parse);
    /** A {@link LocalDate}, ISO-8601. */
    public static final TextCodec<LocalDate> DATE = new TextCodec<>(LocalDate.class, "a date",
            "an ISO-8601 date such as 2026-11-20", LocalDate::toString, LocalDate::parse);
    /** An {@link Instant}, written ISO-8601 in UTC; read with any offset. */
    public static final TextCodec<Instant> INSTANT = new TextCodec<>(Instant.class, "an instant",
            "an ISO-8601 date and time with an offset, such as 2026-11-20T20:40:00Z", DateTimeFormatter.ISO_INSTANT::format,
            text -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, OffsetDateTime::from).toInstant());
    /** A {@link java.time.Period}, ISO-8601. */
    public static final TextCodec<java.time.Period> DURATION = new TextCodec<>(java.time.Period.class,
            "a period of days", "an ISO-8601 period such as P28D, P2W or P1M", java.time.Period::toString,
            java.time.Period::parse);

    /** {@link Source}: {@code reporter}, {@code citizen}, {@code police}, {@code safety-walk}, {@code other}. */
    public static final TextCodec<Source> SOURCE = kebab(Source.class, "a source");
    /** {@link TimeOfDay}: {@code night}, {@code morning}, {@code afternoon}, {@code evening}. */
    public static final TextCodec<TimeOfDay> TIME_OF_DAY = kebab(TimeOfDay.class, "a time of day");
    /** {@link TimePrecision}: {@code exact}, {@code part-of-day}, {@code date}. */
    public static final TextCodec<TimePrecision> TIME_PRECISION = kebab(TimePrecision.class, "a time precision");
    /** {@link Visibility}: {@code group}, {@code partners}, {@code public}. */
    public static final TextCodec<Visibility> VISIBILITY = kebab(Visibility.class, "a visibility");
    /** {@link ActorKind}, such as {@code municipal-unit}. */
    public static final TextCodec<ActorKind> ACTOR_KIND = kebab(ActorKind.class, "an actor kind");
    /** {@link MeasureStatus}: {@code planned}, {@code ongoing}, {@code done}, {@code cancelled}. */
    public static final TextCodec<MeasureStatus> MEASURE_STATUS = kebab(MeasureStatus.class, "a measure status");
    /** {@link Horizon}: {@code short}, {@code long}. */
    public static final TextCodec<Horizon> HORIZON = kebab(Horizon.class, "a horizon");
    /** {@link Outcome}: {@code continue}, {@code extend}, {@code replace}, {@code end}. */
    public static final TextCodec<Outcome> OUTCOME = kebab(Outcome.class, "an outcome");
    /** {@link Alternative}: {@code two-sided}, {@code greater}, {@code less}. */
    public static final TextCodec<Alternative> ALTERNATIVE = kebab(Alternative.class, "an alternative hypothesis");
    /** {@link EvaluationMethod}, by its own export id (the same kebab form): {@code wdd}, {@code e-test}, … */
    public static final TextCodec<EvaluationMethod> EVALUATION_METHOD =
            codes(EvaluationMethod.class, "an evaluation method", EvaluationMethod::id);
    /** {@link Audience}, such as {@code politicians}. */
    public static final TextCodec<Audience> AUDIENCE = kebab(Audience.class, "an audience");
    /** {@link PeriodKind}, such as {@code fortnight}. */
    public static final TextCodec<PeriodKind> PERIOD_KIND = kebab(PeriodKind.class, "a period kind");
    /** {@link WdqInterpretation}, such as {@code displacement-smaller-than-effect}. */
    public static final TextCodec<WdqInterpretation> WDQ_INTERPRETATION =
            kebab(WdqInterpretation.class, "a WDQ interpretation");

    /** {@link DayOfWeek}, such as {@code monday}; used as a map key, and not given to a host's mapper. */
    public static final TextCodec<DayOfWeek> DAY_OF_WEEK = kebab(DayOfWeek.class, "a day of the week");
    /** {@link Light}: {@code daylight}, {@code darkness}, {@code unknown}. */
    public static final TextCodec<Light> LIGHT = kebab(Light.class, "a light condition");
    /** {@link Trend.Comparison}: {@code previous-periods}, {@code same-period-last-year}. */
    public static final TextCodec<Trend.Comparison> TREND_COMPARISON = kebab(Trend.Comparison.class, "a trend comparison");
    /** {@link Trend.Direction}: {@code rising}, {@code falling}, {@code stable}, {@code insufficient-data}. */
    public static final TextCodec<Trend.Direction> TREND_DIRECTION = kebab(Trend.Direction.class, "a trend direction");
    /** {@link Exclusions.Reason}, such as {@code area-not-in-hierarchy}. */
    public static final TextCodec<Exclusions.Reason> EXCLUSION_REASON =
            kebab(Exclusions.Reason.class, "a reason for leaving observations out");
    /** {@link ReporterFeedback.Kind}: {@code reporter}, {@code organisation}. */
    public static final TextCodec<ReporterFeedback.Kind> FEEDBACK_KIND =
            kebab(ReporterFeedback.Kind.class, "a kind of reporter feedback");
    /** {@link TriangleSide}: {@code offender}, {@code victim}, {@code place}, {@code handler}, {@code guardian}, {@code manager}. */
    public static final TextCodec<TriangleSide> TRIANGLE_SIDE =
            kebab(TriangleSide.class, "a side of the problem triangle");
    /** {@link Change} found by a follow-up: {@code fall}, {@code no-change}, {@code rise}, {@code not-tested}. */
    public static final TextCodec<Change> CHANGE = kebab(Change.class, "a change");
    /** {@link Heading.Kind} of a table heading: {@code key}, {@code own}, {@code total}. */
    public static final TextCodec<Heading.Kind> HEADING_KIND = kebab(Heading.Kind.class, "a kind of table heading");
    /**
     * A {@link Locale}, written as its IETF BCP 47 language tag, such as {@code sv} or {@code en-GB}; not given to a
     * host's mapper.
     */
    public static final TextCodec<Locale> LOCALE = new TextCodec<>(Locale.class, "a language",
            "an IETF BCP 47 language tag such as sv or en-GB", Locale::toLanguageTag, text -> {
                Locale locale = Locale.forLanguageTag(text);
                if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(text)) {
                    throw new IllegalArgumentException(text);
                }
                return locale;
            });

    /**
     * Returns a conversion of a JSON array whose elements are converted one by one; a null element, or one of the
     * wrong form, is a problem at its index and makes the whole list absent.
     *
     * @param <T> the element type
     * @param element the conversion of one element
     * @return the conversion, giving an unmodifiable list
     */
    public static <T> Conv<List<T>> listOf(Conv<T> element) {
        return (n, r, p) -> {
            if (!n.isArray()) {
                return r.fail(p, "must be an array", n);
            }
            List<T> items = new java.util.ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                T item = e.isNull() ? r.fail(Reading.element(p, i), "must not be null", null)
                        : element.convert(e, r, Reading.element(p, i));
                failed |= item == null;
                items.add(item);
            }
            return failed ? null : List.copyOf(items);
        };
    }

    /** {@link Severity}, written as its rank, a number from 1 (minor) to 5 (serious). */
    public static final Codec<Severity> SEVERITY = new Codec<>() {
        @Override
        public void write(Severity value, JsonGenerator g) throws IOException {
            g.writeNumber(value.rank());
        }

        @Override
        public Severity convert(JsonNode node, Reading reading, String path) {
            if (node.isIntegralNumber() && node.canConvertToInt()
                    && node.intValue() >= Severity.MIN_RANK && node.intValue() <= Severity.MAX_RANK) {
                return Severity.of(node.intValue());
            }
            return reading.fail(path, "must be a whole number from 1 (minor) to 5 (serious)", node);
        }

        @Override
        public String what() {
            return "a severity";
        }
    };

    /** {@link Severity} as a map key: its rank as text. */
    public static final TextCodec<Severity> SEVERITY_KEY = new TextCodec<>(Severity.class, "a severity",
            "a rank from 1 (minor) to 5 (serious)", s -> Integer.toString(s.rank()), text -> Severity.of(Integer.parseInt(text)));

    /** Any {@link Identifier}, written as its value; for writing only (a host's own identifier kinds too). */
    public static final Codec<Identifier> ANY_ID = new Codec<>() {
        @Override
        public void write(Identifier value, JsonGenerator g) throws IOException {
            g.writeString(value.value());
        }

        @Override
        public Identifier convert(JsonNode node, Reading reading, String path) {
            return reading.fail(path, "cannot be read without knowing which kind of identifier it is", node);
        }

        @Override
        public String what() {
            return "an identifier";
        }
    };

    /** A {@link GeoPoint}: {@code {"latitude": 59.758, "longitude": 18.7049}} in WGS 84 degrees. */
    public static final ObjectCodec<GeoPoint> GEO_POINT = new ObjectCodec<>("a point (latitude and longitude)",
            List.of("latitude", "longitude"),
            (p, g) -> {
                g.writeNumberField("latitude", p.latitude());
                g.writeNumberField("longitude", p.longitude());
            },
            f -> {
                double[] at = new double[2];
                f.require("latitude");
                f.require("longitude");
                f.read("latitude", NUMBER, v -> at[0] = v);
                f.read("longitude", NUMBER, v -> at[1] = v);
                return f.build(() -> GeoPoint.of(at[0], at[1]));
            });

    /**
     * A bounded, non-empty range of dates, {@code {"first": "2026-11-16", "last": "2026-11-29"}}, both days
     * included; in Java a half-open {@link LocalDateRange}.
     */
    public static final ObjectCodec<LocalDateRange> DATE_RANGE = new ObjectCodec<>(
            "a range of dates (first and last, both included)", List.of("first", "last"),
            (range, g) -> {
                g.writeStringField("first", range.getStart().toString());
                g.writeStringField("last", range.getEndInclusive().toString());
            },
            f -> {
                LocalDate[] days = new LocalDate[2];
                f.require("first");
                f.require("last");
                f.read("first", DATE, d -> days[0] = d);
                f.read("last", DATE, d -> days[1] = d);
                if (days[0] != null && days[1] != null && days[1].isBefore(days[0])) {
                    f.reading().add(f.path("last"), "must not be before first, " + days[0], days[1].toString());
                }
                return f.build(() -> LocalDateRange.ofClosed(days[0], days[1]));
            });

    /**
     * Returns the codec of an identifier type.
     *
     * @param <T> the identifier type
     * @param type its class
     * @param what what it is, in words
     * @param of its factory
     * @return the codec
     */
    public static <T extends Identifier> TextCodec<T> id(Class<T> type, String what, Function<String, T> of) {
        return new TextCodec<>(type, what, ID_RULE, Identifier::value, of);
    }

    /**
     * Returns the codec of an enum written as its constant's name in lower case with {@code -} for {@code _}, such
     * as {@code safety-walk} for {@code SAFETY_WALK}.
     *
     * @param <E> the enum
     * @param type its class
     * @param what what it is, in words
     * @return the codec
     */
    public static <E extends Enum<E>> TextCodec<E> kebab(Class<E> type, String what) {
        return codes(type, what, Values::kebab);
    }

    /**
     * Returns the kebab code of an enum constant.
     *
     * @param constant the constant
     * @return such as {@code safety-walk}
     */
    public static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the codec of an enum written as a code of each constant.
     *
     * @param <E> the enum
     * @param type its class
     * @param what what it is, in words
     * @param code the code of each constant; codes must be distinct
     * @return the codec
     */
    public static <E extends Enum<E>> TextCodec<E> codes(Class<E> type, String what, Function<E, String> code) {
        Map<String, E> byCode = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            if (byCode.put(code.apply(constant), constant) != null) {
                throw new IllegalArgumentException("Two constants of " + type.getName() + " share a code");
            }
        }
        return new TextCodec<>(type, what, "one of " + String.join(", ", byCode.keySet()), code, text -> {
            E constant = byCode.get(text);
            if (constant == null) {
                throw new IllegalArgumentException(text);
            }
            return constant;
        });
    }
}
