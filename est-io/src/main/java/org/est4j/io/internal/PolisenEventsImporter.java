package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;
import static org.est4j.io.internal.MappingTable.exclude;
import static org.est4j.io.internal.MappingTable.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;

/**
 * The Police events importer; the format, the default table and the settings are documented in
 * {@link org.est4j.io.polisen.PolisenEvents}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PolisenEventsImporter implements ObservationImporterProvider.Importer {
    private static final Set<String> KEYS = Set.of("unmapped", "outside", "channel", "visibility", "id.prefix");
    private static final Set<String> PREFIXES = Set.of("type", "severity", "area");
    private static final String SUMMARY = "sammanfattning";

    /** The start of an event's name: {@code 25 mars 21:15, …}; a year and the time may be missing. */
    private static final Pattern NAME_TIME = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{L}+)\\.?(?:\\s+(\\d{4}))?(?:\\s+(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2}))?\\s*(?:,.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final String ACCIDENT = "an accident, a rescue or a welfare matter, not crime or disorder";
    private static final String ROAD = "a road accident: traffic safety, not insecurity in a place";
    private static final String POLICE_WORK = "police work (a check or an operation), not an observed event";
    private static final String ALARM = "an alarm, not a confirmed event";
    private static final String NO_PLACE = "a crime without a place-bound insecurity (fraud, documents, receiving)";

    /** The default table, in the order of the documentation. */
    static final List<MappingTable.Row> DEFAULTS = List.of(
            map("Skadegörelse", "property-damage", 3),
            map("Brand", "property-damage.fire", 4),
            map("Sprängdetonation", "disorder-violence", 5),
            map("Detonation", "disorder-violence", 5),
            map("Misshandel", "disorder-violence.assault", 4),
            map("Misshandel, grov", "disorder-violence.assault", 5),
            map("Bråk", "disorder-violence.assault", 3),
            map("Mord/dråp", "disorder-violence.assault", 5),
            map("Mord/dråp, försök", "disorder-violence.assault", 5),
            map("Våldtäkt", "disorder-violence.assault", 5),
            map("Våldtäkt, försök", "disorder-violence.assault", 5),
            map("Skottlossning", "disorder-violence", 5),
            map("Skottlossning, misstänkt", "disorder-violence", 4),
            map("Olaga frihetsberövande", "disorder-violence", 5),
            map("Olaga hot", "disorder-violence.threat", 4),
            map("Bombhot", "disorder-violence.threat", 4),
            map("Ofredande/förargelse", "disorder-violence.harassment", 3),
            map("Sedlighetsbrott", "disorder-violence.harassment", 4),
            map("Rån", "disorder-violence.robbery", 5),
            map("Rån väpnat", "disorder-violence.robbery", 5),
            map("Rån övrigt", "disorder-violence.robbery", 4),
            map("Rån, försök", "disorder-violence.robbery", 4),
            map("Inbrott", "disorder-violence.burglary", 3),
            map("Inbrott, försök", "disorder-violence.burglary", 2),
            map("Stöld/inbrott", "disorder-violence.burglary", 3),
            map("Hemfridsbrott", "disorder-violence.burglary", 3),
            map("Olaga intrång", "disorder-violence", 2),
            map("Olaga intrång/hemfridsbrott", "disorder-violence", 2),
            map("Knivlagen", "disorder-violence", 3),
            map("Vapenlagen", "disorder-violence", 4),
            map("Fylleri/LOB", "disorder-violence", 2),
            map("Alkohollagen", "disorder-violence", 2),
            map("Ofog barn/ungdom", "disorder-violence", 2),
            map("Våld/hot mot tjänsteman", "staff-incident", 4),
            map("Narkotikabrott", "drugs", 3),
            map("Stöld", "other", 2),
            map("Stöld, försök", "other", 1),
            map("Stöld, ringa", "other", 1),
            map("Motorfordon, stöld", "other", 2),
            map("Farligt föremål, misstänkt", "other", 3),
            map("Trafikbrott", "traffic", 2),
            map("Rattfylleri", "traffic", 3),
            map("Olovlig körning", "traffic", 2),
            exclude("Uppdatering", "an update to an earlier event, not a new event"),
            exclude("Övrigt", "mostly notices from the press service and miscellany; map it with type.ovrigt=other"
                    + " to keep it"),
            exclude("Trafikolycka", ROAD),
            exclude("Trafikolycka, personskada", ROAD),
            exclude("Trafikolycka, singel", ROAD),
            exclude("Trafikolycka, vilt", ROAD),
            exclude("Trafikolycka, smitning från", ROAD),
            exclude("Trafikhinder", ROAD),
            exclude("Trafikkontroll", POLICE_WORK),
            exclude("Kontroll person/fordon", POLICE_WORK),
            exclude("Polisinsats/kommendering", POLICE_WORK),
            exclude("Gränskontroll", POLICE_WORK),
            exclude("Larm inbrott", ALARM),
            exclude("Larm Överfall", ALARM),
            exclude("Brand automatlarm", ALARM),
            exclude("Arbetsplatsolycka", ACCIDENT),
            exclude("Sjukdom/olycksfall", ACCIDENT),
            exclude("Fjällräddning", ACCIDENT),
            exclude("Räddningsinsats", ACCIDENT),
            exclude("Drunkning", ACCIDENT),
            exclude("Naturkatastrof", ACCIDENT),
            exclude("Försvunnen person", ACCIDENT),
            exclude("Anträffad död", ACCIDENT),
            exclude("Anträffat gods", ACCIDENT),
            exclude("Motorfordon, anträffat stulet", ACCIDENT),
            exclude("Djur skadat/omhändertaget", ACCIDENT),
            exclude("Lagen om hundar och katter", ACCIDENT),
            exclude("Vållande till kroppsskada", ACCIDENT),
            exclude("Varningslarm/haveri", ACCIDENT),
            exclude("Bedrägeri", NO_PLACE),
            exclude("Åldringsbrott", NO_PLACE),
            exclude("Ekobrott", NO_PLACE),
            exclude("Förfalskningsbrott", NO_PLACE),
            exclude("Missbruk av urkund", NO_PLACE),
            exclude("Häleri", NO_PLACE),
            exclude("Miljöbrott", NO_PLACE),
            exclude("Utlänningslagen", NO_PLACE),
            exclude("Skyddslagen", NO_PLACE),
            exclude("Sjölagen", NO_PLACE));

    private final MappingTable table;
    private final boolean rejectUnmapped;
    private final boolean rejectOutside;
    private final String channel;
    private final Optional<Visibility> visibility;
    private final String idPrefix;
    private final Map<String, AreaId> areaOverrides;

    private PolisenEventsImporter(Settings s) {
        this.table = MappingTable.of(s, "type", DEFAULTS, Severity.MODERATE);
        this.rejectUnmapped = s.choice("unmapped", "reject", "reject", "exclude").equals("reject");
        this.rejectOutside = s.choice("outside", "exclude", "exclude", "reject").equals("reject");
        this.channel = s.text("channel").orElse("polisen.se");
        this.visibility = s.visibility("visibility");
        this.idPrefix = s.text("id.prefix").orElse("polisen-");
        Map<String, AreaId> overrides = new HashMap<>();
        s.config().withPrefix("area").forEach((name, id) -> {
            try {
                overrides.put(Text.slug(name), AreaId.of(Text.tidy(id)));
            } catch (ValidationException e) {
                s.problem("area." + name, "must be an area id", id);
            }
        });
        this.areaOverrides = Map.copyOf(overrides);
        if (channel.length() > Observation.MAX_NAME_LENGTH) {
            s.problem("channel", "must be at most " + Observation.MAX_NAME_LENGTH + " characters", channel.length());
        }
        try {
            ObservationId.of(idPrefix + "1");
        } catch (ValidationException e) {
            s.problem("id.prefix", "must be letters, digits and . _ : / - starting with a letter or digit", idPrefix);
        }
    }

    /**
     * Creates an importer from settings.
     *
     * @param config the settings
     * @return the importer
     * @throws ValidationException listing every setting that is unknown or wrong
     */
    public static PolisenEventsImporter create(PluginConfig config) {
        Settings s = new Settings("polisen-events importer settings", requireNonNull(config, "config"))
                .allow(KEYS, PREFIXES);
        PolisenEventsImporter importer = new PolisenEventsImporter(s);
        s.check();
        return importer;
    }

    /**
     * Returns the default table in settings form.
     *
     * @return {@code type.<slug>} and {@code severity.<slug>} entries, sorted by key
     */
    public static SortedMap<String, String> defaults() {
        return MappingTable.asSettings("type", DEFAULTS);
    }

    @Override
    public ImportResult read(org.est4j.core.spi.Source source, ImportContext context) {
        requireNonNull(source, "source");
        requireNonNull(context, "context");
        Rows rows = new Rows(source.name(), context.strict());
        Run run = new Run(source.name(), context, rows);
        JsonRecords.read(source, context, rows, "police events", run::record);
        return rows.result();
    }

    @Override
    public String toString() {
        return "PolisenEventsImporter[unmapped " + (rejectUnmapped ? "reject" : "exclude") + ", outside "
                + (rejectOutside ? "reject" : "exclude") + ", channel " + channel + "]";
    }

    /** The state of one import: the area and category lookups and the ids seen. */
    private final class Run {
        private final String sourceName;
        private final ImportContext context;
        private final Rows rows;
        private final AreaMatcher areas;
        private final CategoryMatcher categories;
        private final Map<ObservationId, Long> seen = new HashMap<>();

        Run(String sourceName, ImportContext context, Rows rows) {
            this.sourceName = sourceName;
            this.context = context;
            this.rows = rows;
            this.areas = new AreaMatcher(context.hierarchy());
            this.categories = new CategoryMatcher(context.taxonomy());
        }

        void record(long number, JsonNode event) {
            String raw = event.toString();
            Optional<Rejection> shape = JsonRecords.shapeProblem(sourceName, number, event, "a police event",
                    context.maxFieldLength());
            if (shape.isPresent()) {
                rows.reject(shape.get());
                return;
            }
            Optional<String> type = JsonRecords.text(event, "type");
            if (type.isEmpty()) {
                rows.reject(error(number, "type", "the event has no type", raw));
                return;
            }
            Optional<MappingTable.Entry> entry = table.find(type.get());
            if (entry.isEmpty() && Text.slug(type.get()).startsWith(SUMMARY)) {
                rows.reject(excluded(number, "type", "'" + type.get() + "' is a summary of several events, not one"
                        + " event", raw));
                return;
            }
            if (entry.isEmpty()) {
                String reason = "'" + type.get() + "' is not in the table of police event types: map it with type."
                        + Text.slug(type.get()) + "=<category id>, or exclude it with type." + Text.slug(type.get())
                        + "=exclude";
                rows.reject(rejectUnmapped ? error(number, "type", reason, raw) : excluded(number, "type", reason, raw));
                return;
            }
            if (entry.get().exclusion().isPresent()) {
                rows.reject(excluded(number, "type", "'" + type.get() + "' is " + entry.get().exclusion().get(), raw));
                return;
            }
            Optional<String> idText = JsonRecords.text(event, "id");
            if (idText.isEmpty()) {
                rows.reject(error(number, "id", "the event has no id", raw));
                return;
            }
            ObservationId id;
            try {
                id = ObservationId.of(idPrefix + idText.get());
            } catch (ValidationException e) {
                rows.reject(error(number, "id", "'" + Text.abbreviate(idText.get(), 40) + "' is not an event id",
                        raw));
                return;
            }
            Long first = seen.putIfAbsent(id, number);
            if (first != null) {
                rows.reject(excluded(number, "id", "the same event (id " + idText.get() + ") as record " + first, raw));
                return;
            }
            Optional<String> published = JsonRecords.text(event, "datetime");
            Instant reportedAt;
            try {
                // The API writes the hour without a leading zero before 10 ("2023-03-25 9:38:40 +01:00").
                reportedAt = SwedishTime.dateTime(published.orElseThrow(() -> new IllegalArgumentException(
                        "the event has no datetime (when it was published)")));
            } catch (IllegalArgumentException e) {
                rows.reject(error(number, "datetime", published.isEmpty() ? e.getMessage() : "'"
                        + Text.abbreviate(published.get(), 40) + "' is not a publication time like 2023-03-25"
                        + " 22:44:44 +01:00", raw));
                return;
            }
            Observation.Builder b = Observation.builder().id(id).source(Source.POLICE).channel(channel)
                    .reportedAt(reportedAt).severity(entry.get().severity());
            visibility.ifPresent(b::visibility);
            Optional<String> name = JsonRecords.text(event, "name");
            try {
                occurredAt(name.orElse(""), reportedAt, b);
            } catch (IllegalArgumentException e) {
                rows.reject(error(number, "name", e.getMessage(), raw));
                return;
            }
            JsonNode location = event.get("location");
            Optional<String> place = location == null || !location.isObject() ? Optional.empty()
                    : JsonRecords.text(location, "name");
            if (place.isEmpty()) {
                rows.reject(error(number, "location.name", "the event has no location name", raw));
                return;
            }
            Optional<AreaId> area;
            try {
                area = area(place.get());
            } catch (IllegalArgumentException e) {
                rows.reject(error(number, "location.name", e.getMessage(), raw));
                return;
            }
            if (area.isEmpty()) {
                String reason = "'" + place.get() + "' is outside the hierarchy: no area has its code "
                        + SwedishAreaData.codeOfName(place.get()).orElse("") + " as id or external code";
                rows.reject(rejectOutside ? error(number, "location.name", reason, raw)
                        : excluded(number, "location.name", reason, raw));
                return;
            }
            b.area(area.get());
            CategoryId mapped = entry.get().category().orElseThrow();
            Optional<CategoryId> category = categories.resolveMapped(mapped);
            if (category.isEmpty()) {
                rows.reject(error(number, "type", "the category " + mapped + " (for '" + type.get() + "') is not in"
                        + " the taxonomy, nor its group: set type." + Text.slug(type.get()) + "=<one of yours>", raw));
                return;
            }
            b.category(category.get());
            JsonRecords.text(event, "summary").ifPresent(summary -> b.description(
                    Text.abbreviate(summary, Observation.MAX_DESCRIPTION_LENGTH - 1)));
            try {
                rows.accept(b.build());
            } catch (ValidationException e) {
                rows.reject(error(number, null, e.problems().stream().map(Problem::toString)
                        .reduce((x, y) -> x + "; " + y).orElse(e.getMessage()), raw));
            }
        }

        private Optional<AreaId> area(String place) {
            AreaId override = areaOverrides.get(Text.slug(place));
            if (override != null) {
                if (!context.hierarchy().contains(override)) {
                    throw new IllegalArgumentException("the setting area." + Text.slug(place) + " names " + override
                            + ", which is not an area of the hierarchy");
                }
                return Optional.of(override);
            }
            Optional<String> code = SwedishAreaData.codeOfName(place);
            if (code.isPresent()) {
                return areas.findByCode(code.get().length() == 2 ? Area.LANSKOD : Area.KOMMUNKOD, code.get());
            }
            try {
                return Optional.of(areas.find(place));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + Text.abbreviate(place, 60) + "' is neither a Swedish"
                        + " municipality or county nor an area of the hierarchy: map it with area."
                        + Text.slug(place) + "=<area id>", e);
            }
        }

        private Rejection error(long number, String field, String reason, String raw) {
            return JsonRecords.rejection(sourceName, number, field, reason, raw, false);
        }

        private Rejection excluded(long number, String field, String reason, String raw) {
            return JsonRecords.rejection(sourceName, number, field, reason, raw, true);
        }
    }

    /**
     * Sets when the event happened from the start of its name ({@code 25 mars 21:15, Brand, Linköping}), in
     * Stockholm time. The name has no year: it is the publication's year, or the year before when the day would
     * otherwise come after the publication. A time after the publication on the same day keeps the day only
     * ({@code DATE} precision): the name and the publication disagree, and the day is what both say.
     */
    static void occurredAt(String name, Instant published, Observation.Builder b) {
        Matcher m = NAME_TIME.matcher(name);
        int month = m.matches() ? SwedishTime.month(m.group(2)) : 0;
        if (month == 0) {
            throw new IllegalArgumentException("'" + Text.abbreviate(name, 60) + "' does not start with the day and"
                    + " time of the event, like '25 mars 21:15, …'");
        }
        LocalDate publishedOn = LocalDate.ofInstant(published, Period.ZONE);
        int day = Integer.parseInt(m.group(1));
        LocalDate date;
        try {
            if (m.group(3) != null) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
            } else {
                date = dateIn(publishedOn.getYear(), month, day);
                if (date == null || date.isAfter(publishedOn)) {
                    date = dateIn(publishedOn.getYear() - 1, month, day);
                }
                if (date == null) {
                    throw new DateTimeException("no such day");
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + Text.abbreviate(name, 60) + "' names a day that does not exist",
                    e);
        }
        if (date.isAfter(publishedOn)) {
            throw new IllegalArgumentException("the day in '" + Text.abbreviate(name, 60) + "' is after the event"
                    + " was published (" + publishedOn + ")");
        }
        if (m.group(4) == null) {
            b.occurredOn(date);
            return;
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + Text.abbreviate(name, 60) + "' names a time that does not exist",
                    e);
        }
        Instant instant = LocalDateTime.of(date, time).atZone(Period.ZONE).toInstant();
        if (instant.isAfter(published)) {
            b.occurredOn(date);
        } else {
            b.occurredAt(instant);
        }
    }

    private static LocalDate dateIn(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
