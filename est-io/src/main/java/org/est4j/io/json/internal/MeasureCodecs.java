package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.ACTOR_ID;
import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.CATEGORY_ID;
import static org.est4j.io.json.internal.Values.DATE;
import static org.est4j.io.json.internal.Values.DATE_RANGE;
import static org.est4j.io.json.internal.Values.DURATION;
import static org.est4j.io.json.internal.Values.GEO_POINT;
import static org.est4j.io.json.internal.Values.HORIZON;
import static org.est4j.io.json.internal.Values.MEASURE_ID;
import static org.est4j.io.json.internal.Values.MEASURE_STATUS;
import static org.est4j.io.json.internal.Values.NUMBER;
import static org.est4j.io.json.internal.Values.OBSERVATION_ID;
import static org.est4j.io.json.internal.Values.OUTCOME;
import static org.est4j.io.json.internal.Values.TEXT;
import static org.est4j.io.json.internal.Values.VISIBILITY;

import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.picture.Hotspot;

/**
 * Codecs of hotspots, measures and follow-ups.
 *
 * <p>This class is internal and not for public use.
 */
public final class MeasureCodecs {
    private MeasureCodecs() {}

    /** A {@link Hotspot}. */
    public static final ObjectCodec<Hotspot> HOTSPOT = new ObjectCodec<>("a hotspot",
            List.of("area", "placeName", "point", "window", "method", "score", "observations", "reasons"),
            (h, g) -> {
                Out.field(g, "area", AREA_ID, h.area());
                Out.optionalText(g, "placeName", h.placeName());
                Out.optional(g, "point", GEO_POINT, h.point());
                Out.field(g, "window", DATE_RANGE, h.window());
                g.writeStringField("method", h.method());
                g.writeNumberField("score", h.score());
                Out.array(g, "observations", OBSERVATION_ID, h.observations());
                Out.texts(g, "reasons", h.reasons());
            },
            f -> {
                Hotspot.Builder b = Hotspot.builder();
                f.require("score");
                f.read("area", AREA_ID, b::area);
                f.read("placeName", TEXT, b::placeName);
                f.read("point", GEO_POINT, b::point);
                f.read("window", DATE_RANGE, b::window);
                f.read("method", TEXT, b::method);
                f.read("score", NUMBER, b::score);
                f.readList("observations", OBSERVATION_ID, b::addObservations);
                f.readList("reasons", TEXT, b::addReasons);
                return f.build(b::build);
            });

    /**
     * A {@link MeasureType}, always written with its labels. On reading, the labels may be left out together, which
     * gives the built-in type of the code, or a type whose labels are its code.
     */
    public static final ObjectCodec<MeasureType> MEASURE_TYPE = new ObjectCodec<>("a measure type",
            List.of("code", "labelSv", "labelEn"),
            (t, g) -> {
                g.writeStringField("code", t.code());
                g.writeStringField("labelSv", t.labelSv());
                g.writeStringField("labelEn", t.labelEn());
            },
            f -> {
                String[] parts = new String[3];
                f.require("code");
                f.read("code", TEXT, v -> parts[0] = v);
                f.read("labelSv", TEXT, v -> parts[1] = v);
                f.read("labelEn", TEXT, v -> parts[2] = v);
                if (f.has("labelSv") != f.has("labelEn")) {
                    String missing = f.has("labelSv") ? "labelEn" : "labelSv";
                    f.reading().add(f.path(missing), "is required when " + (f.has("labelSv") ? "labelSv" : "labelEn")
                            + " is given: give both labels or neither", null);
                }
                return f.build(() -> parts[1] == null && parts[2] == null ? MeasureType.of(parts[0])
                        : MeasureType.of(parts[0], parts[1], parts[2]));
            });

    /** A {@link Measure}. */
    public static final ObjectCodec<Measure> MEASURE = new ObjectCodec<>("a measure",
            List.of("id", "title", "type", "targetAreas", "targetCategories", "leadActor", "partners", "start", "end",
                    "horizon", "status", "description", "visibility", "followUpEvery"),
            (m, g) -> {
                Out.field(g, "id", MEASURE_ID, m.id());
                g.writeStringField("title", m.title());
                Out.field(g, "type", MEASURE_TYPE, m.type());
                Out.array(g, "targetAreas", AREA_ID, m.targetAreas());
                Out.array(g, "targetCategories", CATEGORY_ID, m.targetCategories());
                Out.field(g, "leadActor", ACTOR_ID, m.leadActor());
                Out.array(g, "partners", ACTOR_ID, m.partners());
                Out.field(g, "start", DATE, m.start());
                Out.optional(g, "end", DATE, m.end());
                Out.field(g, "horizon", HORIZON, m.horizon());
                Out.field(g, "status", MEASURE_STATUS, m.status());
                Out.optionalText(g, "description", m.description());
                Out.field(g, "visibility", VISIBILITY, m.visibility());
                Out.field(g, "followUpEvery", DURATION, m.followUpEvery());
            },
            f -> {
                Measure.Builder b = Measure.builder();
                f.read("id", MEASURE_ID, b::id);
                f.read("title", TEXT, b::title);
                f.read("type", MEASURE_TYPE, b::type);
                f.readList("targetAreas", AREA_ID, b::addTargetAreas);
                f.readList("targetCategories", CATEGORY_ID, b::addTargetCategories);
                f.read("leadActor", ACTOR_ID, b::leadActor);
                f.readList("partners", ACTOR_ID, b::addPartners);
                f.read("start", DATE, b::start);
                f.read("end", DATE, b::end);
                f.read("horizon", HORIZON, b::horizon);
                f.read("status", MEASURE_STATUS, b::status);
                f.read("description", TEXT, b::description);
                f.read("visibility", VISIBILITY, b::visibility);
                f.read("followUpEvery", DURATION, b::followUpEvery);
                return f.build(b::build);
            });

    /** The group's decision about an outcome, as a follow-up's decision. */
    public static final ObjectCodec<Decision<Outcome>> OUTCOME_DECISION = AssessmentCodecs.decision(OUTCOME);

    /** A {@link FollowUp}. */
    public static final ObjectCodec<FollowUp> FOLLOW_UP = new ObjectCodec<>("a follow-up",
            List.of("measure", "date", "evaluated", "suggested", "reasons", "decision"),
            (u, g) -> {
                Out.field(g, "measure", MEASURE_ID, u.measure());
                Out.field(g, "date", DATE, u.date());
                Out.optional(g, "evaluated", DATE_RANGE, u.evaluated());
                Out.field(g, "suggested", OUTCOME, u.suggested());
                Out.texts(g, "reasons", u.reasons());
                Out.optional(g, "decision", OUTCOME_DECISION, u.decision());
            },
            f -> {
                FollowUp.Builder b = FollowUp.builder();
                f.read("measure", MEASURE_ID, b::measure);
                f.read("date", DATE, b::date);
                f.read("evaluated", DATE_RANGE, b::evaluated);
                f.read("suggested", OUTCOME, b::suggested);
                f.readList("reasons", TEXT, b::addReasons);
                f.read("decision", OUTCOME_DECISION, b::decision);
                return f.build(b::build);
            });
}
