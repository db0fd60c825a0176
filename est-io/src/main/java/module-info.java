/**
 * est4j io: everything that crosses the library's edge — JSON with schemas, CSV, GeoJSON, HTML and PDF reports,
 * importers and area hierarchy loaders. It stands on est-core alone.
 */
module org.est4j.io {
    requires transitive org.est4j.core;
    // Transitive: the JSON API hands out and accepts ObjectMapper and Module.
    requires transitive com.fasterxml.jackson.databind;

    exports org.est4j.io.json;

    // ObjectMapper.findAndRegisterModules() finds the JSON module; mirrored in META-INF/services.
    provides com.fasterxml.jackson.databind.Module with org.est4j.io.json.EstJacksonModule;
}
