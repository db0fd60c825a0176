package org.est4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.feedback.AreaRow;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Observation;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.time.Period;
import org.est4j.examples.demo.DemoMunicipality;
import org.est4j.io.csv.CsvExport;
import org.est4j.io.csv.CsvStyle;
import org.est4j.io.csv.ObservationCsv;
import org.est4j.io.csv.Observations;
import org.est4j.io.geojson.GeoJson;
import org.est4j.io.geojson.GeoJsonAreas;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo's data out and back through every format: what can be read back (observations in CSV and JSON, areas
 * in JSON and GeoJSON, measures and assessments in JSON) comes back equal, and what people read (each audience's
 * feedback report as CSV, GeoJSON and HTML) shows the report's own figures for every area; the PDF (whose text
 * est-io's own tests read) is the same bytes every time.
 */
class EveryFormatTest {
    private static final Period JUNE = Period.month(DemoMunicipality.DEFAULT_YEAR, 6);
    private static DemoMunicipality demo;
    private static EstCycle cycle;

    @BeforeAll
    static void demo() {
        demo = DemoMunicipality.generate();
        cycle = Workbench.cycle(demo);
    }

    private static String write(String format, Object document) throws IOException {
        return new String(bytes(format, document), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String format, Object document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EstPlugins.global().get(ExportFormatProvider.class, format).create(PluginConfig.empty()).write(document, out);
        return out.toByteArray();
    }

    @Test
    void everyObservationComesBackEqualThroughCsvAndJson() throws IOException {
        List<Observation> all = demo.observations();
        byte[] csv = bytes("csv", Observations.of(all));
        ImportResult back = ObservationCsv.importer().read(Source.of("demo.csv", csv),
                ImportContext.of(demo.hierarchy(), demo.taxonomy()));
        assertThat(back.rejected()).isEmpty();
        assertThat(back.rowsRead()).isEqualTo(all.size());
        assertThat(back.accepted()).containsExactlyElementsOf(all);
        assertThat(EstJson.readString(DocumentKind.OBSERVATIONS, EstJson.writeString(DocumentKind.OBSERVATIONS, all)))
                .isEqualTo(all);
    }

    @Test
    void areasMeasuresAndGradesComeBackEqualThroughJsonAndGeoJson() {
        assertThat(EstJson.readString(DocumentKind.HIERARCHY, EstJson.writeString(DocumentKind.HIERARCHY,
                demo.hierarchy()))).isEqualTo(demo.hierarchy());
        assertThat(GeoJsonAreas.read(Source.of("demo.geojson", GeoJson.writeString(demo.hierarchy())
                .getBytes(StandardCharsets.UTF_8))).hierarchy()).isEqualTo(demo.hierarchy());
        assertThat(EstJson.readString(DocumentKind.MEASURES, EstJson.writeString(DocumentKind.MEASURES,
                cycle.measures()))).isEqualTo(cycle.measures());
        var grades = cycle.assess(Period.week(DemoMunicipality.DEFAULT_YEAR, 26));
        assertThat(EstJson.readString(DocumentKind.ASSESSMENTS, EstJson.writeString(DocumentKind.ASSESSMENTS, grades)))
                .isEqualTo(grades);
    }

    /** Each area's total as the report shows it: a number or the suppression mark. */
    private static Map<String, String> totals(FeedbackReport report) {
        Map<String, String> totals = new TreeMap<>();
        for (AreaRow a : report.areas()) {
            totals.put(a.id().value(), report.counts().display(Heading.of(a.id()), Heading.total()));
        }
        return totals;
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = {"GROUP", "PARTNERS", "REPORTERS"})
    void aReportThatSuppressesNothingComesBackEqualThroughJson(Audience audience) throws IOException {
        FeedbackReport report = cycle.feedback(audience, JUNE);
        assertThat(EstJson.readString(DocumentKind.FEEDBACK_REPORT, write("json", report))).isEqualTo(report);
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void theCsvAndGeoJsonOfAReportShowItsFiguresForEveryArea(Audience audience) throws IOException {
        FeedbackReport report = cycle.feedback(audience, JUNE);
        Map<String, String> totals = totals(report);
        Map<String, String> csv = new TreeMap<>();
        write("csv", report).lines().skip(1).map(l -> l.split(";", -1))
                .forEach(cells -> csv.put(cells[0], cells[5]));
        assertThat(csv).isEqualTo(totals);
        Map<String, String> geojson = new TreeMap<>();
        for (String line : write("geojson", report).lines().filter(l -> l.contains("\"kind\":\"area\""))
                .collect(Collectors.toList())) {
            String id = line.replaceAll(".*?\"id\":\"([^\"]*)\".*", "$1");
            String total = line.replaceAll(".*\"total\":(null|\\d+).*", "$1");
            geojson.put(id, total.equals("null") ? ".." : total);
        }
        assertThat(geojson).isEqualTo(totals);
        assertThat(CsvExport.documentTypes()).contains(FeedbackReport.class);
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = {"GROUP", "PUBLIC"})
    void theHtmlOfAReportShowsEveryAreaAndItsTotalAndThePdfIsTheSameEveryTime(Audience audience) throws IOException {
        FeedbackReport report = cycle.feedback(audience, JUNE);
        String html = write("html", report);
        byte[] pdf = bytes("pdf", report);
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
        assertThat(bytes("pdf", report)).as("deterministic bytes").isEqualTo(pdf);
        for (AreaRow area : report.areas()) {
            String total = report.counts().display(Heading.of(area.id()), Heading.total());
            assertThat(html).contains(">" + area.name() + "<");
            assertThat(html).as("%s: %s", area.name(), total).containsPattern("(?s)class=\"name\">"
                    + Pattern.quote(area.name()) + "</span>.*?<td class=\"num\">" + Pattern.quote(total) + "</td>");
        }
    }
}
