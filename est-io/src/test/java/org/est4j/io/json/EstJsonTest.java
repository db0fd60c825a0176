package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Observation;
import org.est4j.core.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EstJsonTest {

    static Stream<DocumentKind<?>> kinds() {
        return DocumentKind.values().stream();
    }

    @SuppressWarnings("unchecked")
    private static <T> String write(DocumentKind<T> kind) {
        return EstJson.writeString(kind, (T) Samples.content(kind));
    }

    private static String observationsWith(String... contentElements) {
        return "{\"format\":\"est4j\",\"version\":\"1.0\",\"kind\":\"observations\",\"content\":["
                + String.join(",", contentElements) + "]}";
    }

    private static final String GOOD = "{\"id\":\"o-1\",\"source\":\"citizen\",\"area\":\"rimbo\","
            + "\"occurredAt\":\"2026-11-20T20:40:00Z\",\"category\":\"littering\",\"severity\":2}";

    private static List<String> paths(ValidationException e) {
        return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }

    private static ValidationException readFails(DocumentKind<?> kind, String json) {
        try {
            EstJson.readString(kind, json);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("Expected the document to be rejected: " + json);
    }

    // ------------------------------------------------------------------------------------------- writing

    @Test
    void writesAnObservationsDocumentInItsFixedForm() {
        String expected = String.join("\n",
                "{",
                "  \"format\": \"est4j\",",
                "  \"version\": \"1.0\",",
                "  \"kind\": \"observations\",",
                "  \"content\": [",
                "    {",
                "      \"id\": \"o-1\",",
                "      \"source\": \"reporter\",",
                "      \"reporter\": \"r-017\",",
                "      \"channel\": \"app\",",
                "      \"area\": \"rimbo/torget\",",
                "      \"placeName\": \"Busskuren\",",
                "      \"point\": {",
                "        \"latitude\": 59.7441,",
                "        \"longitude\": 18.3623",
                "      },",
                "      \"occurredAt\": \"2026-11-20T20:40:00Z\",",
                "      \"timeOfDay\": \"evening\",",
                "      \"timePrecision\": \"exact\",",
                "      \"category\": \"property-damage.graffiti\",",
                "      \"severity\": 3,",
                "      \"description\": \"Nytt klotter på busskuren, \\\"tag\\\" i rött\\nRing 070-123 45 67\",",
                "      \"visibility\": \"partners\",",
                "      \"reportedAt\": \"2026-11-21T07:15:30Z\"",
                "    },",
                "    {",
                "      \"id\": \"p-2\",",
                "      \"source\": \"police\",",
                "      \"channel\": \"polisen.se\",",
                "      \"area\": \"rimbo\",",
                "      \"occurredAt\": \"2026-11-19T02:00:00Z\",",
                "      \"timeOfDay\": \"night\",",
                "      \"timePrecision\": \"part-of-day\",",
                "      \"category\": \"disorder-violence.assault\",",
                "      \"severity\": 5,",
                "      \"description\": \"\",",
                "      \"visibility\": \"group\"",
                "    }",
                "  ]",
                "}",
                "");
        assertThat(EstJson.writeString(DocumentKind.OBSERVATIONS, Samples.observations())).isEqualTo(expected);
    }

    @Test
    void writesEmptyCollectionsAndLeavesOutAbsentOptionals() {
        String json = EstJson.writeString(DocumentKind.MEASURES, List.of(Samples.customMeasure()));
        assertThat(json).contains("\"targetCategories\": [],").contains("\"partners\": [],")
                .doesNotContain("description").doesNotContain("null");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindRoundTripsThroughADocument(DocumentKind<?> kind) {
        String json = write(kind);
        Object back = EstJson.readString(kind, json);
        assertThat(back).isEqualTo(Samples.content(kind));
        assertThat(json).startsWith("{\n  \"format\": \"est4j\",\n  \"version\": \"1.0\",\n  \"kind\": \"" + kind.id() + "\",")
                .endsWith("}\n").doesNotContain("\r");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void writingIsDeterministicAndTheSameToAStreamAsToAString(DocumentKind<?> kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(kind, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(write(kind)).isEqualTo(write(kind));
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeTo(DocumentKind<T> kind, OutputStream out) {
        EstJson.write(kind, (T) Samples.content(kind), out);
    }

    @Test
    void readsADocumentOfAnyKind() {
        EstDocument<?> document = EstJson.read(new ByteArrayInputStream(write(DocumentKind.MEASURES)
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(document.kind()).isSameAs(DocumentKind.MEASURES);
        List<Measure> measures = document.content(DocumentKind.MEASURES);
        assertThat(measures).containsExactly(Samples.measure(), Samples.customMeasure());
    }

    @Test
    void neitherClosesTheCallersStreams() {
        boolean[] closed = new boolean[2];
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        EstJson.write(DocumentKind.ACTORS, List.of(Samples.actor()), out);
        InputStream in = new FilterInputStream(new ByteArrayInputStream(write(DocumentKind.ACTORS)
                .getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        assertThat(EstJson.read(DocumentKind.ACTORS, in)).hasSize(2);
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void failingStreamsThrowUncheckedIoExceptions() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> EstJson.write(DocumentKind.ACTORS, List.of(Samples.actor()), broken))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> EstJson.read(DocumentKind.ACTORS, failing))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection reset");
    }

    @Test
    void contentOfTheWrongTypeIsRefusedBeforeWriting() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        DocumentKind<List<Object>> wrong = (DocumentKind) DocumentKind.MEASURES;
        assertThatThrownBy(() -> EstJson.writeString(wrong, List.of(Samples.actor())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("element 0");
    }

    // ------------------------------------------------------------------------------------------- problems

    @Test
    void reportsEveryProblemOfEveryElementWithItsJsonPath() {
        String json = observationsWith(
                GOOD,
                "{\"id\":\"o-2\",\"source\":\"reporter\",\"area\":\"rimbo\",\"occurredAt\":\"2026-11-20T20:40:00Z\","
                        + "\"category\":\"littering\",\"severity\":9,\"placeName\":\" \"}",
                GOOD.replace("o-1", "o-3"),
                "{\"id\":\"o 4\",\"source\":\"walk\",\"area\":\"rimbo\",\"occurredAt\":\"yesterday\","
                        + "\"category\":\"littering\",\"severity\":2,\"point\":{\"latitude\":91,\"longitude\":18}}");
        ValidationException e = readFails(DocumentKind.OBSERVATIONS, json);
        assertThat(paths(e)).containsExactly("content[1].severity", "content[1].reporter", "content[1].placeName",
                "content[3].id", "content[3].source", "content[3].point.latitude", "content[3].occurredAt");
        assertThat(e.problems().get(0).message()).isEqualTo("must be a whole number from 1 (minor) to 5 (serious)");
        assertThat(e.problems().get(0).value()).isEqualTo("9");
        assertThat(e.problems().get(4).message()).isEqualTo("must be one of reporter, citizen, police, safety-walk, other");
        assertThat(e.problems().get(6).message()).startsWith("must be an ISO-8601 date and time with an offset");
        assertThat(e).hasMessageStartingWith("Invalid est4j JSON (7 problems): content[1].severity:");
    }

    @Test
    void aRuleOfTheModelIsReportedAtItsPathUnderTheElement() {
        ValidationException e = readFails(DocumentKind.OBSERVATIONS, observationsWith(GOOD.replace("\"citizen\"",
                "\"citizen\",\"reporter\":\"r-1\"")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content[0].reporter");
            assertThat(p.message()).startsWith("must be empty unless the source is REPORTER");
        });
    }

    @Test
    void hierarchyProblemsKeepTheIndicesOfTheJsonArray() {
        String json = "{\"format\":\"est4j\",\"version\":\"1.0\",\"kind\":\"hierarchy\",\"content\":{\"areas\":["
                + "{\"id\":\"a\",\"name\":\"A\",\"level\":\"kommun\"},"
                + "{\"id\":\"b\",\"name\":\"B\",\"level\":\"tatort\",\"parent\":\"nowhere\"},"
                + "{\"id\":\"a\",\"name\":\"A again\",\"level\":\"kommun\"}]}}";
        assertThat(paths(readFails(DocumentKind.HIERARCHY, json)))
                .containsExactly("content.areas[2].id", "content.areas[1].parent");
    }

    @Test
    void aPropertyEst4jDoesNotKnowIsAProblemInADocumentOfThisVersion() {
        ValidationException e = readFails(DocumentKind.OBSERVATIONS,
                observationsWith(GOOD.replace("\"area\"", "\"placename\":\"Torget\",\"area\"")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content[0].placename");
            assertThat(p.message()).startsWith("is not a property of an observation (known: id, source, reporter,")
                    .endsWith("check the spelling");
        });
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS,
                observationsWith(GOOD).replace("\"kind\"", "\"generator\":\"x\",\"kind\""))))
                .containsExactly("generator");
    }

    @Test
    void propertiesOfALaterMinorVersionAreSkipped() {
        String later = observationsWith(GOOD.replace("\"area\"", "\"weather\":{\"rain\":true},\"area\""))
                .replace("\"1.0\"", "\"1.4\"").replace("\"kind\"", "\"generatedBy\":\"app 2\",\"kind\"");
        List<Observation> read = EstJson.readString(DocumentKind.OBSERVATIONS, later);
        assertThat(read).singleElement().satisfies(o -> assertThat(o.id().value()).isEqualTo("o-1"));
    }

    @Test
    void anotherMajorVersionIsRefusedClearly() {
        String json = observationsWith(GOOD).replace("\"1.0\"", "\"2.0\"");
        assertThatThrownBy(() -> EstJson.readString(DocumentKind.OBSERVATIONS, json))
                .isInstanceOfSatisfying(UnsupportedVersionException.class, e -> {
                    assertThat(e.version()).isEqualTo("2.0");
                    assertThat(e.supported()).isEqualTo("1.x");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("version");
                        assertThat(p.message()).contains("reads est4j JSON 1.x");
                    });
                });
    }

    @Test
    void envelopeProblemsAreNamed() {
        String good = observationsWith(GOOD);
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("\"1.0\"", "\"one\"")))).containsExactly("version");
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("\"1.0\"", "1.0")))).containsExactly("version");
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("\"est4j\"", "\"geojson\"")))).containsExactly("format");
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("\"format\":\"est4j\",", ""))))
                .containsExactly("format");
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("\"observations\"", "\"pictures\""))))
                .containsExactly("kind");
        assertThat(paths(readFails(DocumentKind.MEASURES, good))).containsExactly("kind");
        assertThat(readFails(DocumentKind.MEASURES, good).problems().get(0).message())
                .isEqualTo("must be measures: a document of that kind was expected");
        String noContent = good.substring(0, good.indexOf(",\"content\"")) + "}";
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, noContent))).containsExactly("content");
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, good.replace("[", "{\"x\":").replace("]", "}"))))
                .containsExactly("content");
    }

    @Test
    void theHeaderMayComeAfterTheContent() {
        String json = "{\"content\":[" + GOOD + "],\"kind\":\"observations\",\"version\":\"1.0\",\"format\":\"est4j\"}";
        assertThat(EstJson.readString(DocumentKind.OBSERVATIONS, json)).hasSize(1);
        String bad = "{\"content\":[" + GOOD.replace("2}", "7}") + "],\"kind\":\"observations\",\"version\":\"1.0\","
                + "\"format\":\"est4j\"}";
        assertThat(paths(readFails(DocumentKind.OBSERVATIONS, bad))).containsExactly("content[0].severity");
    }

    @Test
    void malformedJsonIsReportedWithItsPathLineAndColumn() {
        String json = "{\"format\":\"est4j\",\"version\":\"1.0\",\"kind\":\"observations\",\"content\":[\n"
                + GOOD + ",\n{\"id\":\"o-2\",\"area\":}]}";
        ValidationException e = readFails(DocumentKind.OBSERVATIONS, json);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("content[1].area");
            assertThat(p.message()).startsWith("is not valid JSON: Unexpected character ('}'").endsWith("(line 3, column 20)");
        });
    }

    @Test
    void duplicateKeysTrailingContentEmptyInputAndNullAreRefused() {
        String good = observationsWith(GOOD);
        assertThat(readFails(DocumentKind.OBSERVATIONS, good.replace("\"area\":\"rimbo\"",
                "\"area\":\"rimbo\",\"area\":\"norr\"")).problems().get(0).message()).contains("Duplicate field 'area'");
        assertThat(readFails(DocumentKind.OBSERVATIONS, good + " {}").problems().get(0).message())
                .startsWith("could not be read: Trailing token");
        assertThat(readFails(DocumentKind.OBSERVATIONS, "").problems().get(0).message())
                .startsWith("could not be read: No content to map");
        assertThat(readFails(DocumentKind.OBSERVATIONS, "null").problems().get(0).message())
                .isEqualTo("must be an est4j document, not null");
        assertThat(readFails(DocumentKind.OBSERVATIONS, "[1]").problems().get(0).message())
                .startsWith("must be an object: an est4j document");
    }

    @Test
    void inputBeyondTheLimitsIsRefused() {
        String deep = observationsWith(GOOD.replace("\"area\"", "\"x\":" + "[".repeat(70) + "]".repeat(70) + ",\"area\""));
        assertThat(readFails(DocumentKind.OBSERVATIONS, deep).problems().get(0).message())
                .startsWith("exceeds a limit on input: Document nesting depth (65) exceeds the maximum allowed (64");
        String longText = observationsWith(GOOD.replace("\"rimbo\"", "\"" + "r".repeat(100_001) + "\""));
        assertThat(readFails(DocumentKind.OBSERVATIONS, longText).problems().get(0).message())
                .startsWith("exceeds a limit on input: String value length (100001) exceeds the maximum allowed (100000");
        byte[] bytes = observationsWith(GOOD, GOOD.replace("o-1", "o-2")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EstJson.read(DocumentKind.OBSERVATIONS, new ByteArrayInputStream(bytes),
                JsonLimits.defaults().withMaxDocumentLength(200)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("Document length").contains("exceeds the maximum allowed (200"));
        assertThat(EstJson.read(DocumentKind.OBSERVATIONS, new ByteArrayInputStream(bytes),
                JsonLimits.defaults().withMaxDocumentLength(bytes.length))).hasSize(2);
    }

    @Test
    void stopsAfterAHundredProblems() {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            bad.add(GOOD.replace("2}", "0}"));
        }
        ValidationException e = readFails(DocumentKind.OBSERVATIONS, observationsWith(bad.toArray(new String[0])));
        assertThat(e.problems()).hasSize(101);
        assertThat(e.problems().get(99).path()).isEqualTo("content[99].severity");
        assertThat(e.problems().get(100).path()).isEqualTo("content");
        assertThat(e.problems().get(100).message()).startsWith("reading stopped after 100 problems");
    }

    // ------------------------------------------------------------------------------------------- mapper, schemas

    @Test
    void theMapperIsNewOnEveryCallAndConfiguredAsDocumented() throws IOException {
        ObjectMapper a = EstJson.mapper();
        assertThat(a).isNotSameAs(EstJson.mapper());
        assertThat(a.getRegisteredModuleIds()).contains(new EstJacksonModule().getTypeId());
        assertThat(a.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(a.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(a.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(64);
        assertThat(a.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(a.getFactory().isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)).isTrue();
        assertThat(a.getFactory().isEnabled(StreamWriteFeature.AUTO_CLOSE_TARGET)).isFalse();
        assertThat(a.readValue(a.writeValueAsString(Samples.observation()), Observation.class))
                .isEqualTo(Samples.observation());
        assertThat(EstJson.mapper(JsonLimits.defaults().withMaxStringLength(10)).getFactory().streamReadConstraints()
                .getMaxStringLength()).isEqualTo(10);
    }

    @Test
    void shipsASchemaForEveryKindAndTheCommonDefinitions() throws IOException {
        ObjectMapper mapper = EstJson.mapper();
        assertThat(EstJson.schemas()).hasSize(DocumentKind.values().size() + 1).containsKey(EstJson.COMMON_SCHEMA_ID);
        for (DocumentKind<?> kind : DocumentKind.values()) {
            ObjectNode schema = (ObjectNode) mapper.readTree(EstJson.schema(kind));
            assertThat(schema.get("$id").asText()).isEqualTo(kind.schemaId());
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(kind.id());
            assertThat(schema.at("/properties/version/const").asText()).isEqualTo(EstJson.VERSION);
            assertThat((ArrayNode) schema.get("required")).hasSize(4);
        }
        assertThat(mapper.readTree(EstJson.schemas().get(EstJson.COMMON_SCHEMA_ID)).get("$id").asText())
                .isEqualTo(EstJson.COMMON_SCHEMA_ID);
    }
}
