package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.internal.CsvObservationImporter;

/**
 * The CSV format of observations, as survey tools and spreadsheets export them, and its importer (provider id
 * {@code csv}). One row is one observation; the first row that is not blank is the header.
 *
 * <h2>Columns</h2>
 * Columns are found by their header, ignoring case and extra white space; order does not matter and other columns
 * are ignored (unless {@code unknown-columns=fail}). Each {@link Field} has a Swedish default header and accepts a
 * few other names (English ones, and Swedish ones written without å, ä, ö); {@code header.<field>=<name>} names the
 * column of a field instead, such as {@code header.area=Stadsdel}.
 *
 * <table>
 *   <caption>Fields (required ones in bold)</caption>
 *   <tr><th>field (key)</th><th>default header</th><th>content</th></tr>
 *   <tr><td>{@code id}</td><td>id</td><td>the observation's id; unique in the file. Without it:
 *       {@code <id.prefix><line>}, by default the source name as a slug and the line, such as
 *       {@code export-csv-12}</td></tr>
 *   <tr><td><b>{@code date}</b></td><td>datum</td><td>2026-11-18, 18/11/2026, 18.11.2026 or 18 november 2026
 *       (day before month, always)</td></tr>
 *   <tr><td>{@code time}</td><td>tid</td><td>14:30 or 14.30, Stockholm time; without it only the day is
 *       known</td></tr>
 *   <tr><td><b>{@code datetime}</b></td><td>tidpunkt</td><td>date and time in one column (instead of
 *       {@code date}): 2026-11-18 14:30, 18/11/2026 14.30, or ISO 8601 with an offset; a date alone is
 *       accepted</td></tr>
 *   <tr><td>{@code timeofday}</td><td>dygnsdel</td><td>natt, morgon, eftermiddag or kväll, when only the part of
 *       the day is known</td></tr>
 *   <tr><td><b>{@code area}</b></td><td>område</td><td>the area's id, an external code of it (such as a DeSO
 *       code) or its name when one area has that name</td></tr>
 *   <tr><td>{@code place}</td><td>plats</td><td>the place, such as Torget</td></tr>
 *   <tr><td><b>{@code category}</b></td><td>kategori</td><td>the category's id, or its Swedish or English
 *       label</td></tr>
 *   <tr><td>{@code severity}</td><td>allvarlighet</td><td>1 to 5, or Ringa, Begränsad, Måttlig, Betydande,
 *       Allvarlig; required unless {@code default.severity} is set</td></tr>
 *   <tr><td>{@code description}</td><td>beskrivning</td><td>free text, at most 4,000 characters</td></tr>
 *   <tr><td>{@code source}</td><td>källa</td><td>rapportör, allmänheten, polisen, trygghetsvandring or övrigt
 *       (or the English names); empty means {@code default.source}, else rapportör when a reporter is
 *       named</td></tr>
 *   <tr><td>{@code reporter}</td><td>rapportör</td><td>the reporter's pseudonymous id; required for, and only
 *       for, the source rapportör</td></tr>
 *   <tr><td>{@code channel}</td><td>kanal</td><td>how it came in, such as app or e-tjänst</td></tr>
 *   <tr><td>{@code visibility}</td><td>synlighet</td><td>grupp, partner or offentlig; empty means
 *       {@code default.visibility}, else the observation's default</td></tr>
 *   <tr><td>{@code lat}, {@code lon}</td><td>lat, lon</td><td>WGS 84 degrees, decimal point or comma; both or
 *       neither; 0 and 0 together mean no position</td></tr>
 *   <tr><td>{@code reported}</td><td>rapporterad</td><td>when it was reported, date and time as
 *       {@code datetime}</td></tr>
 * </table>
 * Either {@code date} or {@code datetime} is required; when a row has both, a non-empty {@code datetime} wins.
 *
 * <h2>Settings</h2>
 * <ul>
 *   <li>{@code delimiter}: {@code ;}, {@code ,}, {@code tab} or another character; detected by default;</li>
 *   <li>{@code encoding}: a charset name such as {@code UTF-8} or {@code windows-1252}; detected by default
 *       (byte-order mark; valid UTF-8; else Windows-1252);</li>
 *   <li>{@code header.<field>}: the header of a field's column;</li>
 *   <li>{@code unknown-columns}: {@code ignore} (default) or {@code fail};</li>
 *   <li>{@code default.source}, {@code default.severity}, {@code default.visibility}: values for empty cells;</li>
 *   <li>{@code id.prefix}: the start of generated ids.</li>
 * </ul>
 * An unknown setting is an error, so that a misspelt key does not go unnoticed.
 *
 * <h2>Rows</h2>
 * Every row is accepted or rejected with its line, column, header, reason and raw text, and
 * {@code accepted + rejected = rows read}. A missing required column, a header that names one column twice, or a
 * byte limit passed stops the import with an {@link org.est4j.core.ingest.ImportException}, since no row could be
 * read right. Past {@link org.est4j.core.ingest.ImportContext#maxRows()} rows, the rest is rejected as one row.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class ObservationCsv {
    /** The importer's provider id, {@code csv}. */
    public static final String PROVIDER_ID = "csv";

    private ObservationCsv() {}

    /** The fields of an observation row, with their setting keys and default headers. */
    public enum Field {
        /** The observation's id. */
        ID("id", "id", "nr"),
        /** The day it happened. */
        DATE("date", "datum", "date", "händelsedatum"),
        /** The clock time it happened. */
        TIME("time", "tid", "klockslag", "time"),
        /** Date and time in one column. */
        DATETIME("datetime", "tidpunkt", "datum och tid", "datetime", "occurred", "occurred at"),
        /** The part of the day, when the time is not known. */
        TIMEOFDAY("timeofday", "dygnsdel", "tid på dygnet", "time of day"),
        /** The area. */
        AREA("area", "område", "omrade", "area"),
        /** The place. */
        PLACE("place", "plats", "place"),
        /** The category. */
        CATEGORY("category", "kategori", "category", "händelsetyp"),
        /** The reporter's severity. */
        SEVERITY("severity", "allvarlighet", "allvarlighetsgrad", "severity"),
        /** The free-text description. */
        DESCRIPTION("description", "beskrivning", "description", "kommentar"),
        /** Where it came from. */
        SOURCE("source", "källa", "kalla", "source"),
        /** The reporter's id. */
        REPORTER("reporter", "rapportör", "rapportor", "reporter"),
        /** How it came in. */
        CHANNEL("channel", "kanal", "channel"),
        /** Who may see it. */
        VISIBILITY("visibility", "synlighet", "visibility"),
        /** The latitude. */
        LAT("lat", "lat", "latitud", "latitude"),
        /** The longitude. */
        LON("lon", "lon", "lng", "long", "longitud", "longitude"),
        /** When it was reported. */
        REPORTED("reported", "rapporterad", "rapporterad tid", "reported", "reported at");

        private final String key;
        private final List<String> headers;

        Field(String key, String... headers) {
            this.key = key;
            this.headers = List.of(headers);
        }

        /**
         * Returns the key of the field in settings, as in {@code header.<key>}.
         *
         * @return such as {@code area}
         */
        public String key() {
            return key;
        }

        /**
         * Returns the default header, the Swedish one.
         *
         * @return such as {@code område}
         */
        public String header() {
            return headers.get(0);
        }

        /**
         * Returns every header the field is found by when no {@code header.<key>} is set, the default first.
         *
         * @return the headers, compared ignoring case and extra white space
         */
        public List<String> headers() {
            return headers;
        }

        /**
         * Returns the field of a setting key.
         *
         * @param key such as {@code area}
         * @return the field
         * @throws IllegalArgumentException when no field has that key
         */
        public static Field ofKey(String key) {
            requireNonNull(key, "key");
            for (Field f : values()) {
                if (f.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("No observation CSV field has the key '" + key + "'");
        }
    }

    /**
     * Returns an importer with the default settings: detected delimiter and encoding, Swedish headers.
     *
     * @return the importer; immutable and thread-safe
     */
    public static ObservationImporterProvider.Importer importer() {
        return importer(PluginConfig.empty());
    }

    /**
     * Returns an importer.
     *
     * @param config the settings described above
     * @return the importer; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when a setting is unknown or has a value of the wrong form
     */
    public static ObservationImporterProvider.Importer importer(PluginConfig config) {
        return CsvObservationImporter.create(requireNonNull(config, "config"));
    }

    /**
     * Returns the default header line for a template a reporter can fill in: every field in the order of
     * {@link Field} except {@link Field#DATETIME}, since {@code datum} and {@code tid} say the same:
     * {@code id;datum;tid;dygnsdel;område;…}.
     *
     * @param delimiter the delimiter, such as {@code ;}
     * @return the header line, without a line break
     */
    public static String headerLine(char delimiter) {
        StringBuilder line = new StringBuilder();
        for (Field f : Field.values()) {
            if (f == Field.DATETIME) {
                continue;
            }
            if (line.length() > 0) {
                line.append(delimiter);
            }
            line.append(f.header());
        }
        return line.toString();
    }
}
