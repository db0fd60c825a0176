package org.est4j.io.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.io.json.internal.AreaCodecs;
import org.est4j.io.json.internal.AssessmentCodecs;
import org.est4j.io.json.internal.Codec;
import org.est4j.io.json.internal.EvaluationCodecs;
import org.est4j.io.json.internal.FeedbackCodecs;
import org.est4j.io.json.internal.MappingCodecs;
import org.est4j.io.json.internal.MeasureCodecs;
import org.est4j.io.json.internal.OtherCodecs;
import org.est4j.io.json.internal.PictureCodecs;
import org.est4j.io.json.internal.Reading;
import org.est4j.io.json.internal.StatutoryCodecs;

/**
 * The kind of an est4j JSON exchange document: what its {@code content} holds. The kind's {@link #id()} is the
 * document's {@code "kind"}, and each kind has a JSON Schema, {@link #schemaId()}.
 *
 * <table>
 *   <caption>Document kinds of est4j JSON 1.0</caption>
 *   <tr><th>id</th><th>content</th><th>Java</th></tr>
 *   <tr><td>{@code hierarchy}</td><td>{@code {"areas": [area, …]}} in pre-order</td><td>{@link AreaHierarchy}</td></tr>
 *   <tr><td>{@code taxonomy}</td><td>{@code {"categories": [category, …]}}</td><td>{@link Taxonomy}</td></tr>
 *   <tr><td>{@code scales}</td><td>an array of scales</td><td>{@code List<Scale>}</td></tr>
 *   <tr><td>{@code actors}</td><td>an array of actors</td><td>{@code List<Actor>}</td></tr>
 *   <tr><td>{@code reporters}</td><td>an array of reporters</td><td>{@code List<Reporter>}</td></tr>
 *   <tr><td>{@code reporting-rounds}</td><td>an array of rounds</td><td>{@code List<ReportingRound>}</td></tr>
 *   <tr><td>{@code observations}</td><td>an array of observations</td><td>{@code List<Observation>}</td></tr>
 *   <tr><td>{@code assessments}</td><td>an array of assessments</td><td>{@code List<Assessment>}</td></tr>
 *   <tr><td>{@code hotspots}</td><td>an array of hotspots</td><td>{@code List<Hotspot>}</td></tr>
 *   <tr><td>{@code measures}</td><td>an array of measures</td><td>{@code List<Measure>}</td></tr>
 *   <tr><td>{@code follow-ups}</td><td>an array of follow-ups</td><td>{@code List<FollowUp>}</td></tr>
 *   <tr><td>{@code evaluations}</td><td>an array of evaluations</td><td>{@code List<Evaluation>}</td></tr>
 *   <tr><td>{@code import-result}</td><td>accepted observations and rejected rows</td><td>{@link ImportResult}</td></tr>
 *   <tr><td>{@code picture-set}</td><td>the situation pictures of one period, one per area in pre-order, with what
 *       was left out</td><td>{@link PictureSet}</td></tr>
 *   <tr><td>{@code feedback-report}</td><td>a report for one audience, as its policy lets it be published: tables
 *       with suppressed cells as {@code null}</td><td>{@link FeedbackReport}</td></tr>
 *   <tr><td>{@code statutory-report}</td><td>the annual account for one audience: the situation, with four tables
 *       like a feedback report's, and the action plan</td><td>{@link StatutoryReport}</td></tr>
 * </table>
 *
 * <p>Lists keep their order, both ways; a list read is unmodifiable. New kinds are
 * added as new constants with a schema each, in a later minor version of the format; a reader of an older minor
 * version then rejects the unknown kind by name.
 *
 * <p>A feedback or statutory report is read through its builder, which refuses a report that breaks its own policy (observations
 * above its clearance, reasons it must not show, coverage figures for the public, personal data left in free text),
 * and each of its tables only when it could have been published safely: no count below the policy's minimum count is
 * shown, the shown cells add up, and no suppressed cell can be worked out from them
 * ({@link org.est4j.core.disclosure.SuppressedTable#builder(int)}). Its tables carry no suppression reasons
 * (publishing them would help a reader narrow small counts down), so the suppressed cells of a table read have none;
 * since a table's equality leaves the reasons out, every report est4j writes reads back equal to the one written.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; its instances are the constants, so
 * they compare by identity.
 *
 * @param <T> the Java type of the content
 */
public final class DocumentKind<T> {
    /** An area hierarchy. */
    public static final DocumentKind<AreaHierarchy> HIERARCHY =
            single("hierarchy", AreaHierarchy.class, AreaCodecs.HIERARCHY);
    /** A taxonomy of categories. */
    public static final DocumentKind<Taxonomy> TAXONOMY = single("taxonomy", Taxonomy.class, MappingCodecs.TAXONOMY);
    /** Grading scales. */
    public static final DocumentKind<List<Scale>> SCALES = list("scales", Scale.class, AssessmentCodecs.SCALE);
    /** Actors: the organisations of the collaboration. */
    public static final DocumentKind<List<Actor>> ACTORS = list("actors", Actor.class, MappingCodecs.ACTOR);
    /** Reporters. */
    public static final DocumentKind<List<Reporter>> REPORTERS =
            list("reporters", Reporter.class, MappingCodecs.REPORTER);
    /** Reporting rounds. */
    public static final DocumentKind<List<ReportingRound>> REPORTING_ROUNDS =
            list("reporting-rounds", ReportingRound.class, MappingCodecs.REPORTING_ROUND);
    /** Observations. */
    public static final DocumentKind<List<Observation>> OBSERVATIONS =
            list("observations", Observation.class, MappingCodecs.OBSERVATION);
    /** Assessments of areas. */
    public static final DocumentKind<List<Assessment>> ASSESSMENTS =
            list("assessments", Assessment.class, AssessmentCodecs.ASSESSMENT);
    /** Hotspots. */
    public static final DocumentKind<List<Hotspot>> HOTSPOTS = list("hotspots", Hotspot.class, MeasureCodecs.HOTSPOT);
    /** Measures. */
    public static final DocumentKind<List<Measure>> MEASURES = list("measures", Measure.class, MeasureCodecs.MEASURE);
    /** Follow-ups of measures. */
    public static final DocumentKind<List<FollowUp>> FOLLOW_UPS =
            list("follow-ups", FollowUp.class, MeasureCodecs.FOLLOW_UP);
    /** Evaluations of measures. */
    public static final DocumentKind<List<Evaluation>> EVALUATIONS =
            list("evaluations", Evaluation.class, EvaluationCodecs.EVALUATION);
    /** The result of an import: accepted observations and rejected rows. */
    public static final DocumentKind<ImportResult> IMPORT_RESULT =
            single("import-result", ImportResult.class, OtherCodecs.IMPORT_RESULT);

    /** The situation pictures of one period: one per area, with exclusions and notes. */
    public static final DocumentKind<PictureSet> PICTURE_SET =
            single("picture-set", PictureSet.class, PictureCodecs.PICTURE_SET);
    /** A feedback report for one audience, as its disclosure policy allows it to be published. */
    public static final DocumentKind<FeedbackReport> FEEDBACK_REPORT =
            single("feedback-report", FeedbackReport.class, FeedbackCodecs.FEEDBACK_REPORT);
    /** A statutory report for one audience and one year: the situation and the action plan. */
    public static final DocumentKind<StatutoryReport> STATUTORY_REPORT =
            single("statutory-report", StatutoryReport.class, StatutoryCodecs.STATUTORY_REPORT);

    private static final List<DocumentKind<?>> VALUES = List.of(HIERARCHY, TAXONOMY, SCALES, ACTORS, REPORTERS,
            REPORTING_ROUNDS, OBSERVATIONS, ASSESSMENTS, HOTSPOTS, MEASURES, FOLLOW_UPS, EVALUATIONS, IMPORT_RESULT,
            PICTURE_SET, FEEDBACK_REPORT, STATUTORY_REPORT);

    private final String id;
    private final Class<?> type;
    private final boolean list;
    private final Codec<?> codec;

    private DocumentKind(String id, Class<?> type, boolean list, Codec<?> codec) {
        this.id = id;
        this.type = type;
        this.list = list;
        this.codec = codec;
    }

    private static <T> DocumentKind<T> single(String id, Class<T> type, Codec<T> codec) {
        return new DocumentKind<>(id, type, false, codec);
    }

    private static <E> DocumentKind<List<E>> list(String id, Class<E> type, Codec<E> codec) {
        return new DocumentKind<>(id, type, true, codec);
    }

    /**
     * Returns every kind, in the order of the table above.
     *
     * @return an unmodifiable list
     */
    public static List<DocumentKind<?>> values() {
        return VALUES;
    }

    /**
     * Returns the kind with an id.
     *
     * @param id such as {@code "observations"}
     * @return the kind
     * @throws UnknownReferenceException when est4j JSON 1.0 has no such kind; the message lists the known ids
     */
    public static DocumentKind<?> of(String id) {
        requireNonNull(id, "id");
        return find(id).orElseThrow(() -> new UnknownReferenceException("document kind", id,
                "est4j JSON " + EstJson.VERSION + " (known kinds: " + ids() + ")"));
    }

    /**
     * Looks up the kind with an id.
     *
     * @param id such as {@code "observations"}
     * @return the kind, or empty
     */
    public static Optional<DocumentKind<?>> find(String id) {
        requireNonNull(id, "id");
        return VALUES.stream().filter(k -> k.id.equals(id)).findFirst();
    }

    static String ids() {
        return VALUES.stream().map(DocumentKind::id).collect(Collectors.joining(", "));
    }

    /**
     * Returns the id, the document's {@code "kind"}.
     *
     * @return such as {@code "follow-ups"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the type of the content, or of each element when the content is a list.
     *
     * @return such as {@code Observation.class} for {@link #OBSERVATIONS}
     */
    public Class<?> contentType() {
        return type;
    }

    /**
     * Tells whether the content is a list.
     *
     * @return true for a JSON array of {@link #contentType()}
     */
    public boolean isList() {
        return list;
    }

    /**
     * Returns the {@code $id} of the kind's JSON Schema (draft 2020-12), which ships in est-io's jar and is given
     * by {@link EstJson#schema(DocumentKind)}.
     *
     * @return such as {@code https://est4j.org/schema/1.0/observations.json}
     */
    public String schemaId() {
        return EstJson.SCHEMA_BASE + id + ".json";
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }

    // ------------------------------------------------------------------------------------------- content

    /** Checks that content fits the kind and makes a list unmodifiable; the generic type does not prove it. */
    @SuppressWarnings("unchecked")
    T check(Object content) {
        requireNonNull(content, "content");
        if (!list) {
            if (!type.isInstance(content)) {
                throw new IllegalArgumentException("A " + id + " document holds " + type.getSimpleName() + ", not "
                        + content.getClass().getName());
            }
            return (T) content;
        }
        if (!(content instanceof List)) {
            throw new IllegalArgumentException("A " + id + " document holds a List of " + type.getSimpleName()
                    + ", not " + content.getClass().getName());
        }
        List<?> items = (List<?>) content;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!type.isInstance(item)) {
                throw new IllegalArgumentException("A " + id + " document holds a List of " + type.getSimpleName()
                        + ", but element " + i + " is " + (item == null ? "null" : item.getClass().getName()));
            }
        }
        return (T) List.copyOf(items);
    }

    @SuppressWarnings("unchecked")
    void write(Object content, JsonGenerator g) throws IOException {
        Codec<Object> c = (Codec<Object>) codec;
        if (!list) {
            c.write(content, g);
            return;
        }
        g.writeStartArray();
        for (Object item : (List<?>) content) {
            c.write(item, g);
        }
        g.writeEndArray();
    }

    /**
     * Reads the content at the parser's current token, recording problems under {@code path}; a list is read one
     * element at a time, so that one bad element does not stop the others from being checked.
     *
     * @return the content, or null when there were problems
     */
    @SuppressWarnings("unchecked")
    T read(JsonParser p, DeserializationContext ctxt, Reading reading, String path) throws IOException {
        if (!list) {
            return (T) codec.convert(ctxt.readTree(p), reading, path);
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            reading.fail(path, "must be an array of " + codec.what().replaceFirst("^an? ", "") + "s", ctxt.readTree(p));
            return null;
        }
        List<Object> items = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Object item = codec.convert(ctxt.readTree(p), reading, path + "[" + i + "]");
            if (item != null) {
                items.add(item);
            }
            if (reading.isFull()) {
                return null;
            }
            i++;
        }
        return reading.hasProblems() ? null : (T) List.copyOf(items);
    }
}
