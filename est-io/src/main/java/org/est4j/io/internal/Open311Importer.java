package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;
import static org.est4j.io.internal.MappingTable.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.Sources;

/**
 * The Open311 GeoReport v2 importer; the format, the default table and the settings are documented in
 * {@link org.est4j.io.open311.Open311}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class Open311Importer implements ObservationImporterProvider.Importer {
    private static final Set<String> KEYS = Set.of("unmapped", "area", "nearest.level", "nearest.max-metres",
            "services", "channel", "visibility", "id.prefix");
    private static final Set<String> PREFIXES = Set.of("service", "severity");
    private static final double DEFAULT_MAX_METRES = 5000;

    /** The default table of service names, English (as most Open311 endpoints) and Swedish. */
    static final List<MappingTable.Row> DEFAULTS = List.of(
            map("Graffiti", "property-damage.graffiti", 2),
            map("Graffiti Removal", "property-damage.graffiti", 2),
            map("Klotter", "property-damage.graffiti", 2),
            map("Vandalism", "property-damage", 3),
            map("Skadegörelse", "property-damage", 3),
            map("Broken Glass", "property-damage.broken-glass", 2),
            map("Street Lights", "unsafe-place.lighting", 2),
            map("Street Light", "unsafe-place.lighting", 2),
            map("Streetlight", "unsafe-place.lighting", 2),
            map("Streetlights", "unsafe-place.lighting", 2),
            map("Street Light Out", "unsafe-place.lighting", 2),
            map("Street Lights Out", "unsafe-place.lighting", 2),
            map("Streetlight Out", "unsafe-place.lighting", 2),
            map("Belysning", "unsafe-place.lighting", 2),
            map("Gatubelysning", "unsafe-place.lighting", 2),
            map("Line of Sight", "unsafe-place.sightlines", 2),
            map("Weeds", "unsafe-place.vegetation", 1),
            map("Overgrown Vegetation", "unsafe-place.vegetation", 1),
            map("Tall Grass", "unsafe-place.vegetation", 1),
            map("Unsafe Structures", "unsafe-place", 3),
            map("Illegal Dumping", "littering", 2),
            map("Litter", "littering", 2),
            map("Littering", "littering", 2),
            map("Nedskräpning", "littering", 2),
            map("Abandoned Vehicle", "other", 2),
            map("Noise", "disorder-violence", 2),
            map("Traffic Related Complaints", "traffic", 2),
            map("Buskörning", "traffic", 3));

    private final MappingTable table;
    private final boolean rejectUnmapped;
    private final Optional<AreaId> defaultArea;
    private final Optional<AreaLevel> nearestLevel;
    private final double maxMetres;
    private final Map<String, String> serviceNames;
    private final String channel;
    private final Optional<Visibility> visibility;
    private final String idPrefix;

    private Open311Importer(Settings s, Map<String, String> serviceNames) {
        this.table = MappingTable.of(s, "service", DEFAULTS, Severity.LIMITED);
        this.rejectUnmapped = s.choice("unmapped", "exclude", "exclude", "reject").equals("reject");
        Optional<AreaId> area = Optional.empty();
        Optional<String> areaText = s.text("area");
        if (areaText.isPresent()) {
            try {
                area = Optional.of(AreaId.of(areaText.get()));
            } catch (ValidationException e) {
                s.problem("area", "must be an area id", areaText.get());
            }
        }
        this.defaultArea = area;
        Optional<AreaLevel> level = Optional.empty();
        Optional<String> levelText = s.text("nearest.level");
        if (levelText.isPresent()) {
            try {
                level = Optional.of(AreaLevel.of(levelText.get()));
            } catch (ValidationException e) {
                s.problem("nearest.level", "must be an area level such as omrade or deso", levelText.get());
            }
        }
        this.nearestLevel = level;
        this.maxMetres = s.positiveDecimal("nearest.max-metres", DEFAULT_MAX_METRES);
        this.serviceNames = serviceNames;
        this.channel = s.text("channel").orElse("open311");
        this.visibility = s.visibility("visibility");
        this.idPrefix = s.text("id.prefix").orElse("open311-");
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
     * Creates an importer from settings; the setting {@code services} names a services.json file to read now.
     *
     * @param config the settings
     * @param services the services catalogue to use, or null for none (or the {@code services} setting)
     * @return the importer
     * @throws ValidationException listing every setting that is unknown or wrong
     * @throws ImportException when the services catalogue cannot be read
     */
    public static Open311Importer create(PluginConfig config, org.est4j.core.spi.Source services) {
        Settings s = new Settings("open311 importer settings", requireNonNull(config, "config")).allow(KEYS, PREFIXES);
        Optional<String> file = s.text("services");
        if (services != null && file.isPresent()) {
            s.problem("services", "must not be set when a services catalogue is given in code", file.get());
        }
        s.check();
        org.est4j.core.spi.Source catalogue = services != null ? services
                : file.map(f -> Sources.of(Path.of(f))).orElse(null);
        Open311Importer importer = new Open311Importer(s, catalogue == null ? Map.of() : readServices(catalogue));
        s.check();
        return importer;
    }

    /**
     * Returns the default table in settings form.
     *
     * @return {@code service.<slug>} and {@code severity.<slug>} entries, sorted by key
     */
    public static SortedMap<String, String> defaults() {
        return MappingTable.asSettings("service", DEFAULTS);
    }

    /**
     * Reads a services.json catalogue: service code → service name.
     *
     * @param source the catalogue
     * @return the names by code, in input order
     * @throws ImportException when the catalogue cannot be read or an entry has no code or name
     */
    static Map<String, String> readServices(org.est4j.core.spi.Source source) {
        ImportContext limits = ImportContext.of(AreaHierarchy.empty(), Taxonomy.standard());
        Rows rows = new Rows(source.name(), true);
        Map<String, String> names = new LinkedHashMap<>();
        JsonRecords.read(source, limits, rows, "Open311 services", (number, service) -> {
            Optional<String> code = service.isObject() ? JsonRecords.text(service, "service_code") : Optional.empty();
            Optional<String> name = service.isObject() ? JsonRecords.text(service, "service_name") : Optional.empty();
            if (code.isEmpty() || name.isEmpty()) {
                throw new ImportException(Rejection.builder().source(source.name()).line(number)
                        .field(code.isEmpty() ? "service_code" : "service_name")
                        .reason("the service has no " + (code.isEmpty() ? "service_code" : "service_name"))
                        .raw(service.toString()).build(), null);
            }
            names.put(code.get(), name.get());
        });
        return Collections.unmodifiableMap(names);
    }

    @Override
    public ImportResult read(org.est4j.core.spi.Source source, ImportContext context) {
        requireNonNull(source, "source");
        requireNonNull(context, "context");
        Rows rows = new Rows(source.name(), context.strict());
        Run run = new Run(source.name(), context, rows);
        JsonRecords.read(source, context, rows, "Open311 service requests", run::record);
        return rows.result();
    }

    @Override
    public String toString() {
        return "Open311Importer[area " + defaultArea.map(AreaId::value).orElse("none") + ", nearest "
                + nearestLevel.map(AreaLevel::code).orElse("off") + ", " + serviceNames.size() + " services known]";
    }

    /** The state of one import. */
    private final class Run {
        private final String sourceName;
        private final ImportContext context;
        private final Rows rows;
        private final CategoryMatcher categories;
        private final List<Area> candidates = new ArrayList<>();
        private final Map<ObservationId, Long> seen = new HashMap<>();

        Run(String sourceName, ImportContext context, Rows rows) {
            this.sourceName = sourceName;
            this.context = context;
            this.rows = rows;
            this.categories = new CategoryMatcher(context.taxonomy());
            AreaHierarchy hierarchy = context.hierarchy();
            if (defaultArea.isPresent() && !hierarchy.contains(defaultArea.get())) {
                throw new ImportException(Rejection.builder().source(sourceName).line(0).field("area")
                        .reason("the setting area=" + defaultArea.get() + " names no area of the import's hierarchy")
                        .build(), null);
            }
            nearestLevel.ifPresent(level -> hierarchy.areas(level).stream().filter(a -> a.point().isPresent())
                    .forEach(candidates::add));
            if (nearestLevel.isPresent() && candidates.isEmpty()) {
                throw new ImportException(Rejection.builder().source(sourceName).line(0).field("nearest.level")
                        .reason("no area of level " + nearestLevel.get() + " in the import's hierarchy has a point,"
                                + " so none can be nearest")
                        .build(), null);
            }
        }

        void record(long number, JsonNode request) {
            String raw = request.toString();
            Optional<Rejection> shape = JsonRecords.shapeProblem(sourceName, number, request, "a service request",
                    context.maxFieldLength());
            if (shape.isPresent()) {
                rows.reject(shape.get());
                return;
            }
            Optional<String> code = JsonRecords.text(request, "service_code");
            Optional<String> name = JsonRecords.text(request, "service_name")
                    .or(() -> code.map(serviceNames::get));
            if (code.isPresent() && !serviceNames.isEmpty() && !serviceNames.containsKey(code.get())) {
                rows.reject(error(number, "service_code", "the service code " + code.get() + " is not in the services"
                        + " catalogue", raw));
                return;
            }
            if (code.isEmpty() && name.isEmpty()) {
                rows.reject(error(number, "service_code", "the request has neither service_code nor service_name",
                        raw));
                return;
            }
            String service = name.orElse(code.orElse(""));
            Optional<MappingTable.Entry> entry = code.flatMap(table::find).or(() -> name.flatMap(table::find));
            if (entry.isEmpty()) {
                String slug = Text.slug(service);
                String reason = "the service '" + service + "' is not mapped to a category (most city services, such"
                        + " as potholes or collection, are not about insecurity): map it with service." + slug
                        + "=<category id>";
                rows.reject(rejectUnmapped ? error(number, "service_name", reason, raw)
                        : excluded(number, "service_name", reason, raw));
                return;
            }
            if (entry.get().exclusion().isPresent()) {
                rows.reject(excluded(number, "service_name", "the service '" + service + "' is excluded: "
                        + entry.get().exclusion().get(), raw));
                return;
            }
            Optional<String> idText = JsonRecords.text(request, "service_request_id");
            if (idText.isEmpty()) {
                rows.reject(error(number, "service_request_id", "the request has no service_request_id", raw));
                return;
            }
            ObservationId id;
            try {
                id = ObservationId.of(idPrefix + idText.get());
            } catch (ValidationException e) {
                rows.reject(error(number, "service_request_id", "'" + Text.abbreviate(idText.get(), 40)
                        + "' is not a request id: letters, digits and . _ : / -", raw));
                return;
            }
            Long first = seen.putIfAbsent(id, number);
            if (first != null) {
                rows.reject(excluded(number, "service_request_id", "the same request (" + idText.get() + ") as record "
                        + first, raw));
                return;
            }
            Optional<String> requested = JsonRecords.text(request, "requested_datetime");
            Instant at;
            try {
                at = instant(requested.orElseThrow(() -> new IllegalArgumentException("the request has no"
                        + " requested_datetime")));
            } catch (IllegalArgumentException e) {
                rows.reject(error(number, "requested_datetime", e.getMessage(), raw));
                return;
            }
            Optional<GeoPoint> point;
            try {
                point = point(request);
            } catch (IllegalArgumentException e) {
                rows.reject(error(number, "lat", e.getMessage(), raw));
                return;
            }
            Optional<AreaId> area = area(point);
            if (area.isEmpty()) {
                rows.reject(error(number, "lat", point.isPresent() ? "no area of level " + nearestLevel.orElse(null)
                        + " has its point within " + maxMetres + " m of the request, and no default area is set"
                        + " (area=<area id>)" : "the request has no position and no default area is set: set"
                        + " area=<area id>", raw));
                return;
            }
            CategoryId mapped = entry.get().category().orElseThrow();
            Optional<CategoryId> category = categories.resolveMapped(mapped);
            if (category.isEmpty()) {
                rows.reject(error(number, "service_name", "the category " + mapped + " (for '" + service + "') is not"
                        + " in the taxonomy, nor its group: set service." + Text.slug(service) + "=<one of yours>",
                        raw));
                return;
            }
            Observation.Builder b = Observation.builder().id(id).source(Source.CITIZEN).channel(channel)
                    .area(area.get()).occurredAt(at).reportedAt(at).category(category.get())
                    .severity(entry.get().severity());
            point.ifPresent(b::point);
            visibility.ifPresent(b::visibility);
            JsonRecords.text(request, "address").ifPresent(address -> b.placeName(
                    Text.abbreviate(address, Observation.MAX_NAME_LENGTH - 1)));
            JsonNode description = request.get("description");
            if (description != null && description.isTextual() && !description.textValue().isBlank()) {
                b.description(Text.abbreviate(description.textValue().strip().replace("\r\n", "\n"),
                        Observation.MAX_DESCRIPTION_LENGTH - 1));
            }
            try {
                rows.accept(b.build());
            } catch (ValidationException e) {
                rows.reject(error(number, null, e.problems().stream().map(Problem::toString)
                        .reduce((x, y) -> x + "; " + y).orElse(e.getMessage()), raw));
            }
        }

        private Optional<AreaId> area(Optional<GeoPoint> point) {
            if (point.isPresent() && !candidates.isEmpty()) {
                Area best = null;
                double bestDistance = Double.MAX_VALUE;
                for (Area a : candidates) {
                    double d = a.point().get().distanceMetres(point.get());
                    if (d < bestDistance) {
                        best = a;
                        bestDistance = d;
                    }
                }
                if (best != null && bestDistance <= maxMetres) {
                    return Optional.of(best.id());
                }
            }
            return defaultArea;
        }

        private Rejection error(long number, String field, String reason, String raw) {
            return JsonRecords.rejection(sourceName, number, field, reason, raw, false);
        }

        private Rejection excluded(long number, String field, String reason, String raw) {
            return JsonRecords.rejection(sourceName, number, field, reason, raw, true);
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return SwedishTime.dateTime(text);
            } catch (IllegalArgumentException f) {
                throw new IllegalArgumentException("'" + Text.abbreviate(text, 40) + "' is not a date and time like"
                        + " 2012-05-23T15:55:28-04:00", f);
            }
        }
    }

    /** Reads lat and long: null, missing or both 0 mean no position. */
    private static Optional<GeoPoint> point(JsonNode request) {
        JsonNode lat = request.get("lat");
        JsonNode lon = request.get("long");
        boolean noLat = lat == null || lat.isNull() || (lat.isTextual() && lat.textValue().isBlank());
        boolean noLon = lon == null || lon.isNull() || (lon.isTextual() && lon.textValue().isBlank());
        if (noLat && noLon) {
            return Optional.empty();
        }
        if (noLat || noLon) {
            throw new IllegalArgumentException("the request has " + (noLat ? "long without lat" : "lat without long")
                    + ": give both or neither");
        }
        double latitude = degrees(lat, "lat");
        double longitude = degrees(lon, "long");
        if (latitude == 0 && longitude == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(GeoPoint.of(latitude, longitude));
        } catch (ValidationException e) {
            throw new IllegalArgumentException("the position is not on the Earth: " + e.problems().stream()
                    .map(Problem::toString).reduce((x, y) -> x + "; " + y).orElse(""), e);
        }
    }

    private static double degrees(JsonNode node, String name) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                double d = Double.parseDouble(node.textValue().trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(name + " is not a number of degrees: " + Text.abbreviate(node.toString(), 40));
    }
}
