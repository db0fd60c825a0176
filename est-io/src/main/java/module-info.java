/**
 * est4j io: everything that crosses the library's edge — JSON with schemas, CSV, GeoJSON, HTML and PDF reports,
 * importers and area hierarchy loaders. It stands on est-core alone.
 */
module org.est4j.io {
    requires transitive org.est4j.core;
}
