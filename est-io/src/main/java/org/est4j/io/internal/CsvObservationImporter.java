package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.csv.CsvFormat;
import org.est4j.io.csv.CsvReader;
import org.est4j.io.csv.CsvRecord;
import org.est4j.io.csv.ObservationCsv.Field;

/**
 * The observation CSV importer; the format and its settings are documented in
 * {@link org.est4j.io.csv.ObservationCsv}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; each {@link #read} keeps its state on
 * its own stack.
 */
public final class CsvObservationImporter implements ObservationImporterProvider.Importer {
    private static final Set<String> KEYS = Set.of("delimiter", "encoding", "unknown-columns", "default.source",
            "default.severity", "default.visibility", "id.prefix");
    private static final Set<String> PREFIXES = Set.of("header");
    /** Generated ids keep room for the line number within the 128 characters of an identifier. */
    private static final int MAX_PREFIX = 100;

    private final Optional<Character> delimiter;
    private final Optional<Charset> charset;
    private final Map<Field, String> headers;
    private final boolean failOnUnknownColumns;
    private final Optional<Source> defaultSource;
    private final Optional<Severity> defaultSeverity;
    private final Optional<Visibility> defaultVisibility;
    private final Optional<String> idPrefix;

    private CsvObservationImporter(Settings s, Map<Field, String> headers) {
        this.delimiter = s.delimiter("delimiter");
        this.charset = s.charset("encoding");
        this.headers = headers;
        this.failOnUnknownColumns = s.choice("unknown-columns", "ignore", "ignore", "fail").equals("fail");
        this.defaultSource = s.source("default.source");
        this.defaultSeverity = s.severity("default.severity");
        this.defaultVisibility = s.visibility("default.visibility");
        this.idPrefix = s.text("id.prefix");
        idPrefix.ifPresent(p -> {
            if (p.length() > MAX_PREFIX || !validId(p + "1")) {
                s.problem("id.prefix", "must be at most " + MAX_PREFIX + " letters, digits and . _ : / - starting"
                        + " with a letter or digit", p);
            }
        });
    }

    /**
     * Creates an importer from settings.
     *
     * @param config the settings
     * @return the importer
     * @throws ValidationException listing every setting that is unknown or wrong
     */
    public static CsvObservationImporter create(PluginConfig config) {
        Settings s = new Settings("csv importer settings", requireNonNull(config, "config")).allow(KEYS, PREFIXES);
        Map<Field, String> headers = new EnumMap<>(Field.class);
        config.withPrefix("header").forEach((key, name) -> {
            try {
                Field f = Field.ofKey(key);
                if (Text.tidy(name).isEmpty()) {
                    s.problem("header." + key, "must name a column", name);
                } else {
                    headers.put(f, Text.tidy(name));
                }
            } catch (IllegalArgumentException e) {
                s.problem("header." + key, "is not a field; the fields are " + java.util.Arrays.stream(Field.values())
                        .map(Field::key).collect(Collectors.joining(", ")), name);
            }
        });
        CsvObservationImporter importer = new CsvObservationImporter(s, java.util.Collections.unmodifiableMap(headers));
        s.check();
        return importer;
    }

    @Override
    public ImportResult read(org.est4j.core.spi.Source source, ImportContext context) {
        requireNonNull(source, "source");
        requireNonNull(context, "context");
        CsvFormat.Builder format = CsvFormat.builder().maxFieldLength(context.maxFieldLength()).maxBytes(context.maxBytes());
        delimiter.ifPresent(format::delimiter);
        charset.ifPresent(format::charset);
        Rows rows = new Rows(source.name(), context.strict());
        try (CsvReader reader = CsvReader.open(source, format.build())) {
            Optional<CsvRecord> header = reader.next();
            if (header.isEmpty()) {
                return rows.result();
            }
            Row row = new Row(source.name(), context, columns(source.name(), header.get()), reader.delimiter(),
                    new FileLedger());
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                if (rows.count() >= context.maxRows()) {
                    rows.reject(Rejection.builder().source(source.name()).line(r.get().line())
                            .reason("the input has more than " + context.maxRows() + " rows (maxRows): this row and"
                                    + " the rest of the input were not read; split the input")
                            .raw(r.get().raw()).build());
                    break;
                }
                row.read(r.get(), rows);
            }
        }
        return rows.result();
    }

    /**
     * Returns the delimiter set, if any.
     *
     * @return the delimiter, or empty when detected
     */
    public Optional<Character> delimiter() {
        return delimiter;
    }

    /**
     * Returns the encoding set, if any.
     *
     * @return the charset, or empty when detected
     */
    public Optional<Charset> charset() {
        return charset;
    }

    /** Returns a summary of the settings that differ from the defaults. */
    @Override
    public String toString() {
        return "CsvObservationImporter[delimiter " + delimiter.map(String::valueOf).orElse("detected") + ", encoding "
                + charset.map(Charset::name).orElse("detected") + ", headers " + headers + "]";
    }

    // ------------------------------------------------------------------------------------------- header

    /** Where each field is: a column index from 0 per field, and the header names as written. */
    private static final class Columns {
        final Map<Field, Integer> index = new EnumMap<>(Field.class);
        final List<String> names;

        Columns(List<String> names) {
            this.names = names;
        }

        int column(Field f) {
            Integer i = index.get(f);
            return i == null ? 0 : i + 1;
        }

        String name(int column) {
            return column >= 1 && column <= names.size() ? names.get(column - 1) : null;
        }
    }

    private Columns columns(String sourceName, CsvRecord header) {
        if (header.problem().isPresent()) {
            throw headerFailure(sourceName, header, header.problemColumn(), null, "the header row " + header.problem().get());
        }
        List<String> names = header.fields().stream().map(Text::tidy).collect(Collectors.toList());
        Columns columns = new Columns(names);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                byKey.computeIfAbsent(Text.key(names.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> taken = new LinkedHashSet<>();
        Set<String> configuredKeys = headers.values().stream().map(Text::key).collect(Collectors.toSet());
        for (Field f : Field.values()) {
            String configured = headers.get(f);
            List<Integer> found = new ArrayList<>();
            if (configured != null) {
                found.addAll(byKey.getOrDefault(Text.key(configured), List.of()));
                if (found.isEmpty()) {
                    throw headerFailure(sourceName, header, 0, configured, "header." + f.key() + " names the column '"
                            + configured + "', which the header does not have; it has: " + String.join(", ", names));
                }
            } else {
                for (String alias : f.headers()) {
                    found.addAll(byKey.getOrDefault(Text.key(alias), List.of()));
                }
                found.removeIf(i -> configuredKeys.contains(Text.key(names.get(i))) || taken.contains(i));
            }
            if (found.size() > 1) {
                throw headerFailure(sourceName, header, found.get(1) + 1, names.get(found.get(1)), "the header has "
                        + found.size() + " columns for " + f.header() + " (" + found.stream().map(names::get)
                        .collect(Collectors.joining(", ")) + "): rename or remove all but one, or choose one with header."
                        + f.key() + "=<name>");
            }
            if (found.size() == 1) {
                columns.index.put(f, found.get(0));
                taken.add(found.get(0));
            }
        }
        for (Field required : List.of(Field.AREA, Field.CATEGORY)) {
            if (!columns.index.containsKey(required)) {
                throw missingColumn(sourceName, header, names, required.header() + " (" + required.key() + ")",
                        required.header(), "header." + required.key());
            }
        }
        if (!columns.index.containsKey(Field.DATE) && !columns.index.containsKey(Field.DATETIME)) {
            throw missingColumn(sourceName, header, names, Field.DATE.header() + " or " + Field.DATETIME.header()
                    + " (the date it happened)", Field.DATE.header(), "header.date or header.datetime");
        }
        if (failOnUnknownColumns) {
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!taken.contains(i)) {
                    unknown.add(names.get(i).isEmpty() ? "(column " + (i + 1) + " without a header)" : names.get(i));
                }
            }
            if (!unknown.isEmpty()) {
                throw headerFailure(sourceName, header, 0, null, "the header has columns that are not fields of an"
                        + " observation (unknown-columns=fail): " + String.join(", ", unknown));
            }
        }
        return columns;
    }

    private static ImportException missingColumn(String sourceName, CsvRecord header, List<String> names, String what,
            String field, String setting) {
        return headerFailure(sourceName, header, 0, field, "the header has no column for " + what + ": add one, or"
                + " name the column with " + setting + "=<header>; the header has: " + String.join(", ", names));
    }

    private static ImportException headerFailure(String sourceName, CsvRecord header, int column, String field,
            String reason) {
        return new ImportException(Rejection.builder().source(sourceName).line(header.line()).column(column)
                .field(Optional.ofNullable(field)).reason(reason).raw(header.raw()).build(), null);
    }

    // ------------------------------------------------------------------------------------------- rows

    /**
     * Returns a reader of the rows under a header, for importers that read rows their own way (such as
     * {@link org.est4j.io.csv.CsvIngest}) and hand the rows they cannot take on their own to it.
     *
     * @param sourceName the input's name
     * @param context the hierarchy, taxonomy and limits
     * @param header the header record
     * @param delimiter the delimiter, for messages
     * @param ledger the ids accepted so far
     * @return the row reader; mutable and not thread-safe
     * @throws ImportException when the header lacks a required column or names one twice
     */
    public Row rowReader(String sourceName, ImportContext context, CsvRecord header, char delimiter, IdLedger ledger) {
        return new Row(requireNonNull(sourceName, "sourceName"), requireNonNull(context, "context"),
                columns(sourceName, requireNonNull(header, "header")), delimiter, requireNonNull(ledger, "ledger"));
    }

    /** The ids accepted so far in an import, by which a row with an id used before is rejected. */
    public interface IdLedger {
        /**
         * Says why an id cannot be used again.
         *
         * @param id the id of a row being read
         * @return the reason, such as {@code the id x is used again; line 3 has it too}, or null when it is new
         */
        String conflict(ObservationId id);

        /**
         * Notes an accepted row's id.
         *
         * @param id the id
         * @param line the line the row starts on
         */
        void accepted(ObservationId id, long line);
    }

    /** The ledger of one input read on its own: ids of earlier accepted rows, with their lines. */
    private static final class FileLedger implements IdLedger {
        private final Map<ObservationId, Long> seen = new HashMap<>();

        @Override
        public String conflict(ObservationId id) {
            Long first = seen.get(id);
            return first == null ? null : usedAgain(id, first);
        }

        @Override
        public void accepted(ObservationId id, long line) {
            seen.put(id, line);
        }
    }

    /**
     * Returns the reason a row is rejected whose id an earlier row of the input has.
     *
     * @param id the id
     * @param firstLine the line of the earlier row
     * @return the reason
     */
    public static String usedAgain(ObservationId id, long firstLine) {
        return "the id " + id + " is used again; line " + firstLine + " has it too";
    }

    /**
     * Reads the rows of one input; holds the per-import state (duplicate ids, matchers).
     *
     * <p>Implementation requirements: mutable and not thread-safe.
     */
    public final class Row {
        private final String sourceName;
        private final Columns columns;
        private final AreaMatcher areas;
        private final CategoryMatcher categories;
        private final IdLedger seen;
        private final String prefix;
        private final char delimiter;

        Row(String sourceName, ImportContext context, Columns columns, char delimiter, IdLedger seen) {
            this.sourceName = sourceName;
            this.columns = columns;
            this.delimiter = delimiter;
            this.seen = seen;
            this.areas = new AreaMatcher(context.hierarchy());
            this.categories = new CategoryMatcher(context.taxonomy());
            String slug = Text.slug(sourceName);
            this.prefix = idPrefix.orElse((slug.isEmpty() ? "rad" : Text.abbreviate(slug, MAX_PREFIX - 1)
                    .replace("…", "")) + "-");
        }

        /**
         * Returns the column of a field.
         *
         * @param f the field
         * @return its index from 0, or -1 when the header has no column for it
         */
        public int index(Field f) {
            Integer i = columns.index.get(f);
            return i == null ? -1 : i;
        }

        /**
         * Returns the number of columns of the header.
         *
         * @return the number of header fields
         */
        public int columnCount() {
            return columns.names.size();
        }

        /**
         * Returns the start of the ids made for rows without one: the prefix and then the line.
         *
         * @return such as {@code export-csv-}
         */
        public String idPrefix() {
            return prefix;
        }

        /**
         * Returns the source for rows whose source cell is empty, when set.
         *
         * @return the default source
         */
        public Optional<Source> defaultSource() {
            return defaultSource;
        }

        /**
         * Returns the visibility for rows whose visibility cell is empty, when set.
         *
         * @return the default visibility
         */
        public Optional<Visibility> defaultVisibility() {
            return defaultVisibility;
        }

        /**
         * Finds the area a tidied cell names.
         *
         * @param text the cell, tidied
         * @return the area
         * @throws IllegalArgumentException when no area, or more than one, has that id, code or name
         */
        public AreaId area(String text) {
            return areas.find(text);
        }

        /**
         * Finds the category a tidied cell names.
         *
         * @param text the cell, tidied
         * @return the category
         * @throws IllegalArgumentException when no category, or more than one, has that id or label
         */
        public CategoryId category(String text) {
            return categories.find(text);
        }

        /**
         * Reads one record: accepts it into the rows, or rejects it with its line, column and reason.
         *
         * @param record the record
         * @param rows where the row is counted
         */
        public void read(CsvRecord record, Rows rows) {
            if (record.problem().isPresent()) {
                rows.reject(rejection(record, record.problemColumn(), columns.name(record.problemColumn()),
                        "the row " + record.problem().get()));
                return;
            }
            int expected = columns.names.size();
            if (record.size() < expected || (record.size() > expected && !blankFrom(record, expected))) {
                rows.reject(rejection(record, 0, null, "the row has " + record.size() + " fields, the header has "
                        + expected + ": a delimiter ('" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)) + "') is missing or extra, or a field"
                        + " holding one is not quoted"));
                return;
            }
            List<Issue> issues = new ArrayList<>();
            Observation.Builder b = Observation.builder();

            String idText = cell(record, Field.ID);
            ObservationId id = null;
            if (idText.isEmpty()) {
                id = ObservationId.of(prefix + record.line());
            } else {
                try {
                    id = ObservationId.of(idText);
                } catch (ValidationException e) {
                    issues.add(issue(Field.ID, "'" + Text.abbreviate(idText, 40) + "' is not an id: use letters,"
                            + " digits and . _ : / - starting with a letter or digit, at most 128"));
                }
            }
            if (id != null) {
                String conflict = seen.conflict(id);
                if (conflict != null) {
                    issues.add(issue(Field.ID, conflict));
                } else {
                    b.id(id);
                }
            }

            readTime(record, b, issues);
            attempt(issues, Field.AREA, () -> {
                String text = cell(record, Field.AREA);
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("is empty: give the area's id or name");
                }
                AreaId area = areas.find(text);
                b.area(area);
            });
            attempt(issues, Field.CATEGORY, () -> {
                String text = cell(record, Field.CATEGORY);
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("is empty: give the category's id or label");
                }
                CategoryId category = categories.find(text);
                b.category(category);
            });
            attempt(issues, Field.SEVERITY, () -> {
                String text = cell(record, Field.SEVERITY);
                if (text.isEmpty()) {
                    b.severity(defaultSeverity.orElseThrow(() -> new IllegalArgumentException(
                            "is empty: give 1 to 5, or set default.severity")));
                } else {
                    b.severity(Words.severity(text));
                }
            });
            String reporter = cell(record, Field.REPORTER);
            attempt(issues, Field.REPORTER, () -> {
                if (!reporter.isEmpty()) {
                    try {
                        b.reporter(ReporterId.of(reporter));
                    } catch (ValidationException e) {
                        throw new IllegalArgumentException("'" + Text.abbreviate(reporter, 40) + "' is not a reporter"
                                + " id: use letters, digits and . _ : / -", e);
                    }
                }
            });
            attempt(issues, Field.SOURCE, () -> {
                String text = cell(record, Field.SOURCE);
                if (!text.isEmpty()) {
                    b.source(Words.source(text));
                } else if (defaultSource.isPresent()) {
                    b.source(defaultSource.get());
                } else if (!reporter.isEmpty()) {
                    b.source(Source.REPORTER);
                } else {
                    throw new IllegalArgumentException("is empty and no reporter is named: say where the observation"
                            + " came from (rapportör, allmänheten, polisen, trygghetsvandring, övrigt), or set"
                            + " default.source");
                }
            });
            attempt(issues, Field.VISIBILITY, () -> {
                String text = cell(record, Field.VISIBILITY);
                if (!text.isEmpty()) {
                    b.visibility(Words.visibility(text));
                } else {
                    defaultVisibility.ifPresent(b::visibility);
                }
            });
            String place = cell(record, Field.PLACE);
            if (!place.isEmpty()) {
                b.placeName(place);
            }
            String channel = cell(record, Field.CHANNEL);
            if (!channel.isEmpty()) {
                b.channel(channel);
            }
            String description = rawCell(record, Field.DESCRIPTION).strip();
            b.description(description);
            readPoint(record, b, issues);
            attempt(issues, Field.REPORTED, () -> {
                String text = cell(record, Field.REPORTED);
                if (!text.isEmpty()) {
                    if (SwedishTime.isDateOnly(text)) {
                        throw new IllegalArgumentException("'" + text + "' has no time: give the date and time it"
                                + " was reported, such as 2026-11-18 14:30");
                    }
                    b.reportedAt(SwedishTime.dateTime(text));
                }
            });

            if (!issues.isEmpty()) {
                rows.reject(rejection(record, issues));
                return;
            }
            Observation observation;
            try {
                observation = b.build();
            } catch (ValidationException e) {
                for (Problem p : e.problems()) {
                    issues.add(issueFor(p));
                }
                rows.reject(rejection(record, issues));
                return;
            }
            seen.accepted(observation.id(), record.line());
            rows.accept(observation);
        }

        private void readTime(CsvRecord record, Observation.Builder b, List<Issue> issues) {
            String dateTime = cell(record, Field.DATETIME);
            String date = cell(record, Field.DATE);
            String time = cell(record, Field.TIME);
            String band = cell(record, Field.TIMEOFDAY);
            TimeOfDay timeOfDay = null;
            if (!band.isEmpty()) {
                try {
                    timeOfDay = SwedishTime.timeOfDay(band);
                } catch (IllegalArgumentException e) {
                    issues.add(issue(Field.TIMEOFDAY, e.getMessage()));
                    return;
                }
            }
            Instant instant = null;
            LocalDate day = null;
            try {
                if (!dateTime.isEmpty()) {
                    if (SwedishTime.isDateOnly(dateTime)) {
                        day = SwedishTime.date(dateTime);
                    } else {
                        instant = SwedishTime.dateTime(dateTime);
                    }
                } else if (!date.isEmpty()) {
                    day = SwedishTime.date(date);
                } else {
                    Field f = columns.index.containsKey(Field.DATETIME) ? Field.DATETIME : Field.DATE;
                    issues.add(issue(f, "is empty: give the date it happened, such as 2026-11-18"));
                    return;
                }
            } catch (IllegalArgumentException e) {
                issues.add(issue(dateTime.isEmpty() ? Field.DATE : Field.DATETIME, e.getMessage()));
                return;
            }
            if (day != null && !time.isEmpty()) {
                try {
                    instant = day.atTime(SwedishTime.time(time)).atZone(org.est4j.core.time.Period.ZONE).toInstant();
                } catch (IllegalArgumentException e) {
                    issues.add(issue(Field.TIME, e.getMessage()));
                    return;
                }
            }
            if (instant != null) {
                TimeOfDay actual = TimeOfDay.of(instant.atZone(org.est4j.core.time.Period.ZONE).toLocalTime());
                if (timeOfDay != null && timeOfDay != actual) {
                    issues.add(issue(Field.TIMEOFDAY, "says " + timeOfDay + " but the time is in the " + actual
                            + ": give the time, or only the part of the day"));
                    return;
                }
                b.occurredAt(instant);
            } else if (timeOfDay != null) {
                b.occurredOn(day, timeOfDay);
            } else {
                b.occurredOn(day);
            }
        }

        private void readPoint(CsvRecord record, Observation.Builder b, List<Issue> issues) {
            String lat = cell(record, Field.LAT);
            String lon = cell(record, Field.LON);
            if (lat.isEmpty() && lon.isEmpty()) {
                return;
            }
            if (lat.isEmpty() || lon.isEmpty()) {
                issues.add(issue(lat.isEmpty() ? Field.LAT : Field.LON, "is empty while "
                        + (lat.isEmpty() ? "lon" : "lat") + " is given: give both coordinates or neither"));
                return;
            }
            Double latitude = decimal(lat, Field.LAT, issues);
            Double longitude = decimal(lon, Field.LON, issues);
            if (latitude == null || longitude == null || (latitude == 0 && longitude == 0)) {
                return; // 0,0 is the placeholder exports write for "no position"
            }
            try {
                b.point(GeoPoint.of(latitude, longitude));
            } catch (ValidationException e) {
                for (Problem p : e.problems()) {
                    issues.add(issue(p.path().equals("latitude") ? Field.LAT : Field.LON, p.message() + " (was "
                            + p.value() + ")"));
                }
            }
        }

        private Double decimal(String text, Field field, List<Issue> issues) {
            try {
                double d = Double.parseDouble(text.replace(',', '.').replace(" ", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            issues.add(issue(field, "'" + Text.abbreviate(text, 40) + "' is not a number of degrees, such as"
                    + " 59,7580 or 59.7580"));
            return null;
        }

        private String cell(CsvRecord record, Field f) {
            return Text.tidy(rawCell(record, f));
        }

        private String rawCell(CsvRecord record, Field f) {
            Integer i = columns.index.get(f);
            return i == null ? "" : record.field(i + 1);
        }

        private Issue issue(Field f, String message) {
            int column = columns.column(f);
            return new Issue(column, column == 0 ? f.header() : columns.name(column), message);
        }

        private Issue issueFor(Problem p) {
            Field f;
            switch (p.path()) {
                case "reporter":
                    f = columns.index.containsKey(Field.REPORTER) ? Field.REPORTER : Field.SOURCE;
                    break;
                case "channel":
                    f = Field.CHANNEL;
                    break;
                case "placeName":
                    f = Field.PLACE;
                    break;
                case "description":
                    f = Field.DESCRIPTION;
                    break;
                case "timeOfDay":
                    f = columns.index.containsKey(Field.TIMEOFDAY) ? Field.TIMEOFDAY : Field.TIME;
                    break;
                case "reportedAt":
                    f = Field.REPORTED;
                    break;
                default:
                    f = null;
            }
            String message = p.value() == null ? p.message() : p.message() + " (was " + p.value() + ")";
            return f == null ? new Issue(0, p.path(), message) : issue(f, message);
        }

        private void attempt(List<Issue> issues, Field f, Runnable step) {
            try {
                step.run();
            } catch (IllegalArgumentException e) {
                issues.add(issue(f, e.getMessage()));
            } catch (ValidationException e) {
                issues.add(issue(f, e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
            }
        }

        private Rejection rejection(CsvRecord record, List<Issue> issues) {
            issues.sort(Comparator.comparingInt((Issue i) -> i.column == 0 ? Integer.MAX_VALUE : i.column));
            Issue first = issues.get(0);
            String reason = issues.stream().map(i -> i.field + ": " + i.message).collect(Collectors.joining("; "));
            return rejection(record, first.column, first.field, reason);
        }

        private Rejection rejection(CsvRecord record, int column, String field, String reason) {
            return Rejection.builder().source(sourceName).line(record.line()).column(column)
                    .field(Optional.ofNullable(field).filter(f -> !f.isEmpty())).reason(reason).raw(record.raw())
                    .build();
        }

        private boolean blankFrom(CsvRecord record, int from) {
            for (int i = from; i < record.size(); i++) {
                if (!record.fields().get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One problem in a row: the column (from 1, 0 if none), the header, and what is wrong. */
    private static final class Issue {
        final int column;
        final String field;
        final String message;

        Issue(int column, String field, String message) {
            this.column = column;
            this.field = field;
            this.message = message;
        }
    }

    private static boolean validId(String text) {
        try {
            ObservationId.of(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
