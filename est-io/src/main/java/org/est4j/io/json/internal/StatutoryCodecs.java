package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.ACTOR_ID;
import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.BOOLEAN;
import static org.est4j.io.json.internal.Values.CATEGORY_ID;
import static org.est4j.io.json.internal.Values.CHANGE;
import static org.est4j.io.json.internal.Values.EVALUATION_METHOD;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.LOCALE;
import static org.est4j.io.json.internal.Values.MEASURE_ID;
import static org.est4j.io.json.internal.Values.NUMBER;
import static org.est4j.io.json.internal.Values.OUTCOME;
import static org.est4j.io.json.internal.Values.PERIOD;
import static org.est4j.io.json.internal.Values.SEVERITY_KEY;
import static org.est4j.io.json.internal.Values.SOURCE;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.TRIANGLE_SIDE;
import static org.est4j.io.json.internal.Values.VISIBILITY;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.est4j.core.area.AreaId;
import org.est4j.core.feedback.ActionPlan;
import org.est4j.core.feedback.AreaNeed;
import org.est4j.core.feedback.CauseSummary;
import org.est4j.core.feedback.MeasureEffectRow;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.feedback.StatutorySituation;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.time.Period;

/**
 * Codecs of the statutory report (the annual account of the situation and the action plan): its situation with
 * four suppressed tables, its action plan, and their parts. Read through the report's builder, which refuses a
 * report that breaks its own policy; tables through {@link TableCodec}.
 *
 * <p>This class is internal and not for public use.
 */
public final class StatutoryCodecs {
    private StatutoryCodecs() {}

    /** A table of counts by area and top-level category. */
    public static final TableCodec<AreaId, CategoryId> EXTENT_TABLE = FeedbackCodecs.COUNTS_TABLE;
    /** A table of counts by top-level category and period. */
    public static final TableCodec<CategoryId, Period> DEVELOPMENT_TABLE = new TableCodec<>(CATEGORY_ID, PERIOD);
    /** A table of counts by top-level category and severity. */
    public static final TableCodec<CategoryId, Severity> CONSEQUENCES_TABLE =
            new TableCodec<>(CATEGORY_ID, SEVERITY_KEY);

    private static void texts(List<String> texts, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (String text : texts) {
            g.writeString(text);
        }
        g.writeEndArray();
    }

    /** A {@link CauseSummary}; its sides are lists of findings keyed by side of the triangle. */
    public static final ObjectCodec<CauseSummary> CAUSE_SUMMARY = new ObjectCodec<>("a cause summary",
            List.of("area", "period", "sides", "conclusions", "visibility"),
            (c, g) -> {
                Out.field(g, "area", AREA_ID, c.area());
                Out.field(g, "period", PERIOD, c.period());
                Out.map(g, "sides", TRIANGLE_SIDE, StatutoryCodecs::texts, c.sides());
                Out.texts(g, "conclusions", c.conclusions());
                Out.field(g, "visibility", VISIBILITY, c.visibility());
            },
            f -> {
                CauseSummary.Builder b = CauseSummary.builder();
                f.read("area", AREA_ID, b::area);
                f.read("period", PERIOD, b::period);
                f.readMap("sides", TRIANGLE_SIDE, Values.listOf(TEXT), b::putSides);
                f.readList("conclusions", TEXT, b::addConclusions);
                f.read("visibility", VISIBILITY, b::visibility);
                return f.build(b::build);
            });

    /** A {@link MeasureEffectRow}. */
    public static final ObjectCodec<MeasureEffectRow> MEASURE_EFFECT = new ObjectCodec<>("a measure's effect",
            List.of("measure", "title", "change", "suggested", "decided", "method", "estimate", "reading"),
            (e, g) -> {
                Out.field(g, "measure", MEASURE_ID, e.measure());
                g.writeStringField("title", e.title());
                Out.field(g, "change", CHANGE, e.change());
                Out.optional(g, "suggested", OUTCOME, e.suggested());
                Out.optional(g, "decided", OUTCOME, e.decided());
                Out.optional(g, "method", EVALUATION_METHOD, e.method());
                Out.optionalNumber(g, "estimate", e.estimate());
                Out.optionalText(g, "reading", e.reading());
            },
            f -> {
                MeasureEffectRow.Builder b = MeasureEffectRow.builder();
                f.read("measure", MEASURE_ID, b::measure);
                f.read("title", TEXT, b::title);
                f.read("change", CHANGE, b::change);
                f.read("suggested", OUTCOME, b::suggested);
                f.read("decided", OUTCOME, b::decided);
                f.read("method", EVALUATION_METHOD, b::method);
                f.read("estimate", NUMBER, b::estimate);
                f.read("reading", TEXT, b::reading);
                return f.build(b::build);
            });

    /** A {@link StatutorySituation}. */
    public static final ObjectCodec<StatutorySituation> SITUATION = new ObjectCodec<>("a statutory situation",
            List.of("categories", "extent", "development", "consequences", "history", "areas", "sources", "rounds",
                    "responseRate", "otherInformation", "analysis", "focusAreas", "causeAnalyses", "effects"),
            (s, g) -> {
                Out.array(g, "categories", MappingCodecs.CATEGORY, s.categories());
                Out.field(g, "extent", EXTENT_TABLE, s.extent());
                Out.field(g, "development", DEVELOPMENT_TABLE, s.development());
                Out.field(g, "consequences", CONSEQUENCES_TABLE, s.consequences());
                Out.field(g, "history", FeedbackCodecs.HISTORY_TABLE, s.history());
                Out.array(g, "areas", FeedbackCodecs.AREA_ROW, s.areas());
                Out.array(g, "sources", SOURCE, s.sources());
                g.writeNumberField("rounds", s.rounds());
                Out.optionalNumber(g, "responseRate", s.responseRate());
                Out.texts(g, "otherInformation", s.otherInformation());
                Out.texts(g, "analysis", s.analysis());
                Out.array(g, "focusAreas", FeedbackCodecs.FOCUS_AREA, s.focusAreas());
                Out.array(g, "causeAnalyses", CAUSE_SUMMARY, s.causeAnalyses());
                Out.array(g, "effects", MEASURE_EFFECT, s.effects());
            },
            f -> {
                StatutorySituation.Builder b = StatutorySituation.builder();
                f.require("rounds");
                f.readList("categories", MappingCodecs.CATEGORY, b::addCategories);
                f.read("extent", EXTENT_TABLE, b::extent);
                f.read("development", DEVELOPMENT_TABLE, b::development);
                f.read("consequences", CONSEQUENCES_TABLE, b::consequences);
                f.read("history", FeedbackCodecs.HISTORY_TABLE, b::history);
                f.readList("areas", FeedbackCodecs.AREA_ROW, b::addAreas);
                f.readList("sources", SOURCE, b::addSources);
                f.read("rounds", INT, b::rounds);
                f.read("responseRate", NUMBER, b::responseRate);
                f.readList("otherInformation", TEXT, b::addOtherInformation);
                f.readList("analysis", TEXT, b::addAnalysis);
                f.readList("focusAreas", FeedbackCodecs.FOCUS_AREA, b::addFocusAreas);
                f.readList("causeAnalyses", CAUSE_SUMMARY, b::addCauseAnalyses);
                f.readList("effects", MEASURE_EFFECT, b::addEffects);
                return f.build(b::build);
            });

    /** An {@link AreaNeed}. */
    public static final ObjectCodec<AreaNeed> AREA_NEED = new ObjectCodec<>("an area's need",
            List.of("area", "name", "level", "focus", "measures"),
            (n, g) -> {
                Out.field(g, "area", AREA_ID, n.area());
                g.writeStringField("name", n.name());
                Out.optional(g, "level", AssessmentCodecs.SCALE_LEVEL, n.level());
                g.writeBooleanField("focus", n.focus());
                Out.array(g, "measures", MEASURE_ID, n.measures());
            },
            f -> {
                AreaNeed.Builder b = AreaNeed.builder();
                f.require("focus");
                f.read("area", AREA_ID, b::area);
                f.read("name", TEXT, b::name);
                f.read("level", AssessmentCodecs.SCALE_LEVEL, b::level);
                f.read("focus", BOOLEAN, b::focus);
                f.readList("measures", MEASURE_ID, b::addMeasures);
                return f.build(b::build);
            });

    /** An {@link ActionPlan}; its actors are names keyed by actor id. */
    public static final ObjectCodec<ActionPlan> ACTION_PLAN = new ObjectCodec<>("an action plan",
            List.of("needs", "measures", "actors"),
            (p, g) -> {
                Out.array(g, "needs", AREA_NEED, p.needs());
                Out.array(g, "measures", FeedbackCodecs.MEASURE_ROW, p.measures());
                Out.map(g, "actors", ACTOR_ID, (String name, JsonGenerator out) -> out.writeString(name), p.actors());
            },
            f -> {
                ActionPlan.Builder b = ActionPlan.builder();
                f.readList("needs", AREA_NEED, b::addNeeds);
                f.readList("measures", FeedbackCodecs.MEASURE_ROW, b::addMeasures);
                f.readMap("actors", ACTOR_ID, TEXT, b::putActors);
                return f.build(b::build);
            });

    /** A {@link StatutoryReport}. */
    public static final ObjectCodec<StatutoryReport> STATUTORY_REPORT = new ObjectCodec<>("a statutory report",
            List.of("policy", "title", "municipality", "year", "locale", "scale", "situation", "actionPlan",
                    "showsReasons", "notes"),
            (r, g) -> {
                Out.field(g, "policy", OtherCodecs.DISCLOSURE_POLICY, r.policy());
                g.writeStringField("title", r.title());
                g.writeStringField("municipality", r.municipality());
                Out.field(g, "year", PERIOD, r.year());
                Out.field(g, "locale", LOCALE, r.locale());
                Out.optional(g, "scale", AssessmentCodecs.SCALE, r.scale());
                Out.field(g, "situation", SITUATION, r.situation());
                Out.field(g, "actionPlan", ACTION_PLAN, r.actionPlan());
                g.writeBooleanField("showsReasons", r.showsReasons());
                Out.texts(g, "notes", r.notes());
            },
            f -> {
                StatutoryReport.Builder b = StatutoryReport.builder();
                f.require("showsReasons");
                // Checked here too: the report's own check reads every text, the title included, before it fails.
                f.require("title");
                f.read("policy", OtherCodecs.DISCLOSURE_POLICY, b::policy);
                f.read("title", TEXT, b::title);
                f.read("municipality", TEXT, b::municipality);
                f.read("year", PERIOD, b::year);
                f.read("locale", LOCALE, b::locale);
                f.read("scale", AssessmentCodecs.SCALE, b::scale);
                f.read("situation", SITUATION, b::situation);
                f.read("actionPlan", ACTION_PLAN, b::actionPlan);
                f.read("showsReasons", BOOLEAN, b::showsReasons);
                f.readList("notes", TEXT, b::addNotes);
                return f.build(b::build);
            });
}
