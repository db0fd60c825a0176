package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.Identifier;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.measure.Measure;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.csv.ObservationCsv.Field;

/**
 * Writes est4j's documents as CSV that a coordinator opens in Excel (export format {@code csv}): observations,
 * measures and situation pictures, in a {@link CsvStyle} — by default {@code ;}, UTF-8 with a byte-order mark, CRLF,
 * decimal comma and Swedish headers. Every cell goes through {@link CsvWriter}, so no cell can carry a formula and
 * every number stays a number.
 *
 * <pre>{@code
 * CsvExport.observations(store.observations(), out, CsvStyle.swedishExcel());
 * CsvExport.write(PictureTable.of(set, hierarchy), out, CsvStyle.swedishExcel());
 * }</pre>
 *
 * <h2>Observations: one row per observation</h2>
 * The columns are those the CSV importer reads ({@link ObservationCsv}), with its default Swedish headers (or its
 * English ones), in the order of {@link ObservationCsv.Field}, so that an export imports back unchanged:
 * {@code id;datum;tid;tidpunkt;dygnsdel;område;plats;kategori;allvarlighet;beskrivning;källa;rapportör;kanal;synlighet;lat;lon;rapporterad}.
 * <ul>
 *   <li>Time: {@code datum} is the Stockholm date. An exact time also fills {@code tid} (Stockholm clock,
 *       {@code 14:30} or {@code 14:30:15}, for people) and {@code tidpunkt} (ISO 8601 with offset and any fraction
 *       of a second, {@code 2026-11-18T14:30:00+01:00}, exact even in the hour repeated when clocks go back; the
 *       importer reads this one). A time known to the part of the day fills {@code dygnsdel} only; a time known to
 *       the day leaves all three empty.</li>
 *   <li>Severity is its rank, 1 to 5, a number; source, visibility and part of the day are words
 *       ({@code Rapportör}, {@code partner}, {@code kväll}); area, category and reporter are ids.</li>
 *   <li>{@code lat} and {@code lon} are numbers in the fewest digits that read back to the same value.</li>
 *   <li>{@code rapporterad} is ISO 8601 with offset, like {@code tidpunkt}.</li>
 * </ul>
 * <b>Round trip.</b> Imported with {@link ObservationCsv#importer()} against the same areas and categories, the
 * rows come back as equal observations, provided the texts (place, channel, description) are as the importer
 * keeps them — place and channel with single spaces and no white space at either end, the description without
 * white space at either end and with LF line breaks (the reader turns CRLF and CR inside a field into LF) — and
 * that none of them starts with a character that is
 * {@linkplain CsvWriter#isFormulaLike(String) neutralised}: such a text comes back with the apostrophe in front,
 * as a spreadsheet shows it. An observation at exactly 0° N 0° E comes back without a point (the importer reads
 * {@code 0;0} as "no position").
 *
 * <h2>Measures: one row per measure</h2>
 * {@code id;titel;typ;typkod;status;start;slut;horisont;ansvarig;partner;områden;kategorier;beskrivning;synlighet;uppföljningsintervall}:
 * type and status as words, dates ISO 8601, sets of ids joined with {@code ", "} in their sorted order, the
 * follow-up interval as an ISO 8601 period ({@code P28D}).
 *
 * <h2>Pictures: one row per area</h2>
 * A coordinator reads the <i>lägesbild</i> area by area, so each area is one row, in the hierarchy's pre-order (each
 * area followed by those within it), and each top-level category is one column of counts — the table one sorts and
 * filters in Excel. Columns:
 * {@code område;namn;nivå;överordnat;period;totalt;egna;sammanhang;allvarlighetspoäng;skadepoäng;trend mot föregående;trend mot förra året;förväntade rapportörer;svarade;inget att rapportera;svarsfrekvens %;låg täckning;hotspots},
 * then, when the table has assessments, {@code bedömning;bedömningskod;skala;föreslagen nivå;beslutad av gruppen},
 * then one column per top-level category. With a taxonomy the category columns are every top-level category in
 * taxonomy order, headed by label; without one they are the categories that occur, in the order they first occur
 * (the roots of the hierarchy come first and count every category of their subtrees), headed by id. Counts are whole
 * numbers (0 when none); the harm score has at most 2 decimals, the response rate is a percentage with at most 1
 * decimal; coverage cells are empty when the picture has no coverage, trend cells when it has no trend of that
 * comparison.
 *
 * <h2>Feedback reports: one row per area</h2>
 * The table a feedback report holds, for its audience: every area in the hierarchy's pre-order, with
 * {@code område;namn;nivå;överordnat;period;totalt;trend mot föregående;trend mot förra året;bedömning;bedömningskod;beslutad av gruppen;fokusområde;hotspots},
 * then, when the report has coverage (reports for audiences that may see it),
 * {@code förväntade rapportörer;svarade;svarsfrekvens %;låg täckning}, then one column per top-level category. Counts
 * are only of the observations the audience may see, and a suppressed count is written as
 * {@value org.est4j.core.disclosure.SuppressedTable#MARK}, the mark official statistics use, never as a number:
 * the same figures as the report's HTML and PDF.
 *
 * <h2>Known limits of Excel</h2>
 * Opened by double-click, Excel turns a code of digits with a leading zero, such as the area id {@code 0188}, into
 * the number 188, and a file saved back from Excel then names an area that does not exist. No CSV can prevent this
 * without writing a formula ({@code ="0188"}), which the formula-injection rule forbids. Open such files with
 * <i>Data → From Text/CSV</i> and set the id columns to Text, or give areas ids that do not start with a digit.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class CsvExport {
    /** The export format's provider id, {@code csv}. */
    public static final String FORMAT_ID = "csv";
    /** The media type written: {@code text/csv; charset=UTF-8; header=present} (RFC 7111). */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

    private static final Set<Class<?>> DOCUMENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            Observations.class, Measures.class, PictureTable.class, PictureSet.class, FeedbackReport.class)));

    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    private CsvExport() {}

    /**
     * Returns the document types {@link #write(Object, OutputStream, CsvStyle)} writes.
     *
     * @return {@link Observations}, {@link Measures}, {@link PictureTable}, {@link PictureSet} and
     *     {@link FeedbackReport}, in that order
     */
    public static Set<Class<?>> documentTypes() {
        return DOCUMENT_TYPES;
    }

    /**
     * Writes a document: {@link Observations}, {@link Measures}, a {@link PictureTable}, a bare
     * {@link PictureSet} or a {@link FeedbackReport}.
     *
     * @param document the document
     * @param out where to write; flushed, not closed
     * @param style how to write
     * @throws IOException when writing fails
     * @throws EstException when the document is of another type; the message names the types written
     */
    public static void write(Object document, OutputStream out, CsvStyle style) throws IOException {
        requireNonNull(document, "document");
        requireNonNull(out, "out");
        requireNonNull(style, "style");
        if (document instanceof Observations) {
            observations(((Observations) document).list(), out, style);
        } else if (document instanceof Measures) {
            measures(((Measures) document).list(), out, style);
        } else if (document instanceof PictureTable) {
            pictures((PictureTable) document, out, style);
        } else if (document instanceof PictureSet) {
            pictures(PictureTable.of((PictureSet) document), out, style);
        } else if (document instanceof FeedbackReport) {
            feedback((FeedbackReport) document, out, style);
        } else {
            throw unsupported(FORMAT_ID, document, DOCUMENT_TYPES);
        }
    }

    /**
     * Returns the exception for a document a format does not write, naming the types it does write and, for a list,
     * the wrapper to use.
     *
     * @param format the format's id
     * @param document the document refused
     * @param types the types the format writes
     * @return the exception, to throw
     */
    static EstException unsupported(String format, Object document, Set<Class<?>> types) {
        String hint = document instanceof Collection
                ? ": wrap a list in its document type, such as Observations.of(list) or Measures.of(list), since a"
                        + " list does not say what it holds"
                : "";
        return new EstException("The " + format + " format writes " + types.stream().map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ", not " + document.getClass().getName() + hint);
    }

    // ------------------------------------------------------------------------------------------- observations

    /**
     * Returns the header of an observation export: the importer's default Swedish headers, or its English ones.
     *
     * @param style the style, for its language
     * @return the headers, in column order
     */
    public static List<String> observationHeaders(CsvStyle style) {
        requireNonNull(style, "style");
        List<String> headers = new ArrayList<>();
        for (Field f : Field.values()) {
            headers.add(style.isSwedish() ? f.header() : englishHeader(f));
        }
        return Collections.unmodifiableList(headers);
    }

    private static String englishHeader(Field f) {
        switch (f) {
            case TIMEOFDAY:
                return "time of day";
            default:
                return f.key();
        }
    }

    /**
     * Writes observations, one row each, under {@link #observationHeaders(CsvStyle)}.
     *
     * @param observations the observations, in the order written
     * @param out where to write; flushed, not closed
     * @param style how to write
     * @throws IOException when writing fails
     */
    public static void observations(Collection<Observation> observations, OutputStream out, CsvStyle style)
            throws IOException {
        requireNonNull(observations, "observations");
        CsvWriter csv = CsvWriter.to(requireNonNull(out, "out"), requireNonNull(style, "style"));
        csv.row(observationHeaders(style));
        boolean sv = style.isSwedish();
        for (Observation o : observations) {
            requireNonNull(o, "observation");
            ZonedDateTime local = o.occurredAt().atZone(Period.ZONE);
            boolean exact = o.timePrecision() == TimePrecision.EXACT;
            csv.text(o.id().value());
            csv.date(o.occurredDate());
            optional(csv, exact ? Optional.of(clock(local.toLocalTime())) : Optional.empty());
            optional(csv, exact ? Optional.of(INSTANT.format(local)) : Optional.empty());
            optional(csv, o.knownTimeOfDay().map(t -> word(t, sv)));
            csv.text(o.area().value());
            optional(csv, o.placeName());
            csv.text(o.category().value());
            csv.number(o.severity().rank());
            csv.text(o.description());
            csv.text(o.source().label(style.locale()));
            optional(csv, o.reporter().map(Identifier::value));
            optional(csv, o.channel());
            csv.text(word(o.visibility(), sv));
            if (o.point().isPresent()) {
                csv.number(o.point().get().latitude()).number(o.point().get().longitude());
            } else {
                csv.empty().empty();
            }
            optional(csv, o.reportedAt().map(CsvExport::instant));
            csv.endRow();
        }
        csv.flush();
    }

    private static String clock(LocalTime time) {
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        return time.getSecond() == 0 ? hhmm : hhmm + String.format(Locale.ROOT, ":%02d", time.getSecond());
    }

    private static String instant(Instant instant) {
        return INSTANT.format(instant.atZone(Period.ZONE));
    }

    // ------------------------------------------------------------------------------------------- measures

    /**
     * Returns the header of a measure export.
     *
     * @param style the style, for its language
     * @return the headers, in column order
     */
    public static List<String> measureHeaders(CsvStyle style) {
        return requireNonNull(style, "style").isSwedish()
                ? List.of("id", "titel", "typ", "typkod", "status", "start", "slut", "horisont", "ansvarig", "partner",
                        "områden", "kategorier", "beskrivning", "synlighet", "uppföljningsintervall")
                : List.of("id", "title", "type", "type code", "status", "start", "end", "horizon", "lead", "partners",
                        "areas", "categories", "description", "visibility", "follow-up interval");
    }

    /**
     * Writes measures, one row each, under {@link #measureHeaders(CsvStyle)}.
     *
     * @param measures the measures, in the order written
     * @param out where to write; flushed, not closed
     * @param style how to write
     * @throws IOException when writing fails
     */
    public static void measures(Collection<Measure> measures, OutputStream out, CsvStyle style) throws IOException {
        requireNonNull(measures, "measures");
        CsvWriter csv = CsvWriter.to(requireNonNull(out, "out"), requireNonNull(style, "style"));
        csv.row(measureHeaders(style));
        Locale locale = style.locale();
        for (Measure m : measures) {
            requireNonNull(m, "measure");
            csv.text(m.id().value()).text(m.title()).text(m.type().label(locale)).text(m.type().code())
                    .text(m.status().label(locale)).date(m.start());
            if (m.end().isPresent()) {
                csv.date(m.end().get());
            } else {
                csv.empty();
            }
            csv.text(m.horizon().label(locale)).text(m.leadActor().value()).text(joined(m.partners()))
                    .text(joined(m.targetAreas())).text(joined(m.targetCategories()));
            optional(csv, m.description());
            csv.text(word(m.visibility(), style.isSwedish())).text(m.followUpEvery().toString());
            csv.endRow();
        }
        csv.flush();
    }

    private static String joined(Collection<? extends Identifier> ids) {
        return ids.stream().map(Identifier::value).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------------------------------- pictures

    /**
     * Writes pictures, one row per area, as described above.
     *
     * @param table the pictures and what the reader needs beside them
     * @param out where to write; flushed, not closed
     * @param style how to write
     * @throws IOException when writing fails
     */
    public static void pictures(PictureTable table, OutputStream out, CsvStyle style) throws IOException {
        requireNonNull(table, "table");
        CsvWriter csv = CsvWriter.to(requireNonNull(out, "out"), requireNonNull(style, "style"));
        boolean sv = style.isSwedish();
        Locale locale = style.locale();
        Map<CategoryId, String> categories = categoryColumns(table, locale);
        boolean assessed = !table.assessments().isEmpty();
        List<String> header = new ArrayList<>(sv
                ? List.of("område", "namn", "nivå", "överordnat", "period", "totalt", "egna", "sammanhang",
                        "allvarlighetspoäng", "skadepoäng", "trend mot föregående", "trend mot förra året",
                        "förväntade rapportörer", "svarade", "inget att rapportera", "svarsfrekvens %", "låg täckning",
                        "hotspots")
                : List.of("area", "name", "level", "parent", "period", "total", "own", "context", "severity score",
                        "harm score", "trend vs previous", "trend vs last year", "expected reporters", "answered",
                        "nothing to report", "response rate %", "low coverage", "hotspots"));
        if (assessed) {
            header.addAll(sv ? List.of("bedömning", "bedömningskod", "skala", "föreslagen nivå", "beslutad av gruppen")
                    : List.of("assessment", "assessment code", "scale", "suggested level", "decided by the group"));
        }
        header.addAll(categories.values());
        csv.row(header);
        Optional<AreaHierarchy> hierarchy = table.hierarchy();
        for (SituationPicture p : table.pictures().pictures()) {
            Optional<Area> area = hierarchy.flatMap(h -> h.find(p.area()));
            csv.text(p.area().value());
            optional(csv, area.map(Area::name));
            optional(csv, area.map(a -> a.level().displayName(locale)));
            optional(csv, area.flatMap(Area::parent).map(Identifier::value));
            csv.text(p.period().toString());
            csv.number(p.total()).number(p.ownTotal()).number(p.contextTotal()).number(p.severityScore())
                    .decimal(p.harmScore(), 2);
            optional(csv, p.trend(Trend.Comparison.PREVIOUS_PERIODS).map(t -> word(t.direction(), sv)));
            optional(csv, p.trend(Trend.Comparison.SAME_PERIOD_LAST_YEAR).map(t -> word(t.direction(), sv)));
            if (p.coverage().isPresent()) {
                Coverage c = p.coverage().get();
                csv.number(c.expected()).number(c.answered()).number(c.nothingToReport())
                        .decimal(c.responseRate() * 100, 1).text(yesNo(c.isLow(), sv));
            } else {
                csv.empty().empty().empty().empty().empty();
            }
            csv.number(p.hotspots().size());
            if (assessed) {
                Optional<Assessment> a = table.assessment(p.area());
                optional(csv, a.map(x -> x.level().label(locale)));
                optional(csv, a.map(x -> x.level().code()));
                optional(csv, a.map(Assessment::scaleId));
                optional(csv, a.map(x -> x.suggested().code()));
                optional(csv, a.map(x -> yesNo(x.isOverridden(), sv)));
            }
            for (CategoryId category : categories.keySet()) {
                csv.number(p.countsByTopLevel().getOrDefault(category, 0L));
            }
            csv.endRow();
        }
        csv.flush();
    }

    /** The category columns: ids to headers, in column order. */
    private static Map<CategoryId, String> categoryColumns(PictureTable table, Locale locale) {
        Map<CategoryId, String> columns = new LinkedHashMap<>();
        Optional<Taxonomy> taxonomy = table.taxonomy();
        taxonomy.ifPresent(t -> {
            for (Category c : t.topLevel()) {
                columns.put(c.id(), c.label(locale));
            }
        });
        for (SituationPicture p : table.pictures().pictures()) {
            for (CategoryId id : p.countsByTopLevel().keySet()) {
                columns.putIfAbsent(id, id.value());
            }
        }
        return columns;
    }

    // ------------------------------------------------------------------------------------------- feedback

    /**
     * Writes the table of a feedback report, one row per area, as described above: only what the report holds, so
     * only what its audience may see, suppressed cells as {@value SuppressedTable#MARK}.
     *
     * @param report the report
     * @param out where to write; flushed, not closed
     * @param style how to write
     * @throws IOException when writing fails
     */
    public static void feedback(FeedbackReport report, OutputStream out, CsvStyle style) throws IOException {
        requireNonNull(report, "report");
        CsvWriter csv = CsvWriter.to(requireNonNull(out, "out"), requireNonNull(style, "style"));
        boolean sv = style.isSwedish();
        Locale locale = style.locale();
        boolean coverage = report.areas().stream().anyMatch(a -> a.coverage().isPresent());
        List<String> header = new ArrayList<>(sv
                ? List.of("område", "namn", "nivå", "överordnat", "period", "totalt", "trend mot föregående",
                        "trend mot förra året", "bedömning", "bedömningskod", "beslutad av gruppen", "fokusområde",
                        "hotspots")
                : List.of("area", "name", "level", "parent", "period", "total", "trend vs previous",
                        "trend vs last year", "assessment", "assessment code", "decided by the group", "focus area",
                        "hotspots"));
        if (coverage) {
            header.addAll(sv ? List.of("förväntade rapportörer", "svarade", "svarsfrekvens %", "låg täckning")
                    : List.of("expected reporters", "answered", "response rate %", "low coverage"));
        }
        report.categories().forEach(c -> header.add(c.label(locale)));
        csv.row(header);
        for (org.est4j.core.feedback.AreaRow area : report.areas()) {
            Heading<AreaId> row = Heading.of(area.id());
            csv.text(area.id().value()).text(area.name()).text(area.areaLevel().displayName(locale));
            optional(csv, area.parent().map(Identifier::value));
            csv.text(report.period().toString());
            cell(csv, report.counts().cell(row, Heading.total()));
            optional(csv, area.trend().map(t -> word(t, sv)));
            optional(csv, area.trendLastYear().map(t -> word(t, sv)));
            optional(csv, area.level().map(l -> l.label(locale)));
            optional(csv, area.level().map(ScaleLevel::code));
            optional(csv, area.level().map(l -> yesNo(area.decided(), sv)));
            csv.text(yesNo(area.focus(), sv)).number(area.hotspots().size());
            if (coverage) {
                if (area.coverage().isPresent()) {
                    org.est4j.core.feedback.CoverageRow c = area.coverage().get();
                    csv.number(c.expected()).number(c.answered()).decimal(c.responseRate() * 100, 1)
                            .text(yesNo(c.low(), sv));
                } else {
                    csv.empty().empty().empty().empty();
                }
            }
            for (Category c : report.categories()) {
                cell(csv, report.counts().cell(row, Heading.of(c.id())));
            }
            csv.endRow();
        }
        csv.flush();
    }

    private static void cell(CsvWriter csv, SuppressedTable.Cell<?, ?> cell) throws IOException {
        if (cell.isSuppressed()) {
            csv.text(SuppressedTable.MARK);
        } else {
            csv.number(cell.value().getAsLong());
        }
    }

    // ------------------------------------------------------------------------------------------- words

    private static void optional(CsvWriter csv, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            csv.text(text.get());
        } else {
            csv.empty();
        }
    }

    private static String yesNo(boolean yes, boolean sv) {
        return yes ? (sv ? "ja" : "yes") : (sv ? "nej" : "no");
    }

    private static String word(Visibility v, boolean sv) {
        switch (v) {
            case GROUP:
                return sv ? "grupp" : "group";
            case PARTNERS:
                return sv ? "partner" : "partners";
            default:
                return sv ? "offentlig" : "public";
        }
    }

    private static String word(TimeOfDay t, boolean sv) {
        switch (t) {
            case NIGHT:
                return sv ? "natt" : "night";
            case MORNING:
                return sv ? "morgon" : "morning";
            case AFTERNOON:
                return sv ? "eftermiddag" : "afternoon";
            default:
                return sv ? "kväll" : "evening";
        }
    }

    private static String word(Trend.Direction d, boolean sv) {
        switch (d) {
            case RISING:
                return sv ? "ökar" : "rising";
            case FALLING:
                return sv ? "minskar" : "falling";
            case STABLE:
                return sv ? "stabil" : "stable";
            default:
                return sv ? "för lite data" : "insufficient data";
        }
    }
}
