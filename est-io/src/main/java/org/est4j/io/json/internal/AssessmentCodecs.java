package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.AREA_ID;
import static org.est4j.io.json.internal.Values.DATE;
import static org.est4j.io.json.internal.Values.INT;
import static org.est4j.io.json.internal.Values.PERIOD;
import static org.est4j.io.json.internal.Values.TEXT;

import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;

/**
 * Codecs of scales, assessments and decisions.
 *
 * <p>This class is internal and not for public use.
 */
public final class AssessmentCodecs {
    private AssessmentCodecs() {}

    /** A {@link ScaleLevel}. */
    public static final ObjectCodec<ScaleLevel> SCALE_LEVEL = new ObjectCodec<>("a scale level",
            List.of("code", "rank", "labelSv", "labelEn", "colour", "meaningSv", "meaningEn"),
            (l, g) -> {
                g.writeStringField("code", l.code());
                g.writeNumberField("rank", l.rank());
                g.writeStringField("labelSv", l.labelSv());
                g.writeStringField("labelEn", l.labelEn());
                g.writeStringField("colour", l.colour());
                g.writeStringField("meaningSv", l.meaningSv());
                g.writeStringField("meaningEn", l.meaningEn());
            },
            f -> {
                ScaleLevel.Builder b = ScaleLevel.builder();
                f.require("rank");
                f.read("code", TEXT, b::code);
                f.read("rank", INT, b::rank);
                f.read("labelSv", TEXT, b::labelSv);
                f.read("labelEn", TEXT, b::labelEn);
                f.read("colour", TEXT, b::colour);
                f.read("meaningSv", TEXT, b::meaningSv);
                f.read("meaningEn", TEXT, b::meaningEn);
                return f.build(b::build);
            });

    /** A {@link Scale}: its levels in rank order. */
    public static final ObjectCodec<Scale> SCALE = new ObjectCodec<>("a scale",
            List.of("id", "nameSv", "nameEn", "levels"),
            (s, g) -> {
                g.writeStringField("id", s.id());
                g.writeStringField("nameSv", s.nameSv());
                g.writeStringField("nameEn", s.nameEn());
                Out.array(g, "levels", SCALE_LEVEL, s.levels());
            },
            f -> {
                Scale.Builder b = Scale.builder();
                f.read("id", TEXT, b::id);
                f.read("nameSv", TEXT, b::nameSv);
                f.read("nameEn", TEXT, b::nameEn);
                f.readList("levels", SCALE_LEVEL, b::addLevels);
                return f.build(b::build);
            });

    /** The group's decision about a level, as an assessment's override. */
    public static final ObjectCodec<Decision<ScaleLevel>> LEVEL_DECISION = decision(SCALE_LEVEL);

    /** An {@link Assessment}. */
    public static final ObjectCodec<Assessment> ASSESSMENT = new ObjectCodec<>("an assessment",
            List.of("area", "period", "scaleId", "suggested", "reasons", "modelId", "override"),
            (a, g) -> {
                Out.field(g, "area", AREA_ID, a.area());
                Out.field(g, "period", PERIOD, a.period());
                g.writeStringField("scaleId", a.scaleId());
                Out.field(g, "suggested", SCALE_LEVEL, a.suggested());
                Out.texts(g, "reasons", a.reasons());
                g.writeStringField("modelId", a.modelId());
                Out.optional(g, "override", LEVEL_DECISION, a.override());
            },
            f -> {
                Assessment.Builder b = Assessment.builder();
                // Checked here too: Assessment's own check dereferences a missing period when an override is present.
                f.require("period");
                f.read("area", AREA_ID, b::area);
                f.read("period", PERIOD, b::period);
                f.read("scaleId", TEXT, b::scaleId);
                f.read("suggested", SCALE_LEVEL, b::suggested);
                f.readList("reasons", TEXT, b::addReasons);
                f.read("modelId", TEXT, b::modelId);
                f.read("override", LEVEL_DECISION, b::override);
                return f.build(b::build);
            });

    /**
     * Returns the codec of a {@link Decision} about values of one type.
     *
     * @param <T> the type of what is decided
     * @param value the codec of what is decided
     * @return the codec, {@code {"value": …, "decidedBy": …, "reason": …, "decidedOn": …}}
     */
    public static <T> ObjectCodec<Decision<T>> decision(Codec<T> value) {
        return new ObjectCodec<>("a decision", List.of("value", "decidedBy", "reason", "decidedOn"),
                (d, g) -> {
                    Out.field(g, "value", value, d.value());
                    g.writeStringField("decidedBy", d.decidedBy());
                    g.writeStringField("reason", d.reason());
                    Out.field(g, "decidedOn", DATE, d.decidedOn());
                },
                f -> {
                    Decision.Builder<T> b = Decision.builder();
                    f.read("value", value, b::value);
                    f.read("decidedBy", TEXT, b::decidedBy);
                    f.read("reason", TEXT, b::reason);
                    f.read("decidedOn", DATE, b::decidedOn);
                    return f.build(b::build);
                });
    }
}
