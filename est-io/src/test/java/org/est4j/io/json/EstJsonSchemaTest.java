package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.io.json.internal.AreaCodecs;
import org.est4j.io.json.internal.AssessmentCodecs;
import org.est4j.io.json.internal.EvaluationCodecs;
import org.est4j.io.json.internal.FeedbackCodecs;
import org.est4j.io.json.internal.MappingCodecs;
import org.est4j.io.json.internal.MeasureCodecs;
import org.est4j.io.json.internal.ObjectCodec;
import org.est4j.io.json.internal.OtherCodecs;
import org.est4j.io.json.internal.PictureCodecs;
import org.est4j.io.json.internal.StatutoryCodecs;
import org.est4j.io.json.internal.TableCodec;
import org.est4j.io.json.internal.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas against real output: every document est4j writes passes its schema, a document missing
 * a required property fails it (and est4j's reader refuses it too, at the same path), and the schemas describe
 * exactly the properties the codecs write.
 */
class EstJsonSchemaTest {
    private static final ObjectMapper MAPPER = EstJson.mapper();

    static Stream<DocumentKind<?>> kinds() {
        return DocumentKind.values().stream();
    }

    @SuppressWarnings("unchecked")
    private static <T> ObjectNode document(DocumentKind<T> kind) throws IOException {
        return (ObjectNode) MAPPER.readTree(EstJson.writeString(kind, (T) Samples.content(kind)));
    }

    private static JsonNode common() throws IOException {
        return MAPPER.readTree(EstJson.schemas().get(EstJson.COMMON_SCHEMA_ID));
    }

    /** The name of the {@code $defs} entry that describes a kind's content, or each element of it. */
    private static String contentDef(DocumentKind<?> kind) throws IOException {
        JsonNode content = MAPPER.readTree(EstJson.schema(kind)).at("/properties/content");
        String ref = (kind.isList() ? content.at("/items/$ref") : content.at("/$ref")).asText();
        assertThat(ref).startsWith("common.json#/$defs/");
        return ref.substring("common.json#/$defs/".length());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDocumentEst4jWritesPassesItsSchema(DocumentKind<?> kind) throws IOException {
        assertThat(Schemas.problems(kind, document(kind))).isEmpty();
    }

    static Stream<Arguments> requiredProperties() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (DocumentKind<?> kind : DocumentKind.values()) {
            for (String envelope : List.of("format", "version", "kind", "content")) {
                cases.add(Arguments.of(kind, "", envelope));
            }
            for (JsonNode required : common().at("/$defs/" + contentDef(kind) + "/required")) {
                cases.add(Arguments.of(kind, kind.isList() ? "/content/0" : "/content", required.asText()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}/{2}")
    @MethodSource("requiredProperties")
    void aDocumentMissingARequiredPropertyFailsTheSchemaAndTheReader(DocumentKind<?> kind, String at, String property)
            throws IOException {
        ObjectNode document = document(kind);
        ((ObjectNode) document.at(at)).remove(property);
        assertThat(Schemas.problems(kind, document)).as("schema problems").isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("required property '" + property + "'"));
        String expectedPath = (at.isEmpty() ? "" : at.substring(1).replace("/0", "[0]").replace('/', '.') + ".") + property;
        assertThatThrownBy(() -> EstJson.readString(kind, MAPPER.writeValueAsString(document)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains(expectedPath));
    }

    @Test
    void theSchemaChecksRulesAcrossProperties() throws IOException {
        ObjectNode document = document(DocumentKind.OBSERVATIONS);
        ((ObjectNode) document.at("/content/0")).remove("reporter");
        assertThat(Schemas.problems(DocumentKind.OBSERVATIONS, document)).isNotEmpty();
        ((ObjectNode) document.at("/content/1")).put("reporter", "r-9");
        assertThat(Schemas.problems(DocumentKind.OBSERVATIONS, document)).hasSize(2);
        ObjectNode type = (ObjectNode) document(DocumentKind.MEASURES).at("/content/0/type");
        type.remove("labelEn");
        assertThat(Schemas.of(EstJson.COMMON_SCHEMA_ID + "#/$defs/MeasureType").validate(type)).isNotEmpty();
    }

    @Test
    void theSchemaRejectsValuesOfTheWrongForm() throws IOException {
        Map<String, Object> wrong = Map.of("/content/0/severity", 6, "/content/0/source", "REPORTER",
                "/content/0/occurredAt", "2026-11-20 20:40", "/content/0/placename", "Torget", "/version", "2.0",
                "/content/0/id", "o 1", "/content/0/timeOfDay", "kväll");
        for (Map.Entry<String, Object> change : wrong.entrySet()) {
            ObjectNode document = document(DocumentKind.OBSERVATIONS);
            String parent = change.getKey().substring(0, change.getKey().lastIndexOf('/'));
            String name = change.getKey().substring(change.getKey().lastIndexOf('/') + 1);
            ObjectNode target = parent.isEmpty() ? document : (ObjectNode) document.at(parent);
            target.set(name, MAPPER.valueToTree(change.getValue()));
            assertThat(Schemas.problems(DocumentKind.OBSERVATIONS, document)).as(change.getKey()).isNotEmpty();
            assertThatThrownBy(() -> EstJson.readString(DocumentKind.OBSERVATIONS, MAPPER.writeValueAsString(document)))
                    .as(change.getKey()).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        com.networknt.schema.JsonSchema meta = factory.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Map.Entry<String, String> schema : EstJson.schemas().entrySet()) {
            assertThat(meta.validate(MAPPER.readTree(schema.getValue()))).as(schema.getKey()).isEmpty();
        }
    }

    /** The codec behind each definition of common.json that describes an object. */
    private static final Map<String, ObjectCodec<?>> CODECS = Map.ofEntries(
            Map.entry("GeoPoint", Values.GEO_POINT), Map.entry("DateRange", Values.DATE_RANGE),
            Map.entry("Area", AreaCodecs.AREA), Map.entry("AreaHierarchy", AreaCodecs.HIERARCHY),
            Map.entry("Actor", MappingCodecs.ACTOR), Map.entry("Reporter", MappingCodecs.REPORTER),
            Map.entry("ReportingRound", MappingCodecs.REPORTING_ROUND), Map.entry("Observation", MappingCodecs.OBSERVATION),
            Map.entry("Category", MappingCodecs.CATEGORY), Map.entry("Taxonomy", MappingCodecs.TAXONOMY),
            Map.entry("ScaleLevel", AssessmentCodecs.SCALE_LEVEL), Map.entry("Scale", AssessmentCodecs.SCALE),
            Map.entry("LevelDecision", AssessmentCodecs.LEVEL_DECISION), Map.entry("Assessment", AssessmentCodecs.ASSESSMENT),
            Map.entry("OutcomeDecision", MeasureCodecs.OUTCOME_DECISION), Map.entry("Hotspot", MeasureCodecs.HOTSPOT),
            Map.entry("MeasureType", MeasureCodecs.MEASURE_TYPE), Map.entry("Measure", MeasureCodecs.MEASURE),
            Map.entry("FollowUp", MeasureCodecs.FOLLOW_UP), Map.entry("BeforeAfter", EvaluationCodecs.BEFORE_AFTER),
            Map.entry("PlaceCounts", EvaluationCodecs.PLACE_COUNTS),
            Map.entry("ConfidenceInterval", EvaluationCodecs.CONFIDENCE_INTERVAL),
            Map.entry("EvaluationWarning", EvaluationCodecs.WARNING), Map.entry("EvaluationComponent", EvaluationCodecs.COMPONENT),
            Map.entry("Evaluation", EvaluationCodecs.EVALUATION), Map.entry("DisclosurePolicy", OtherCodecs.DISCLOSURE_POLICY),
            Map.entry("Rejection", OtherCodecs.REJECTION), Map.entry("ImportResult", OtherCodecs.IMPORT_RESULT),
            Map.entry("Coverage", PictureCodecs.COVERAGE), Map.entry("Trend", PictureCodecs.TREND),
            Map.entry("Exclusions", PictureCodecs.EXCLUSIONS), Map.entry("SituationPicture", PictureCodecs.SITUATION_PICTURE),
            Map.entry("PictureSet", PictureCodecs.PICTURE_SET), Map.entry("HotspotRow", FeedbackCodecs.HOTSPOT_ROW),
            Map.entry("CoverageRow", FeedbackCodecs.COVERAGE_ROW), Map.entry("AreaRow", FeedbackCodecs.AREA_ROW),
            Map.entry("FocusArea", FeedbackCodecs.FOCUS_AREA), Map.entry("FollowUpRow", FeedbackCodecs.FOLLOW_UP_ROW),
            Map.entry("MeasureRow", FeedbackCodecs.MEASURE_ROW), Map.entry("ObservationLine", FeedbackCodecs.OBSERVATION_LINE),
            Map.entry("ReporterFeedback", FeedbackCodecs.REPORTER_FEEDBACK),
            Map.entry("FeedbackReport", FeedbackCodecs.FEEDBACK_REPORT),
            Map.entry("CauseSummary", StatutoryCodecs.CAUSE_SUMMARY),
            Map.entry("MeasureEffectRow", StatutoryCodecs.MEASURE_EFFECT),
            Map.entry("StatutorySituation", StatutoryCodecs.SITUATION), Map.entry("AreaNeed", StatutoryCodecs.AREA_NEED),
            Map.entry("ActionPlan", StatutoryCodecs.ACTION_PLAN),
            Map.entry("StatutoryReport", StatutoryCodecs.STATUTORY_REPORT));

    /** The properties of the objects that a table's codec writes itself, not through an {@link ObjectCodec}. */
    private static final Map<String, List<String>> TABLE_OBJECTS = Map.of("SuppressedTable", TableCodec.PROPERTIES,
            "TableHeading", TableCodec.HEADING_PROPERTIES);

    @Test
    void theSchemasDescribeExactlyThePropertiesTheCodecsWriteInTheirOrder() throws IOException {
        JsonNode defs = common().get("$defs");
        List<String> objects = new ArrayList<>();
        defs.properties().forEach(e -> {
            if ("object".equals(e.getValue().path("type").asText())) {
                objects.add(e.getKey());
            }
        });
        Map<String, List<String>> written = new java.util.HashMap<>(TABLE_OBJECTS);
        CODECS.forEach((name, codec) -> written.put(name, codec.properties()));
        assertThat(objects).containsExactlyInAnyOrderElementsOf(written.keySet());
        for (Map.Entry<String, List<String>> entry : written.entrySet()) {
            JsonNode def = defs.get(entry.getKey());
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(def.get("additionalProperties").asBoolean(true)).as(entry.getKey()).isFalse();
            assertThat(def.path("required")).as(entry.getKey())
                    .allSatisfy(r -> assertThat(properties).contains(r.asText()));
        }
    }

    @Test
    void everyReferenceInTheSchemasPointsAtADefinition() throws IOException {
        JsonNode defs = common().get("$defs");
        for (String text : EstJson.schemas().values()) {
            List<String> refs = new ArrayList<>();
            collectRefs(MAPPER.readTree(text), refs);
            for (String ref : refs) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                assertThat(ref).matches("(common\\.json)?#/\\$defs/\\w+");
                assertThat(defs.has(name)).as(ref).isTrue();
            }
        }
        List<String> used = new ArrayList<>();
        for (String text : EstJson.schemas().values()) {
            collectRefs(MAPPER.readTree(text), used);
        }
        List<String> unused = new ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            if (used.stream().noneMatch(r -> r.endsWith("/" + name))) {
                unused.add(name);
            }
        });
        // Defined for hosts that write these with their own mapper; no document kind holds them yet.
        assertThat(unused).as("definitions no schema refers to").containsExactlyInAnyOrder("PlaceCounts");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            ((ArrayNode) node).forEach(n -> collectRefs(n, refs));
        }
    }

    @Test
    void enumsInTheSchemaAreTheCodesTheCodecsWrite() throws IOException {
        JsonNode defs = common().get("$defs");
        Map<String, Class<? extends Enum<?>>> enums = Map.of("Visibility", org.est4j.core.disclosure.Visibility.class,
                "Source", org.est4j.core.mapping.Source.class, "TimeOfDay", org.est4j.core.time.TimeOfDay.class,
                "TimePrecision", org.est4j.core.mapping.TimePrecision.class,
                "ActorKind", org.est4j.core.mapping.ActorKind.class,
                "MeasureStatus", org.est4j.core.measure.MeasureStatus.class,
                "Horizon", org.est4j.core.measure.Horizon.class, "Outcome", org.est4j.core.measure.Outcome.class,
                "Alternative", org.est4j.core.evaluation.Alternative.class,
                "EvaluationMethod", org.est4j.core.evaluation.EvaluationMethod.class);
        enums = new java.util.HashMap<>(enums);
        enums.putAll(Map.of("Light", org.est4j.core.picture.Light.class, "TrendComparison", org.est4j.core.picture.Trend.Comparison.class,
                "TrendDirection", org.est4j.core.picture.Trend.Direction.class,
                "ExclusionReason", org.est4j.core.picture.Exclusions.Reason.class,
                "FeedbackKind", org.est4j.core.feedback.ReporterFeedback.Kind.class,
                "TriangleSide", org.est4j.core.analysis.TriangleSide.class,
                "Change", org.est4j.core.analysis.Change.class));
        for (Map.Entry<String, Class<? extends Enum<?>>> entry : enums.entrySet()) {
            List<String> written = new ArrayList<>();
            for (Enum<?> constant : entry.getValue().getEnumConstants()) {
                written.add(MAPPER.writeValueAsString(constant).replace("\"", ""));
            }
            List<String> schema = new ArrayList<>();
            defs.get(entry.getKey()).get("enum").forEach(v -> schema.add(v.asText()));
            assertThat(schema).as(entry.getKey()).isEqualTo(written);
        }
        assertThat(defs.get("Audience").get("enum").toString()).isEqualTo(Stream.of(
                org.est4j.core.disclosure.Audience.values()).map(a -> "\"" + a.name().toLowerCase(java.util.Locale.ROOT) + "\"")
                .collect(Collectors.joining(",", "[", "]")));
    }
}
