package org.est4j.io.json.internal;

import static org.est4j.io.json.internal.Values.ALTERNATIVE;
import static org.est4j.io.json.internal.Values.EVALUATION_METHOD;
import static org.est4j.io.json.internal.Values.LONG;
import static org.est4j.io.json.internal.Values.NUMBER;
import static org.est4j.io.json.internal.Values.TEXT;

import java.util.List;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;

/**
 * Codecs of follow-up evaluations and their inputs.
 *
 * <p>This class is internal and not for public use.
 */
public final class EvaluationCodecs {
    private EvaluationCodecs() {}

    /** A {@link BeforeAfter} pair of counts. */
    public static final ObjectCodec<BeforeAfter> BEFORE_AFTER = new ObjectCodec<>("counts before and after",
            List.of("before", "after"),
            (c, g) -> {
                g.writeNumberField("before", c.before());
                g.writeNumberField("after", c.after());
            },
            f -> {
                long[] counts = new long[2];
                f.require("before");
                f.require("after");
                f.read("before", LONG, v -> counts[0] = v);
                f.read("after", LONG, v -> counts[1] = v);
                return f.build(() -> BeforeAfter.of(counts[0], counts[1]));
            });

    /** The counts of a before/after design, {@link PlaceCounts}. */
    public static final ObjectCodec<PlaceCounts> PLACE_COUNTS = new ObjectCodec<>("place counts",
            List.of("crimeType", "treated", "control", "buffer", "controlBuffer", "beforeLength", "afterLength",
                    "treatedSize", "controlSize", "bufferSize", "controlBufferSize"),
            (c, g) -> {
                Out.optionalText(g, "crimeType", c.crimeType());
                Out.field(g, "treated", BEFORE_AFTER, c.treated());
                Out.field(g, "control", BEFORE_AFTER, c.control());
                Out.optional(g, "buffer", BEFORE_AFTER, c.buffer());
                Out.optional(g, "controlBuffer", BEFORE_AFTER, c.controlBuffer());
                g.writeNumberField("beforeLength", c.beforeLength());
                g.writeNumberField("afterLength", c.afterLength());
                g.writeNumberField("treatedSize", c.treatedSize());
                g.writeNumberField("controlSize", c.controlSize());
                g.writeNumberField("bufferSize", c.bufferSize());
                g.writeNumberField("controlBufferSize", c.controlBufferSize());
            },
            f -> {
                PlaceCounts.Builder b = PlaceCounts.builder();
                f.read("crimeType", TEXT, b::crimeType);
                f.read("treated", BEFORE_AFTER, b::treated);
                f.read("control", BEFORE_AFTER, b::control);
                f.read("buffer", BEFORE_AFTER, b::buffer);
                f.read("controlBuffer", BEFORE_AFTER, b::controlBuffer);
                f.read("beforeLength", NUMBER, b::beforeLength);
                f.read("afterLength", NUMBER, b::afterLength);
                f.read("treatedSize", NUMBER, b::treatedSize);
                f.read("controlSize", NUMBER, b::controlSize);
                f.read("bufferSize", NUMBER, b::bufferSize);
                f.read("controlBufferSize", NUMBER, b::controlBufferSize);
                return f.build(b::build);
            });

    /** A {@link ConfidenceInterval}. */
    public static final ObjectCodec<ConfidenceInterval> CONFIDENCE_INTERVAL = new ObjectCodec<>(
            "a confidence interval", List.of("level", "lower", "upper"),
            (ci, g) -> {
                g.writeNumberField("level", ci.level());
                g.writeNumberField("lower", ci.lower());
                g.writeNumberField("upper", ci.upper());
            },
            f -> {
                double[] v = new double[3];
                f.require("level");
                f.require("lower");
                f.require("upper");
                f.read("level", NUMBER, x -> v[0] = x);
                f.read("lower", NUMBER, x -> v[1] = x);
                f.read("upper", NUMBER, x -> v[2] = x);
                return f.build(() -> ConfidenceInterval.of(v[0], v[1], v[2]));
            });

    /** An {@link EvaluationWarning}. */
    public static final ObjectCodec<EvaluationWarning> WARNING = new ObjectCodec<>("an evaluation warning",
            List.of("code", "textSv", "textEn"),
            (w, g) -> {
                g.writeStringField("code", w.code());
                g.writeStringField("textSv", w.textSv());
                g.writeStringField("textEn", w.textEn());
            },
            f -> {
                String[] v = new String[3];
                f.require("code");
                f.require("textSv");
                f.require("textEn");
                f.read("code", TEXT, x -> v[0] = x);
                f.read("textSv", TEXT, x -> v[1] = x);
                f.read("textEn", TEXT, x -> v[2] = x);
                return f.build(() -> EvaluationWarning.of(v[0], v[1], v[2]));
            });

    /** An {@link Evaluation.Component}. */
    public static final ObjectCodec<Evaluation.Component> COMPONENT = new ObjectCodec<>("an evaluation component",
            List.of("key", "value", "labelSv", "labelEn"),
            (c, g) -> {
                g.writeStringField("key", c.key());
                g.writeNumberField("value", c.value());
                g.writeStringField("labelSv", c.labelSv());
                g.writeStringField("labelEn", c.labelEn());
            },
            f -> {
                String[] v = new String[3];
                double[] value = new double[1];
                f.require("key");
                f.require("value");
                f.require("labelSv");
                f.require("labelEn");
                f.read("key", TEXT, x -> v[0] = x);
                f.read("value", NUMBER, x -> value[0] = x);
                f.read("labelSv", TEXT, x -> v[1] = x);
                f.read("labelEn", TEXT, x -> v[2] = x);
                return f.build(() -> Evaluation.Component.of(v[0], value[0], v[1], v[2]));
            });

    /** An {@link Evaluation}, with the evaluations it aggregates nested in {@code breakdown}. */
    public static final ObjectCodec<Evaluation> EVALUATION = new ObjectCodec<>("an evaluation",
            List.of("method", "crimeType", "estimate", "standardError", "z", "pValue", "alternative",
                    "confidenceInterval", "readingSv", "readingEn", "warnings", "components", "breakdown"),
            (e, g) -> {
                Out.field(g, "method", EVALUATION_METHOD, e.method());
                Out.optionalText(g, "crimeType", e.crimeType());
                g.writeNumberField("estimate", e.estimate());
                Out.optionalNumber(g, "standardError", e.standardError());
                Out.optionalNumber(g, "z", e.z());
                Out.optionalNumber(g, "pValue", e.pValue());
                Out.field(g, "alternative", ALTERNATIVE, e.alternative());
                Out.optional(g, "confidenceInterval", CONFIDENCE_INTERVAL, e.confidenceInterval());
                g.writeStringField("readingSv", e.readingSv());
                g.writeStringField("readingEn", e.readingEn());
                Out.array(g, "warnings", WARNING, e.warnings());
                Out.array(g, "components", COMPONENT, e.components());
                Out.array(g, "breakdown", EvaluationCodecs.EVALUATION, e.breakdown());
            },
            f -> {
                Evaluation.Builder b = Evaluation.builder();
                f.require("estimate");
                f.read("method", EVALUATION_METHOD, b::method);
                f.read("crimeType", TEXT, b::crimeType);
                f.read("estimate", NUMBER, b::estimate);
                f.read("standardError", NUMBER, b::standardError);
                f.read("z", NUMBER, b::z);
                f.read("pValue", NUMBER, b::pValue);
                f.read("alternative", ALTERNATIVE, b::alternative);
                f.read("confidenceInterval", CONFIDENCE_INTERVAL, b::confidenceInterval);
                f.read("readingSv", TEXT, b::readingSv);
                f.read("readingEn", TEXT, b::readingEn);
                f.readList("warnings", WARNING, b::addWarnings);
                f.readList("components", COMPONENT, b::addComponents);
                f.readList("breakdown", EvaluationCodecs.EVALUATION, b::addBreakdown);
                return f.build(b::build);
            });
}
