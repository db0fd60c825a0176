/**
 * Situation reports people read: the monthly <i>lägesrapport</i> as one self-contained HTML file and as a PDF a
 * municipality can publish.
 *
 * <h2>Two steps</h2>
 * <ol>
 *   <li><b>Compose</b> a {@link org.est4j.io.report.ReportView}: a flat, already localised and disclosed description
 *       of the report (title, municipality, period, the scale's legend, one row per area with its level, trend,
 *       counts and a small series, hotspots, coverage, focus areas, measures with their latest follow-up, notes and
 *       the footer). Build it by hand with {@link org.est4j.io.report.ReportView#builder()}, or from est-core
 *       documents with {@link org.est4j.io.report.ReportView#of(ReportSource, java.util.Locale)}, which applies the
 *       source's {@link org.est4j.core.disclosure.DisclosurePolicy} (public by default).</li>
 *   <li><b>Render</b> it with {@link org.est4j.io.report.Reports#html(ReportView)} or
 *       {@link org.est4j.io.report.Reports#pdf(ReportView)}, or through the export formats {@code html} and
 *       {@code pdf} of {@link org.est4j.core.plugin.EstPlugins}, whose writers take a {@code ReportView} or a
 *       {@code ReportSource}.</li>
 * </ol>
 *
 * <h2>Settings of the formats {@code html} and {@code pdf}</h2>
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>key</th><th>values</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code language}</td><td>{@code sv}, {@code en}</td><td>{@code sv}</td><td>the language a
 *       {@code ReportSource} is composed in. A {@code ReportView} is already in its language; setting another
 *       language for one is an error that says how to compose it anew.</td></tr>
 * </table>
 *
 * <h2>What the outputs promise</h2>
 * <ul>
 *   <li><b>Safe text.</b> The HTML comes from a Pebble template that escapes every value for HTML; no value is ever
 *       written raw, so markup in an area name, a reason, a measure title or a note is shown as text and never runs.
 *       The page has no script, and refers to no font, image or style outside itself: CSS and the charts (SVG) are
 *       inline.</li>
 *   <li><b>Deterministic bytes.</b> The same view gives the same bytes, HTML and PDF alike. Numbers and dates are
 *       formatted by fixed rules (Swedish: decimal comma, a no-break space between thousands, {@code 23 nov. 2026}),
 *       not by the JDK's locale data, which changes between releases. Nothing depends on the clock: the only time in
 *       a report is {@link org.est4j.io.report.ReportView#generated()}, when it is given; the PDF's creation and
 *       modification dates are that time or absent, and its document id is a hash of its content.</li>
 *   <li><b>Print.</b> A4 pages with margins, the municipality, period and page number in the page margins, and no
 *       table row split across pages.</li>
 *   <li><b>Accessible.</b> A {@code lang} attribute, a {@code <caption>} and {@code <th scope>} headings on every
 *       table, the level shown as text on a badge whose text colour (black or white, whichever contrasts more) meets
 *       WCAG AA against the level's colour, trends as a word beside the arrow, charts with a text alternative.</li>
 *   <li><b>The PDF</b> is the same HTML laid out by openhtmltopdf on PDFBox, tagged for screen readers (its
 *       PDF/UA mode), with Open Sans (Apache License 2.0; its ligature table removed, so that text reads as plain
 *       letters)
 *       embedded as subsets and DejaVu Sans as the fallback for characters Open Sans lacks (such as the trend
 *       arrows); both ship in this jar with their licences under {@code org/est4j/io/report/fonts/}. Its text can be
 *       extracted (and searched) with å, ä and ö intact. openhtmltopdf's log lines go to SLF4J under
 *       {@code com.openhtmltopdf.*}, its progress notes at debug level, unless the host set up openhtmltopdf's
 *       logging itself.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>The category table shows the top area and the areas just within it (the municipality and its localities),
 *       with categories as rows, at most six areas to a table, so that it stays readable on A4; every row of the
 *       area table still shows its total and its chart.</li>
 *   <li>A level the group decided is shown as it is; its reason is shown only when the group departed from the
 *       suggestion. A level not yet decided is marked "förslag" / "suggested".</li>
 *   <li>The charts show the run of earlier periods (six by default, {@link org.est4j.io.report.ReportSource#seriesLength()})
 *       and the current one; each area has its own scale; a suppressed period is drawn as a pale full-height bar
 *       that says "not shown", never as a small one.</li>
 *   <li>A scale level has one {@linkplain org.est4j.core.assessment.ScaleLevel#meaning() meaning}, in whatever
 *       language the scale's maker wrote it; the legend prints it as it is in both languages.</li>
 * </ul>
 *
 * <h2>Disclosure when composing from est-core documents</h2>
 * {@link org.est4j.io.report.ReportView#of(ReportSource, java.util.Locale)} shows only what the policy's audience
 * may see: counts of 1 to the minimum count − 1 are suppressed in the area-by-category table and in the series,
 * with the complementary cells that would let them be worked out (see
 * {@link org.est4j.core.disclosure.SuppressedTable}), and printed as {@code ..}; measures the audience may not see
 * are left out; personal identity numbers, phone numbers and e-mail addresses are redacted from every free text the
 * policy asks to redact. When counts are suppressed, the reasons an assessment model, a hotspot detector or a
 * follow-up suggested are left out too, since they quote counts; the group's own decisions and notes are kept.
 */
@EstStyle
package org.est4j.io.report;

import org.est4j.core.EstStyle;
