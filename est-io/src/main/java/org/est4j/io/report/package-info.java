/**
 * Situation reports people read: the monthly <i>lägesrapport</i> as one self-contained HTML file and as a PDF a
 * municipality can publish.
 *
 * <h2>Two steps</h2>
 * <ol>
 *   <li><b>Compose</b> a {@link org.est4j.io.report.ReportView}: a flat, already localised description of the
 *       report (title, municipality, period, the scale's legend, one row per area with its level, trend, counts and a
 *       small series, hotspots, coverage, focus areas, measures with their latest follow-up, notes and the footer).
 *       Lay out a {@link org.est4j.core.feedback.FeedbackReport} with
 *       {@link org.est4j.io.report.ReportView#of(org.est4j.core.feedback.FeedbackReport)}, or build one by hand with
 *       {@link org.est4j.io.report.ReportView#builder()}.</li>
 *   <li><b>Render</b> it with {@link org.est4j.io.report.Reports#html(ReportView)} or
 *       {@link org.est4j.io.report.Reports#pdf(ReportView)}, or through the export formats {@code html} and
 *       {@code pdf} of {@link org.est4j.core.plugin.EstPlugins}, whose writers take a {@code FeedbackReport} or a
 *       {@code ReportView}. The formats have no settings: a report is in the language it was made in
 *       ({@link org.est4j.core.feedback.FeedbackRequest#locale()}) and for the audience it was made for.</li>
 * </ol>
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
 *   <li>A level the group decided is shown as it is; in the group's own report its reason is shown when the group
 *       departed from the suggestion, and the model's reasons for a level not yet decided. A level not yet decided
 *       is marked "förslag" / "suggested".</li>
 *   <li>The charts show the history of the feedback report (the periods before the report's, four by default) and
 *       the current one; each area has its own scale; a suppressed period is drawn as a pale full-height bar that
 *       says "not shown", never as a small one.</li>
 *   <li>The legend gives each level its {@linkplain org.est4j.core.assessment.ScaleLevel#meaning(java.util.Locale)
 *       meaning} in the report's language.</li>
 * </ul>
 *
 * <h2>One disclosure rule</h2>
 * A report shows what its {@link org.est4j.core.feedback.FeedbackReport} holds, and the feedback report holds only
 * what its audience may see: observations above the audience's visibility are not even counted, small counts and the
 * cells that would let them be worked out are suppressed (printed as {@code ..}), measures the audience may not see
 * are left out, personal identity numbers, phone numbers and e-mail addresses are redacted, and reasons (which quote
 * counts) reach the group only (see {@link org.est4j.core.feedback}). The HTML and PDF formats, the CSV and GeoJSON
 * exports and the JSON document of a feedback report therefore show the same figures, disclosed by the same rule.
 */
@EstStyle
package org.est4j.io.report;

import org.est4j.core.EstStyle;
