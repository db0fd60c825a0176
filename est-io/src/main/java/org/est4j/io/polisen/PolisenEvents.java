package org.est4j.io.polisen;

import static java.util.Objects.requireNonNull;

import java.util.SortedMap;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.internal.PolisenEventsImporter;

/**
 * Observations from the Swedish Police open events API (importer {@code polisen-events}): a JSON array of events as
 * {@code /api/events} returns it.
 *
 * <pre>{@code
 * { "id": 411270, "datetime": "2023-03-25 22:44:44 +01:00",
 *   "name": "25 mars 21:15, Fylleri/LOB, Stockholm", "summary": "…", "url": "/aktuellt/…",
 *   "type": "Fylleri/LOB", "location": { "name": "Stockholm", "gps": "59.329324,18.068581" } }
 * }</pre>
 *
 * <h2>What an event becomes</h2>
 * <ul>
 *   <li><b>id</b>: {@code polisen-} and the event's id ({@code id.prefix} changes the start). An id seen before in
 *       the same input is excluded as the same event.</li>
 *   <li><b>occurredAt</b>: the day and time at the start of {@code name} ({@code 25 mars 21:15}), Stockholm time.
 *       {@code datetime} is when the police <em>published</em> the event, often hours later, so it becomes
 *       <b>reportedAt</b>. The name has no year: the publication's year is taken, or the year before when the day
 *       would otherwise come after the publication (events of 31 December published on 1 January). When the name's
 *       time is after the publication on the same day (it happens: "20 mars 12:37" published 11:36), the two
 *       disagree and only the day is kept, with precision {@code DATE}; a name without a time also gives
 *       {@code DATE}.</li>
 *   <li><b>area</b>: {@code location.name} is a municipality ({@code Stockholm}, {@code Upplands väsby}) or a
 *       county ({@code Skåne län}), matched ignoring case against the built-in list of
 *       {@link org.est4j.io.area.SwedishAreas}, then looked up in the import's hierarchy: the area whose id is the
 *       code ({@code 0180}, {@code 12}) or that has it as {@code kommunkod} or {@code lanskod}. A name that is not
 *       Swedish is looked up by id, code or name in the hierarchy. {@code area.<name>=<area id>} maps a name
 *       directly. An event in an area the hierarchy does not have is <em>excluded</em> as outside
 *       ({@code outside=reject} makes it an error): a municipality's group imports the national feed and keeps its
 *       own events. {@code location.gps} is the centre of that municipality or county, not the place of the event,
 *       so the observation gets no point.</li>
 *   <li><b>category</b> and <b>severity</b>: from {@code type} through a table (below). A category the taxonomy
 *       lacks falls back to its group ({@code property-damage.fire} → {@code property-damage}).</li>
 *   <li><b>source</b> {@code POLICE}; <b>channel</b> {@code polisen.se} ({@code channel=}); <b>visibility</b> the
 *       observation's default for police information, {@code GROUP} ({@code visibility=} overrides);
 *       <b>description</b> the {@code summary}.</li>
 * </ul>
 *
 * <h2>The table of types</h2>
 * {@link #defaults()} lists it in settings form. Crime and disorder at a place become observations: damage and fire
 * ({@code Skadegörelse}, {@code Brand}), violence, threats, robbery, burglary, weapons, drunkenness, drugs, theft
 * ({@code other}), violence against officials ({@code staff-incident}) and traffic offences. Left out, as
 * <em>excluded</em> rows with the reason: summaries ({@code Sammanfattning natt} and every other type starting
 * with {@code Sammanfattning}), updates, {@code Övrigt} (in practice mostly notices from the press service),
 * road accidents, police checks and operations, alarms, accidents and rescue, missing persons, and crimes without
 * a place-bound insecurity such as fraud. A type the table does not know is an error naming the setting to add
 * ({@code unmapped=exclude} excludes it instead): the API's list of types changes rarely, and a new type should be
 * decided on, not dropped.
 *
 * <h2>Settings</h2>
 * <ul>
 *   <li>{@code type.<type>=<category id>}, {@code type.<type>=exclude} or {@code exclude: <reason>}, and
 *       {@code severity.<type>=1…5}: change the table; {@code <type>} is the type's name or its slug, such as
 *       {@code type.ovrigt=other} or {@code severity.misshandel-grov=5};</li>
 *   <li>{@code unmapped=reject|exclude}, {@code outside=exclude|reject};</li>
 *   <li>{@code area.<location name>=<area id>};</li>
 *   <li>{@code channel}, {@code visibility}, {@code id.prefix}.</li>
 * </ul>
 *
 * <h2>Hostile input</h2>
 * The JSON is read with Jackson's streaming parser under {@code StreamReadConstraints} from the
 * {@link org.est4j.core.ingest.ImportContext}: document size ({@code maxBytes}), nesting depth
 * ({@code maxNestingDepth}) and string length. A string longer than {@code maxFieldLength} rejects its event; one
 * longer than four times that (at least 1 Mi characters) stops the import, as do the other limits and broken JSON.
 * A rejected event's {@code line} is its number in the array, from 1.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class PolisenEvents {
    /** The importer's provider id, {@code polisen-events}. */
    public static final String PROVIDER_ID = "polisen-events";

    private PolisenEvents() {}

    /**
     * Returns an importer with the default table and settings.
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
        return PolisenEventsImporter.create(requireNonNull(config, "config"));
    }

    /**
     * Returns the default table of event types in settings form: {@code type.<slug>} → category id or
     * {@code exclude: <reason>}, and {@code severity.<slug>} → 1 to 5 for each mapped type, such as
     * {@code type.brand=property-damage.fire} and {@code severity.brand=4}.
     *
     * @return an unmodifiable map sorted by key
     */
    public static SortedMap<String, String> defaults() {
        return PolisenEventsImporter.defaults();
    }
}
