/**
 * est4j io: everything that crosses the library's edge — JSON with schemas, CSV, GeoJSON, HTML and PDF reports,
 * importers and area hierarchy loaders. It stands on est-core alone.
 *
 * <p>Built-in providers live in the package {@code org.est4j.io.internal}, which is not exported; they are declared
 * here with {@code provides} and, for the class path, in {@code META-INF/services}. The exported packages hold the
 * typed entry points and the documentation of each format and its settings:
 *
 * <ul>
 *   <li>{@link org.est4j.io} — {@link org.est4j.io.Sources}: sources from files and text;</li>
 *   <li>{@link org.est4j.io.csv} — an RFC 4180 reader and the CSV format of observations (importer {@code csv}),
 *       and CSV for Excel of observations, measures and pictures (export format {@code csv});</li>
 *   <li>{@link org.est4j.io.geojson} — GeoJSON: areas with shapes (hierarchy {@code geojson}), maps of areas and
 *       hotspots (export format {@code geojson}), observations placed in areas by their points;</li>
 *   <li>{@link org.est4j.io.json} — the Jackson module, the versioned exchange envelope and its JSON Schemas;</li>
 *   <li>{@link org.est4j.io.polisen} — the Swedish Police events API (importer {@code polisen-events});</li>
 *   <li>{@link org.est4j.io.open311} — Open311 GeoReport v2 requests (importer {@code open311});</li>
 *   <li>{@link org.est4j.io.area} — Swedish counties, municipalities, RegSO and DeSO (hierarchies
 *       {@code se-municipalities}, {@code se-deso}) and area hierarchies from CSV (hierarchy {@code csv});</li>
 *   <li>{@link org.est4j.io.report} — situation reports as HTML and PDF (export formats {@code html}, {@code pdf}).</li>
 * </ul>
 *
 * <p>The report renderers are automatic modules: Pebble ({@code io.pebbletemplates}, named in its manifest),
 * openhtmltopdf ({@code openhtmltopdf.core}, {@code openhtmltopdf.pdfbox}, named after their jar files) and PDFBox
 * ({@code org.apache.pdfbox}, named in its manifest). PDFBox logs through Commons Logging, an explicit module that
 * nothing would otherwise resolve on the module path, so this module requires it.
 *
 * <p>There is no {@code uses} clause: est-io loads no plugins itself; est-core's registry does, and declares them.
 */
module org.est4j.io {
    requires transitive org.est4j.core;
    requires com.fasterxml.jackson.core;
    // JTS (an automatic module) for area shapes: not transitive, see org.est4j.io.geojson.
    requires org.locationtech.jts;
    // Transitive: the JSON API hands out and accepts ObjectMapper and Module.
    requires transitive com.fasterxml.jackson.databind;
    // Reports: templates (HTML escaping by default), HTML to PDF layout, PDF writing.
    requires io.pebbletemplates;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.commons.logging;
    // openhtmltopdf's log lines go to SLF4J, as est-core's do.
    requires org.slf4j;
    // openhtmltopdf's drawing API uses java.awt.geom and org.w3c.dom.
    requires java.desktop;
    requires java.xml;
    // openhtmltopdf reports its log levels as java.util.logging levels.
    requires java.logging;
    // Only annotations are used (the Immutables style of value types), so they are optional at run time.
    requires static org.immutables.value.annotations;

    exports org.est4j.io;
    exports org.est4j.io.area;
    exports org.est4j.io.csv;
    exports org.est4j.io.geojson;
    exports org.est4j.io.json;
    exports org.est4j.io.open311;
    exports org.est4j.io.polisen;
    exports org.est4j.io.report;

    // ObjectMapper.findAndRegisterModules() finds the JSON module; mirrored in META-INF/services.
    provides com.fasterxml.jackson.databind.Module with org.est4j.io.json.EstJacksonModule;

    provides org.est4j.core.spi.ObservationImporterProvider with
            org.est4j.io.internal.CsvObservationImporterProvider,
            org.est4j.io.internal.PolisenEventsImporterProvider,
            org.est4j.io.internal.Open311ImporterProvider;

    provides org.est4j.core.spi.AreaHierarchyProvider with
            org.est4j.io.internal.SeMunicipalitiesHierarchyProvider,
            org.est4j.io.internal.SeDesoHierarchyProvider,
            org.est4j.io.internal.CsvAreaHierarchyProvider,
            org.est4j.io.internal.GeoJsonAreaHierarchyProvider;

    provides org.est4j.core.spi.ExportFormatProvider with
            org.est4j.io.internal.CsvExportFormatProvider,
            org.est4j.io.internal.GeoJsonExportFormatProvider,
            org.est4j.io.internal.JsonExportFormatProvider,
            org.est4j.io.internal.HtmlReportFormatProvider,
            org.est4j.io.internal.PdfReportFormatProvider;
}
