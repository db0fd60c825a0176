/**
 * JSON for est4j's model: a Jackson module for hosts that bring their own {@code ObjectMapper}, versioned exchange
 * documents, and a JSON Schema (draft 2020-12) for each kind of document, for vendors in other languages.
 *
 * <h2>Two ways in</h2>
 * <ul>
 *   <li>{@link org.est4j.io.json.EstJacksonModule}: {@code mapper.registerModule(new EstJacksonModule())} on any
 *       mapper, even a plain {@code new ObjectMapper()}, and every est4j value type reads and writes in the form
 *       below. Errors are {@link org.est4j.io.json.InvalidContentException}s, Jackson's kind.</li>
 *   <li>{@link org.est4j.io.json.EstJson}: documents in the envelope, written deterministically and read with input
 *       limits; errors are est4j's {@link org.est4j.core.ValidationException}s.</li>
 * </ul>
 *
 * <h2>The shape of the JSON</h2>
 * The shape is written by hand for each type (internal codecs, one per type), not derived from the Java classes, so
 * that it stays the same when the Java code is refactored and whatever the host's mapper settings are.
 * <ul>
 *   <li><b>Names.</b> Property names are the model's attribute names, in lowerCamelCase ({@code occurredAt},
 *       {@code nothingToReport}), written in a fixed order: the order of the attributes in the model (the schemas
 *       list them in the same order). The envelope and a few helper objects use their own short names
 *       ({@code first}/{@code last} of a date range, {@code latitude}/{@code longitude} of a point).</li>
 *   <li><b>Identifiers, level codes and periods</b> are JSON strings: {@code "rimbo/torget"}, {@code "kommun"},
 *       {@code "2026-W47"}, {@code "2026-W45-46"}, {@code "2026-Q4"}.</li>
 *   <li><b>Time.</b> Dates are ISO-8601 calendar dates, {@code "2026-11-20"}. Instants are ISO-8601 in UTC,
 *       {@code "2026-11-20T20:40:00Z"}, with a fraction of a second only when there is one; they are read with any
 *       offset ({@code "2026-11-20T21:40:00+01:00"}) but never without one, since a local time is ambiguous. The
 *       interval between follow-ups is an ISO-8601 period, {@code "P28D"}. A range of dates (a hotspot's window,
 *       the dates a follow-up evaluated) is {@code {"first": "2026-11-16", "last": "2026-11-29"}}, both days
 *       included, so that no reader has to guess whether the end is exclusive.</li>
 *   <li><b>Enums</b> are lower-case codes: the constant's name in lower case with {@code -} for {@code _}, such as
 *       {@code "safety-walk"}, {@code "part-of-day"}, {@code "municipal-unit"}, {@code "two-sided"}; an
 *       evaluation's method is its export id ({@code "wdd"}, {@code "e-test"}), which has the same form. They are
 *       read in exactly that form. The one exception is {@code severity}, written as its rank, a number from 1
 *       (minor) to 5 (serious): the model defines a severity by its rank and reporters answer on that scale.</li>
 *   <li><b>Absent and empty.</b> An empty {@code Optional} is left out, never written as {@code null}; a JSON
 *       {@code null} is read as absent. Collections are always written, empty ones as {@code []} or {@code {}}; a
 *       missing collection is read as empty. Attributes with defaults ({@code timeOfDay}, {@code visibility},
 *       {@code status}, {@code followUpEvery}, {@code alternative}, …) are always written, so that readers in
 *       other languages need not know est4j's defaults; a missing one takes the default.</li>
 *   <li><b>Numbers.</b> Counts and ranks are JSON integers. Other numbers are {@code double}s in their shortest
 *       form that reads back to the same value ({@code 59.7441}, {@code 6.0}, {@code -0.0}); est4j writes them
 *       the same on every JDK. Non-finite numbers never occur: the model forbids them.</li>
 *   <li><b>Order.</b> Sets of ids are sorted by id, as in the model; lists keep the model's order; a hierarchy is
 *       written in its pre-order; external codes are sorted by key. The same value always gives the same
 *       bytes.</li>
 *   <li><b>Breakdowns and other maps</b> are JSON objects keyed by the text form of their keys, in the model's order:
 *       a situation picture's {@code countsByTopLevel} is {@code {"property-damage": 3, "gathering": 1}}, its
 *       {@code countsBySeverity} is keyed by rank ({@code "1"} to {@code "5"}), {@code countsByWeekday} by
 *       {@code "monday"} …, {@code history} by period. A report's language is a BCP 47 tag, {@code "sv"}.</li>
 *   <li><b>Tables of counts</b> in a feedback report ({@code counts}, {@code history}, each reporter's
 *       {@code reports}) are {@code {"minimumCount", "mark", "rows", "columns", "cells"}}: headings
 *       {@code {"kind": "key"|"own"|"total", "key", "parent"}} and a row-major matrix of counts in which a
 *       <b>suppressed cell is {@code null}</b>. Nothing else is written about a suppressed cell, neither its count nor
 *       why it is suppressed (a small count, or a cell that would give one away), since either would help a reader
 *       work the small counts out; a renderer prints every {@code null} as {@code mark}, {@code ".."}. Reading such a
 *       table refuses shown counts below the minimum count, shown cells that do not add up, and a pattern from which
 *       a suppressed cell can be worked out ({@link org.est4j.core.disclosure.SuppressedTable#builder(int)}); every
 *       table est4j writes reads back equal.</li>
 *   <li><b>Composite values</b> are written whole: a measure's {@code type} is {@code {"code", "labelSv",
 *       "labelEn"}} (a reader may leave both labels out to mean the built-in type of the code); an assessment's
 *       levels are whole scale levels, so that a reader needs no scale at hand.</li>
 * </ul>
 *
 * <h2>Reading, and what is reported</h2>
 * Every value is built through the model's builder, so every rule of the model applies, and every problem is
 * reported with its JSON path: {@code content[3].reporter}, {@code content.areas[2].parent},
 * {@code content[0].point.latitude}, and {@code externalCodes[kommunkod]} for an entry of a map (the notation of
 * est4j's builders). Reading goes on after a problem wherever the input can still be read, and stops at 100
 * problems. A value of the wrong form is reported once, at its own path, not again as missing.
 *
 * <p><b>Unknown properties.</b> A property est4j does not know is a problem, because the usual cause is a misspelt
 * name ({@code "placename"}), and ignoring it would lose data silently. The exception is forward compatibility:
 * in a document whose version is a later minor version than est4j reads ({@code "1.3"} read by an est4j that
 * writes {@code "1.0"}), such properties are skipped, since a later minor version only adds optional properties.
 * Through a host's mapper, the host's {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} decides.
 *
 * <h2>Exchange documents</h2>
 * <pre>{@code
 * {"format": "est4j", "version": "1.0", "kind": "measures", "content": [ … ]}
 * }</pre>
 * {@code kind} is one of the {@link org.est4j.io.json.DocumentKind kinds}. {@code version} is
 * {@code major.minor}: est4j reads every minor version of its major version and refuses another major version with
 * {@link org.est4j.io.json.UnsupportedVersionException}. The envelope's properties may come in any order (content
 * before the header is buffered). While est4j is unreleased (0.x), new kinds — situation pictures
 * ({@code picture-set}), feedback reports ({@code feedback-report}) and statutory reports ({@code statutory-report}) — are added
 * to format 1.0; after a release, a new kind or optional property makes a new minor version.
 *
 * <h2>Safety</h2>
 * Default typing is never used, and nothing is read by reflection: every type has its own reader, so no class
 * named in the input is ever loaded, and est-core needs no {@code opens}. {@link org.est4j.io.json.EstJson}
 * rejects duplicate keys and trailing content, and applies {@link org.est4j.io.json.JsonLimits} (document length,
 * nesting depth, string, name and number length).
 *
 * <h2>Schemas</h2>
 * One schema per kind of document, {@code https://est4j.org/schema/1.0/<kind>.json}, and the shared
 * definitions, {@code https://est4j.org/schema/1.0/common.json}, which the others refer to by the relative
 * {@code $ref} {@code common.json#/$defs/Observation}. They ship in est-io's jar under
 * {@code org/est4j/io/json/schema/} and come from {@link org.est4j.io.json.EstJson#schemas()}; give a validator
 * both files (for example ajv's {@code addSchema}). The {@code $id}s are identifiers, not addresses to fetch.
 * A schema checks forms, enums, required properties and rules within one object (a reporter exactly when the
 * source is {@code reporter}); est4j's reader checks the rest (that parents exist in a hierarchy, that ranks run 1
 * to n, that a reply comes from an expected reporter, …).
 *
 * <p>A feedback or statutory report is read through its builder, which refuses a report that breaks its own disclosure policy
 * (observation lines or reporter feedback where it suppresses, anything above its clearance, reasons it may not
 * show, coverage figures for the public, personal data left in free text, tables suppressed for another minimum
 * count), so hostile JSON cannot smuggle a leaking report in.
 *
 * <p>Not here on purpose: the configuration types {@code ImportContext} and {@code PluginConfig}, which are not
 * exchanged.
 */
package org.est4j.io.json;
