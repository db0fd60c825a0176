package org.est4j.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shipped JSON Schemas, loaded into networknt's validator from {@link EstJson#schemas()} (so that the test sees
 * exactly what the jar ships, on the module path too), with format assertions on.
 */
final class Schemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.schemas(EstJson.schemas())));
    /** English messages, which the tests read, whatever the default locale (the validator localises them). */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(java.util.Locale.ENGLISH).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {}

    static JsonSchema of(DocumentKind<?> kind) {
        return of(kind.schemaId());
    }

    static JsonSchema of(String id) {
        return CACHE.computeIfAbsent(id, i -> FACTORY.getSchema(SchemaLocation.of(i), CONFIG));
    }

    /** Returns the problems the schema finds, as text, empty when the document is valid. */
    static Set<String> problems(DocumentKind<?> kind, JsonNode document) {
        return of(kind).validate(document).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    static Set<String> problems(DocumentKind<?> kind, String document) {
        try {
            return problems(kind, EstJson.mapper().readTree(document));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
