package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.ACTOR_ID;
import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.AREA_LEVEL;
import static org.est4j.io.json.internal.Values.BOOLEAN;
import static org.est4j.io.json.internal.Values.CATEGORY_ID;
import static org.est4j.io.json.internal.Values.DATE;
import static org.est4j.io.json.internal.Values.DATE_RANGE;
import static org.est4j.io.json.internal.Values.FEEDBACK_KIND;
import static org.est4j.io.json.internal.Values.GEO_POINT;
import static org.est4j.io.json.internal.Values.HORIZON;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.LOCALE;
import static org.est4j.io.json.internal.Values.MEASURE_ID;
import static org.est4j.io.json.internal.Values.MEASURE_STATUS;
import static org.est4j.io.json.internal.Values.OBSERVATION_ID;
import static org.est4j.io.json.internal.Values.OUTCOME;
import static org.est4j.io.json.internal.Values.PERIOD;
import static org.est4j.io.json.internal.Values.REPORTER_ID;
import static org.est4j.io.json.internal.Values.SEVERITY;
import static org.est4j.io.json.internal.Values.SOURCE;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.TIME_OF_DAY;
import static org.est4j.io.json.internal.Values.TREND_DIRECTION;
import static org.est4j.io.json.internal.Values.VISIBILITY;

import java.util.List;
import org.est4j.core.area.AreaId;
import org.est4j.core.feedback.AreaRow;
import org.est4j.core.feedback.CoverageRow;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FocusArea;
import org.est4j.core.feedback.FollowUpRow;
import org.est4j.core.feedback.HotspotRow;
import org.est4j.core.feedback.MeasureRow;
import org.est4j.core.feedback.ObservationLine;
import org.est4j.core.feedback.ReporterFeedback;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.time.Period;

/**
 * Codecs of feedback reports and their parts. A report is read through its builder, which refuses a report that
 * breaks its own disclosure policy, and its tables through {@link TableCodec}, which refuses a table that publishes
 * what suppression hides.
 *
 * <p>This class is internal and not for public use.
 */
public final class FeedbackCodecs {
    private FeedbackCodecs() {}

    /** A table of counts by area and top-level category. */
    public static final TableCodec<AreaId, CategoryId> COUNTS_TABLE = new TableCodec<>(AREA_ID, CATEGORY_ID);
    /** A table of totals by area and period. */
    public static final TableCodec<AreaId, Period> HISTORY_TABLE = new TableCodec<>(AREA_ID, PERIOD);

    /** A {@link HotspotRow}. */
    public static final ObjectCodec<HotspotRow> HOTSPOT_ROW = new ObjectCodec<>("a hotspot row",
            List.of("area", "placeName", "point", "window", "method", "reasons"),
            (h, g) -> {
                Out.field(g, "area", AREA_ID, h.area());
                Out.optionalText(g, "placeName", h.placeName());
                Out.optional(g, "point", GEO_POINT, h.point());
                Out.field(g, "window", DATE_RANGE, h.window());
                g.writeStringField("method", h.method());
                Out.texts(g, "reasons", h.reasons());
            },
            f -> {
                HotspotRow.Builder b = HotspotRow.builder();
                f.read("area", AREA_ID, b::area);
                f.read("placeName", TEXT, b::placeName);
                f.read("point", GEO_POINT, b::point);
                f.read("window", DATE_RANGE, b::window);
                f.read("method", TEXT, b::method);
                f.readList("reasons", TEXT, b::addReasons);
                return f.build(b::build);
            });

    /** A {@link CoverageRow}. */
    public static final ObjectCodec<CoverageRow> COVERAGE_ROW = new ObjectCodec<>("a coverage row",
            List.of("expected", "answered", "nothingToReport", "low", "silentReporters"),
            (c, g) -> {
                g.writeNumberField("expected", c.expected());
                g.writeNumberField("answered", c.answered());
                if (c.nothingToReport().isPresent()) {
                    g.writeNumberField("nothingToReport", c.nothingToReport().getAsInt());
                }
                g.writeBooleanField("low", c.low());
                Out.array(g, "silentReporters", REPORTER_ID, c.silentReporters());
            },
            f -> {
                CoverageRow.Builder b = CoverageRow.builder();
                f.require("expected");
                f.require("answered");
                f.require("low");
                f.read("expected", INT, b::expected);
                f.read("answered", INT, b::answered);
                f.read("nothingToReport", INT, b::nothingToReport);
                f.read("low", BOOLEAN, b::low);
                f.readList("silentReporters", REPORTER_ID, b::addSilentReporters);
                return f.build(b::build);
            });

    /** An {@link AreaRow}. */
    public static final ObjectCodec<AreaRow> AREA_ROW = new ObjectCodec<>("an area row",
            List.of("id", "name", "areaLevel", "depth", "parent", "point", "level", "assessedPeriod", "decided",
                    "decidedOn", "decidedBy", "suggestedLevel", "reasons", "trend", "trendLastYear", "hotspots",
                    "coverage", "lowCoverage", "focus"),
            (a, g) -> {
                Out.field(g, "id", AREA_ID, a.id());
                g.writeStringField("name", a.name());
                Out.field(g, "areaLevel", AREA_LEVEL, a.areaLevel());
                g.writeNumberField("depth", a.depth());
                Out.optional(g, "parent", AREA_ID, a.parent());
                Out.optional(g, "point", GEO_POINT, a.point());
                Out.optional(g, "level", AssessmentCodecs.SCALE_LEVEL, a.level());
                Out.optional(g, "assessedPeriod", PERIOD, a.assessedPeriod());
                g.writeBooleanField("decided", a.decided());
                Out.optional(g, "decidedOn", DATE, a.decidedOn());
                Out.optionalText(g, "decidedBy", a.decidedBy());
                Out.optional(g, "suggestedLevel", AssessmentCodecs.SCALE_LEVEL, a.suggestedLevel());
                Out.texts(g, "reasons", a.reasons());
                Out.optional(g, "trend", TREND_DIRECTION, a.trend());
                Out.optional(g, "trendLastYear", TREND_DIRECTION, a.trendLastYear());
                Out.array(g, "hotspots", HOTSPOT_ROW, a.hotspots());
                Out.optional(g, "coverage", COVERAGE_ROW, a.coverage());
                g.writeBooleanField("lowCoverage", a.lowCoverage());
                g.writeBooleanField("focus", a.focus());
            },
            f -> {
                AreaRow.Builder b = AreaRow.builder();
                for (String primitive : List.of("depth", "decided", "lowCoverage", "focus")) {
                    f.require(primitive);
                }
                f.read("id", AREA_ID, b::id);
                f.read("name", TEXT, b::name);
                f.read("areaLevel", AREA_LEVEL, b::areaLevel);
                f.read("depth", INT, b::depth);
                f.read("parent", AREA_ID, b::parent);
                f.read("point", GEO_POINT, b::point);
                f.read("level", AssessmentCodecs.SCALE_LEVEL, b::level);
                f.read("assessedPeriod", PERIOD, b::assessedPeriod);
                f.read("decided", BOOLEAN, b::decided);
                f.read("decidedOn", DATE, b::decidedOn);
                f.read("decidedBy", TEXT, b::decidedBy);
                f.read("suggestedLevel", AssessmentCodecs.SCALE_LEVEL, b::suggestedLevel);
                f.readList("reasons", TEXT, b::addReasons);
                f.read("trend", TREND_DIRECTION, b::trend);
                f.read("trendLastYear", TREND_DIRECTION, b::trendLastYear);
                f.readList("hotspots", HOTSPOT_ROW, b::addHotspots);
                f.read("coverage", COVERAGE_ROW, b::coverage);
                f.read("lowCoverage", BOOLEAN, b::lowCoverage);
                f.read("focus", BOOLEAN, b::focus);
                return f.build(b::build);
            });

    /** A {@link FocusArea}. */
    public static final ObjectCodec<FocusArea> FOCUS_AREA = new ObjectCodec<>("a focus area",
            List.of("area", "name", "period", "rank", "decided", "reasons"),
            (a, g) -> {
                Out.field(g, "area", AREA_ID, a.area());
                g.writeStringField("name", a.name());
                Out.field(g, "period", PERIOD, a.period());
                g.writeNumberField("rank", a.rank());
                g.writeBooleanField("decided", a.decided());
                Out.texts(g, "reasons", a.reasons());
            },
            f -> {
                FocusArea.Builder b = FocusArea.builder();
                f.require("rank");
                f.require("decided");
                f.read("area", AREA_ID, b::area);
                f.read("name", TEXT, b::name);
                f.read("period", PERIOD, b::period);
                f.read("rank", INT, b::rank);
                f.read("decided", BOOLEAN, b::decided);
                f.readList("reasons", TEXT, b::addReasons);
                return f.build(b::build);
            });

    /** A {@link FollowUpRow}. */
    public static final ObjectCodec<FollowUpRow> FOLLOW_UP_ROW = new ObjectCodec<>("a follow-up row",
            List.of("date", "evaluated", "suggested", "decided", "reasons", "readings"),
            (u, g) -> {
                Out.field(g, "date", DATE, u.date());
                Out.optional(g, "evaluated", DATE_RANGE, u.evaluated());
                Out.field(g, "suggested", OUTCOME, u.suggested());
                Out.optional(g, "decided", OUTCOME, u.decided());
                Out.texts(g, "reasons", u.reasons());
                Out.texts(g, "readings", u.readings());
            },
            f -> {
                FollowUpRow.Builder b = FollowUpRow.builder();
                f.read("date", DATE, b::date);
                f.read("evaluated", DATE_RANGE, b::evaluated);
                f.read("suggested", OUTCOME, b::suggested);
                f.read("decided", OUTCOME, b::decided);
                f.readList("reasons", TEXT, b::addReasons);
                f.readList("readings", TEXT, b::addReadings);
                return f.build(b::build);
            });

    /** A {@link MeasureRow}; its partners are an object of names keyed by actor id. */
    public static final ObjectCodec<MeasureRow> MEASURE_ROW = new ObjectCodec<>("a measure row",
            List.of("id", "title", "type", "status", "horizon", "start", "end", "targetAreas", "targetCategories",
                    "leadActor", "leadActorName", "partners", "description", "visibility", "nextFollowUp",
                    "latestFollowUp"),
            (m, g) -> {
                Out.field(g, "id", MEASURE_ID, m.id());
                g.writeStringField("title", m.title());
                Out.field(g, "type", MeasureCodecs.MEASURE_TYPE, m.type());
                Out.field(g, "status", MEASURE_STATUS, m.status());
                Out.field(g, "horizon", HORIZON, m.horizon());
                Out.field(g, "start", DATE, m.start());
                Out.optional(g, "end", DATE, m.end());
                Out.array(g, "targetAreas", AREA_ID, m.targetAreas());
                Out.array(g, "targetCategories", CATEGORY_ID, m.targetCategories());
                Out.field(g, "leadActor", ACTOR_ID, m.leadActor());
                g.writeStringField("leadActorName", m.leadActorName());
                Out.map(g, "partners", ACTOR_ID, (String name, com.fasterxml.jackson.core.JsonGenerator out)
                        -> out.writeString(name), m.partners());
                Out.optionalText(g, "description", m.description());
                Out.field(g, "visibility", VISIBILITY, m.visibility());
                Out.optional(g, "nextFollowUp", DATE, m.nextFollowUp());
                Out.optional(g, "latestFollowUp", FOLLOW_UP_ROW, m.latestFollowUp());
            },
            f -> {
                MeasureRow.Builder b = MeasureRow.builder();
                f.read("id", MEASURE_ID, b::id);
                f.read("title", TEXT, b::title);
                f.read("type", MeasureCodecs.MEASURE_TYPE, b::type);
                f.read("status", MEASURE_STATUS, b::status);
                f.read("horizon", HORIZON, b::horizon);
                f.read("start", DATE, b::start);
                f.read("end", DATE, b::end);
                f.readList("targetAreas", AREA_ID, b::addTargetAreas);
                f.readList("targetCategories", CATEGORY_ID, b::addTargetCategories);
                f.read("leadActor", ACTOR_ID, b::leadActor);
                f.read("leadActorName", TEXT, b::leadActorName);
                f.readMap("partners", ACTOR_ID, TEXT, b::putPartners);
                f.read("description", TEXT, b::description);
                f.read("visibility", VISIBILITY, b::visibility);
                f.read("nextFollowUp", DATE, b::nextFollowUp);
                f.read("latestFollowUp", FOLLOW_UP_ROW, b::latestFollowUp);
                return f.build(b::build);
            });

    /** An {@link ObservationLine}. */
    public static final ObjectCodec<ObservationLine> OBSERVATION_LINE = new ObjectCodec<>("an observation line",
            List.of("id", "date", "timeOfDay", "area", "placeName", "category", "severity", "source", "reporter",
                    "channel", "visibility", "text"),
            (o, g) -> {
                Out.field(g, "id", OBSERVATION_ID, o.id());
                Out.field(g, "date", DATE, o.date());
                Out.optional(g, "timeOfDay", TIME_OF_DAY, o.timeOfDay());
                Out.field(g, "area", AREA_ID, o.area());
                Out.optionalText(g, "placeName", o.placeName());
                Out.field(g, "category", CATEGORY_ID, o.category());
                Out.field(g, "severity", SEVERITY, o.severity());
                Out.field(g, "source", SOURCE, o.source());
                Out.optional(g, "reporter", REPORTER_ID, o.reporter());
                Out.optionalText(g, "channel", o.channel());
                Out.field(g, "visibility", VISIBILITY, o.visibility());
                g.writeStringField("text", o.text());
            },
            f -> {
                ObservationLine.Builder b = ObservationLine.builder();
                f.read("id", OBSERVATION_ID, b::id);
                f.read("date", DATE, b::date);
                f.read("timeOfDay", TIME_OF_DAY, b::timeOfDay);
                f.read("area", AREA_ID, b::area);
                f.read("placeName", TEXT, b::placeName);
                f.read("category", CATEGORY_ID, b::category);
                f.read("severity", SEVERITY, b::severity);
                f.read("source", SOURCE, b::source);
                f.read("reporter", REPORTER_ID, b::reporter);
                f.read("channel", TEXT, b::channel);
                f.read("visibility", VISIBILITY, b::visibility);
                f.read("text", TEXT, b::text);
                return f.build(b::build);
            });

    /** A {@link ReporterFeedback}. */
    public static final ObjectCodec<ReporterFeedback> REPORTER_FEEDBACK = new ObjectCodec<>("reporter feedback",
            List.of("kind", "reporter", "actor", "actorName", "reports", "areas", "measures"),
            (r, g) -> {
                Out.field(g, "kind", FEEDBACK_KIND, r.kind());
                Out.optional(g, "reporter", REPORTER_ID, r.reporter());
                Out.field(g, "actor", ACTOR_ID, r.actor());
                g.writeStringField("actorName", r.actorName());
                Out.field(g, "reports", COUNTS_TABLE, r.reports());
                Out.array(g, "areas", AREA_ID, r.areas());
                Out.array(g, "measures", MEASURE_ID, r.measures());
            },
            f -> {
                ReporterFeedback.Builder b = ReporterFeedback.builder();
                f.read("kind", FEEDBACK_KIND, b::kind);
                f.read("reporter", REPORTER_ID, b::reporter);
                f.read("actor", ACTOR_ID, b::actor);
                f.read("actorName", TEXT, b::actorName);
                f.read("reports", COUNTS_TABLE, b::reports);
                f.readList("areas", AREA_ID, b::addAreas);
                f.readList("measures", MEASURE_ID, b::addMeasures);
                return f.build(b::build);
            });

    /** A {@link FeedbackReport}. */
    public static final ObjectCodec<FeedbackReport> FEEDBACK_REPORT = new ObjectCodec<>("a feedback report",
            List.of("policy", "title", "municipality", "period", "locale", "scale", "categories", "areas", "counts",
                    "history", "focusAreas", "measures", "observations", "reporterFeedback", "showsReasons", "notes"),
            (r, g) -> {
                Out.field(g, "policy", OtherCodecs.DISCLOSURE_POLICY, r.policy());
                g.writeStringField("title", r.title());
                g.writeStringField("municipality", r.municipality());
                Out.field(g, "period", PERIOD, r.period());
                Out.field(g, "locale", LOCALE, r.locale());
                Out.optional(g, "scale", AssessmentCodecs.SCALE, r.scale());
                Out.array(g, "categories", MappingCodecs.CATEGORY, r.categories());
                Out.array(g, "areas", AREA_ROW, r.areas());
                Out.field(g, "counts", COUNTS_TABLE, r.counts());
                Out.field(g, "history", HISTORY_TABLE, r.history());
                Out.array(g, "focusAreas", FOCUS_AREA, r.focusAreas());
                Out.array(g, "measures", MEASURE_ROW, r.measures());
                Out.array(g, "observations", OBSERVATION_LINE, r.observations());
                Out.array(g, "reporterFeedback", REPORTER_FEEDBACK, r.reporterFeedback());
                g.writeBooleanField("showsReasons", r.showsReasons());
                Out.texts(g, "notes", r.notes());
            },
            f -> {
                FeedbackReport.Builder b = FeedbackReport.builder();
                f.require("showsReasons");
                // Checked here too: the report's own check reads every text, the title included, before it fails.
                f.require("title");
                f.read("policy", OtherCodecs.DISCLOSURE_POLICY, b::policy);
                f.read("title", TEXT, b::title);
                f.read("municipality", TEXT, b::municipality);
                f.read("period", PERIOD, b::period);
                f.read("locale", LOCALE, b::locale);
                f.read("scale", AssessmentCodecs.SCALE, b::scale);
                f.readList("categories", MappingCodecs.CATEGORY, b::addCategories);
                f.readList("areas", AREA_ROW, b::addAreas);
                f.read("counts", COUNTS_TABLE, b::counts);
                f.read("history", HISTORY_TABLE, b::history);
                f.readList("focusAreas", FOCUS_AREA, b::addFocusAreas);
                f.readList("measures", MEASURE_ROW, b::addMeasures);
                f.readList("observations", OBSERVATION_LINE, b::addObservations);
                f.readList("reporterFeedback", REPORTER_FEEDBACK, b::addReporterFeedback);
                f.read("showsReasons", BOOLEAN, b::showsReasons);
                f.readList("notes", TEXT, b::addNotes);
                return f.build(b::build);
            });
}
