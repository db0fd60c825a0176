package org.est4j.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.examples.demo.DemoMunicipality;
import org.est4j.io.csv.ObservationCsv;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;

/**
 * Writes the demo municipality as a coordinator's input files: the observations as the CSV a survey tool exports
 * (Swedish headers, {@code ;}, UTF-8, read by importer {@code csv}), the areas as the CSV area provider reads them,
 * and the actors, reporters and rounds as est4j JSON documents. Output is the same byte for byte for the same
 * demo.
 */
final class DemoFiles {
    /** The file names written, in the order written. */
    static final String OBSERVATIONS = "observations.csv";
    static final String AREAS = "areas.csv";
    static final String ACTORS = "actors.json";
    static final String REPORTERS = "reporters.json";
    static final String ROUNDS = "rounds.json";

    private static final char DELIMITER = ';';
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DemoFiles() {}

    /** Writes every file into a folder, which is created if need be, and returns the paths written. */
    static List<Path> write(DemoMunicipality demo, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(OBSERVATIONS), observations(demo.observations())));
        written.add(write(folder.resolve(AREAS), areas(demo.hierarchy())));
        written.add(write(folder.resolve(ACTORS), EstJson.writeString(DocumentKind.ACTORS, demo.actors())));
        written.add(write(folder.resolve(REPORTERS), EstJson.writeString(DocumentKind.REPORTERS, demo.reporters())));
        written.add(write(folder.resolve(ROUNDS), EstJson.writeString(DocumentKind.REPORTING_ROUNDS, demo.rounds())));
        return written;
    }

    /** Returns the observations in the CSV format of {@link ObservationCsv}, one row each, in the order given. */
    static String observations(List<Observation> observations) {
        StringBuilder csv = new StringBuilder(ObservationCsv.headerLine(DELIMITER)).append('\n');
        for (Observation o : observations) {
            ZonedDateTime at = o.occurredAt().atZone(Period.ZONE);
            List<String> row = new ArrayList<>();
            for (ObservationCsv.Field field : ObservationCsv.Field.values()) {
                switch (field) {
                    case ID: row.add(o.id().value()); break;
                    case DATE: row.add(o.occurredDate().toString()); break;
                    case TIME: row.add(o.timePrecision() == TimePrecision.EXACT ? MINUTES.format(at) : ""); break;
                    case DATETIME: break;
                    case TIMEOFDAY: row.add(o.timePrecision() == TimePrecision.PART_OF_DAY
                            ? band(o.timeOfDay()) : ""); break;
                    case AREA: row.add(o.area().value()); break;
                    case PLACE: row.add(o.placeName().orElse("")); break;
                    case CATEGORY: row.add(o.category().value()); break;
                    case SEVERITY: row.add(Integer.toString(o.severity().rank())); break;
                    case DESCRIPTION: row.add(o.description()); break;
                    case SOURCE: row.add(o.source().labelSv().toLowerCase(Locale.forLanguageTag("sv"))); break;
                    case REPORTER: row.add(o.reporter().map(r -> r.value()).orElse("")); break;
                    case CHANNEL: row.add(o.channel().orElse("")); break;
                    case VISIBILITY: row.add(visibility(o.visibility())); break;
                    case LAT: row.add(o.point().map(p -> Double.toString(p.latitude())).orElse("")); break;
                    case LON: row.add(o.point().map(p -> Double.toString(p.longitude())).orElse("")); break;
                    case REPORTED: row.add(o.reportedAt().map(r -> DateTimeFormatter.ISO_OFFSET_DATE_TIME
                            .format(r.atZone(Period.ZONE))).orElse("")); break;
                    default: throw new IllegalStateException("No column for " + field);
                }
            }
            appendRow(csv, row);
        }
        return csv.toString();
    }

    /**
     * Returns the areas in the CSV format of {@link org.est4j.io.area.AreaCsv}, in the hierarchy's pre-order:
     * {@code id;name;level;parent;lat;lon} and a column per external code found.
     */
    static String areas(AreaHierarchy hierarchy) {
        SortedSet<String> codes = new TreeSet<>();
        hierarchy.areas().forEach(a -> codes.addAll(a.externalCodes().keySet()));
        List<String> header = new ArrayList<>(List.of("id", "name", "level", "parent", "lat", "lon"));
        header.addAll(codes);
        StringBuilder csv = new StringBuilder();
        appendRow(csv, header);
        for (Area a : hierarchy.areas()) {
            List<String> row = new ArrayList<>(List.of(a.id().value(), a.name(), a.level().code(),
                    a.parent().map(p -> p.value()).orElse(""),
                    a.point().map(GeoPoint::latitude).map(d -> Double.toString(d)).orElse(""),
                    a.point().map(GeoPoint::longitude).map(d -> Double.toString(d)).orElse("")));
            codes.forEach(code -> row.add(a.externalCodes().getOrDefault(code, "")));
            appendRow(csv, row);
        }
        return csv.toString();
    }

    private static String band(TimeOfDay band) {
        switch (band) {
            case NIGHT: return "natt";
            case MORNING: return "morgon";
            case AFTERNOON: return "eftermiddag";
            default: return "kväll";
        }
    }

    private static String visibility(Visibility visibility) {
        switch (visibility) {
            case GROUP: return "grupp";
            case PARTNERS: return "partner";
            default: return "offentlig";
        }
    }

    /** Appends one row, quoting a cell (RFC 4180) when it holds the delimiter, a quote, a line break or edge space. */
    private static void appendRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(DELIMITER);
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(DELIMITER) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
            csv.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append('\n');
    }

    private static Path write(Path file, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
