package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.CATEGORY_ID;
import static org.est4j.io.json.internal.Values.DAY_OF_WEEK;
import static org.est4j.io.json.internal.Values.EXCLUSION_REASON;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.LIGHT;
import static org.est4j.io.json.internal.Values.LONG;
import static org.est4j.io.json.internal.Values.NUMBER;
import static org.est4j.io.json.internal.Values.OBSERVATION_ID;
import static org.est4j.io.json.internal.Values.PERIOD;
import static org.est4j.io.json.internal.Values.REPORTER_ID;
import static org.est4j.io.json.internal.Values.SEVERITY_KEY;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.TIME_OF_DAY;
import static org.est4j.io.json.internal.Values.TREND_COMPARISON;
import static org.est4j.io.json.internal.Values.TREND_DIRECTION;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Exclusions;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;

/**
 * Codecs of situation pictures: coverage, trends, exclusions, the picture of one area and the set of one period.
 *
 * <p>Breakdowns are JSON objects keyed by the text form of their keys (a category id, a severity rank {@code "1"} to
 * {@code "5"}, a day {@code "monday"}, a part of the day {@code "evening"}, a light {@code "darkness"}, a period
 * {@code "2026-W46"}), in the model's order; only positive counts appear, as in the model.
 *
 * <p>This class is internal and not for public use.
 */
public final class PictureCodecs {
    private PictureCodecs() {}

    private static final Conv<List<ObservationId>> OBSERVATION_IDS = Values.listOf(OBSERVATION_ID);

    private static void ids(List<ObservationId> ids, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (ObservationId id : ids) {
            OBSERVATION_ID.write(id, g);
        }
        g.writeEndArray();
    }

    /** A {@link Coverage}. */
    public static final ObjectCodec<Coverage> COVERAGE = new ObjectCodec<>("a coverage",
            List.of("area", "expected", "answered", "nothingToReport", "silentReporters", "threshold"),
            (c, g) -> {
                Out.field(g, "area", AREA_ID, c.area());
                g.writeNumberField("expected", c.expected());
                g.writeNumberField("answered", c.answered());
                g.writeNumberField("nothingToReport", c.nothingToReport());
                Out.array(g, "silentReporters", REPORTER_ID, c.silentReporters());
                g.writeNumberField("threshold", c.threshold());
            },
            f -> {
                Coverage.Builder b = Coverage.builder();
                f.require("expected");
                f.require("answered");
                f.require("nothingToReport");
                f.require("threshold");
                f.read("area", AREA_ID, b::area);
                f.read("expected", INT, b::expected);
                f.read("answered", INT, b::answered);
                f.read("nothingToReport", INT, b::nothingToReport);
                f.readList("silentReporters", REPORTER_ID, b::addSilentReporters);
                f.read("threshold", NUMBER, b::threshold);
                return f.build(b::build);
            });

    /** A {@link Trend}. */
    public static final ObjectCodec<Trend> TREND = new ObjectCodec<>("a trend",
            List.of("comparison", "current", "currentExposureDays", "baselineTotal", "baselinePeriods",
                    "baselineExposureDays", "pValue", "direction", "testId"),
            (t, g) -> {
                Out.field(g, "comparison", TREND_COMPARISON, t.comparison());
                g.writeNumberField("current", t.current());
                g.writeNumberField("currentExposureDays", t.currentExposureDays());
                g.writeNumberField("baselineTotal", t.baselineTotal());
                g.writeNumberField("baselinePeriods", t.baselinePeriods());
                g.writeNumberField("baselineExposureDays", t.baselineExposureDays());
                Out.optionalNumber(g, "pValue", t.pValue());
                Out.field(g, "direction", TREND_DIRECTION, t.direction());
                g.writeStringField("testId", t.testId());
            },
            f -> {
                Trend.Builder b = Trend.builder();
                for (String primitive : List.of("current", "currentExposureDays", "baselineTotal", "baselinePeriods",
                        "baselineExposureDays")) {
                    f.require(primitive);
                }
                f.read("comparison", TREND_COMPARISON, b::comparison);
                f.read("current", LONG, b::current);
                f.read("currentExposureDays", NUMBER, b::currentExposureDays);
                f.read("baselineTotal", LONG, b::baselineTotal);
                f.read("baselinePeriods", INT, b::baselinePeriods);
                f.read("baselineExposureDays", NUMBER, b::baselineExposureDays);
                f.read("pValue", NUMBER, b::pValue);
                f.read("direction", TREND_DIRECTION, b::direction);
                f.read("testId", TEXT, b::testId);
                return f.build(b::build);
            });

    /** {@link Exclusions}: counts and example ids by reason. */
    public static final ObjectCodec<Exclusions> EXCLUSIONS = new ObjectCodec<>("exclusions",
            List.of("counts", "examples"),
            (e, g) -> {
                Out.counts(g, "counts", EXCLUSION_REASON, e.counts());
                Out.map(g, "examples", EXCLUSION_REASON,
                        PictureCodecs::ids, e.examples());
            },
            f -> {
                Exclusions.Builder b = Exclusions.builder();
                f.readMap("counts", EXCLUSION_REASON, LONG, b::putCounts);
                f.readMap("examples", EXCLUSION_REASON, OBSERVATION_IDS, b::putExamples);
                return f.build(b::build);
            });

    /** A {@link SituationPicture}. */
    public static final ObjectCodec<SituationPicture> SITUATION_PICTURE = new ObjectCodec<>("a situation picture",
            List.of("area", "period", "total", "ownTotal", "contextTotal", "countsByTopLevel", "countsByCategory",
                    "countsBySeverity", "countsByWeekday", "countsByTimeOfDay", "timeOfDayUnknown", "countsByLight",
                    "severityScore", "harmScore", "observationIds", "coverage", "trends", "history", "hotspots",
                    "notes"),
            (p, g) -> {
                Out.field(g, "area", AREA_ID, p.area());
                Out.field(g, "period", PERIOD, p.period());
                g.writeNumberField("total", p.total());
                g.writeNumberField("ownTotal", p.ownTotal());
                g.writeNumberField("contextTotal", p.contextTotal());
                Out.counts(g, "countsByTopLevel", CATEGORY_ID, p.countsByTopLevel());
                Out.counts(g, "countsByCategory", CATEGORY_ID, p.countsByCategory());
                Out.counts(g, "countsBySeverity", SEVERITY_KEY, p.countsBySeverity());
                Out.counts(g, "countsByWeekday", DAY_OF_WEEK, p.countsByWeekday());
                Out.counts(g, "countsByTimeOfDay", TIME_OF_DAY, p.countsByTimeOfDay());
                g.writeNumberField("timeOfDayUnknown", p.timeOfDayUnknown());
                Out.counts(g, "countsByLight", LIGHT, p.countsByLight());
                g.writeNumberField("severityScore", p.severityScore());
                g.writeNumberField("harmScore", p.harmScore());
                Out.map(g, "observationIds", CATEGORY_ID,
                        PictureCodecs::ids, p.observationIds());
                Out.optional(g, "coverage", COVERAGE, p.coverage());
                Out.array(g, "trends", TREND, p.trends());
                Out.counts(g, "history", PERIOD, p.history());
                Out.array(g, "hotspots", MeasureCodecs.HOTSPOT, p.hotspots());
                Out.texts(g, "notes", p.notes());
            },
            f -> {
                SituationPicture.Builder b = SituationPicture.builder();
                for (String primitive : List.of("total", "ownTotal", "contextTotal", "timeOfDayUnknown",
                        "severityScore", "harmScore")) {
                    f.require(primitive);
                }
                f.read("area", AREA_ID, b::area);
                f.read("period", PERIOD, b::period);
                f.read("total", LONG, b::total);
                f.read("ownTotal", LONG, b::ownTotal);
                f.read("contextTotal", LONG, b::contextTotal);
                f.readMap("countsByTopLevel", CATEGORY_ID, LONG, b::putCountsByTopLevel);
                f.readMap("countsByCategory", CATEGORY_ID, LONG, b::putCountsByCategory);
                f.readMap("countsBySeverity", SEVERITY_KEY, LONG, b::putCountsBySeverity);
                f.readMap("countsByWeekday", DAY_OF_WEEK, LONG, b::putCountsByWeekday);
                f.readMap("countsByTimeOfDay", TIME_OF_DAY, LONG, b::putCountsByTimeOfDay);
                f.read("timeOfDayUnknown", LONG, b::timeOfDayUnknown);
                f.readMap("countsByLight", LIGHT, LONG, b::putCountsByLight);
                f.read("severityScore", LONG, b::severityScore);
                f.read("harmScore", NUMBER, b::harmScore);
                f.readMap("observationIds", CATEGORY_ID, OBSERVATION_IDS, b::putObservationIds);
                f.read("coverage", COVERAGE, b::coverage);
                f.readList("trends", TREND, b::addTrends);
                f.readMap("history", PERIOD, LONG, b::putHistory);
                f.readList("hotspots", MeasureCodecs.HOTSPOT, b::addHotspots);
                f.readList("notes", TEXT, b::addNotes);
                return f.build(b::build);
            });

    /** A {@link PictureSet}: the pictures in the hierarchy's pre-order, what was left out, and notes. */
    public static final ObjectCodec<PictureSet> PICTURE_SET = new ObjectCodec<>("a picture set",
            List.of("period", "pictures", "exclusions", "notes"),
            (s, g) -> {
                Out.field(g, "period", PERIOD, s.period());
                Out.array(g, "pictures", SITUATION_PICTURE, s.pictures());
                Out.field(g, "exclusions", EXCLUSIONS, s.exclusions());
                Out.texts(g, "notes", s.notes());
            },
            f -> {
                PictureSet.Builder b = PictureSet.builder();
                f.read("period", PERIOD, b::period);
                f.readList("pictures", SITUATION_PICTURE, b::addPictures);
                f.read("exclusions", EXCLUSIONS, b::exclusions);
                f.readList("notes", TEXT, b::addNotes);
                return f.build(b::build);
            });
}
