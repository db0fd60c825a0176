/**
 * Feedback (<i>återkoppling</i>): the documents the EST cycle sends back to its audiences — the group, partners,
 * reporters, politicians and the public — and the statutory pair of Lag 2023:196, each built through a
 * {@link org.est4j.core.disclosure.DisclosurePolicy} so that no audience is given what it may not see. The
 * filtering, suppression and redaction are the disclosure engine's ({@link org.est4j.core.disclosure.Disclosure},
 * {@link org.est4j.core.disclosure.CountTable#suppress(org.est4j.core.disclosure.DisclosurePolicy)}); this package
 * decides what goes through them.
 *
 * <ul>
 *   <li>{@link org.est4j.core.feedback.FeedbackReport} is the document every export format renders: areas in
 *       hierarchy order with their level, trend, hotspots and coverage, a suppressed table of counts by area and
 *       category, a suppressed history, focus areas, measures with their latest follow-up, observation lines and,
 *       for reporters, "what came of what you reported" ({@link org.est4j.core.feedback.ReporterFeedback}).</li>
 *   <li>{@link org.est4j.core.feedback.StatutoryReport} is the <i>lägesbild</i>
 *       ({@link org.est4j.core.feedback.StatutorySituation}: mapping of extent and consequences, other
 *       information, analysis) and the <i>åtgärdsplan</i> ({@link org.est4j.core.feedback.ActionPlan}: needs and
 *       measures with lead actor, partners, schedule and follow-up) of one year.</li>
 *   <li>{@link org.est4j.core.feedback.FeedbackReports} builds both from an EST group's state and a
 *       {@link org.est4j.core.feedback.FeedbackRequest}; {@code EstCycle.feedback(…)} and
 *       {@code EstCycle.statutoryReport(…)} do so from a cycle.</li>
 * </ul>
 *
 * <h2>The rules every report follows</h2>
 * <ol>
 *   <li><b>Hidden observations leave no trace.</b> Everything counted in a report — its tables, its history, the
 *       trends and hotspots of its areas, a reporter's own figures, its notes — is computed from the observations
 *       whose visibility the audience's policy allows, and from nothing else. Observations the audience may not see
 *       (police events are {@code GROUP}) are not counted and then suppressed: they are not counted at all. This is
 *       the safer of the two choices. Suppression protects people against small counts, but police and partner
 *       material under secrecy is secret as material: a count that includes it tells the reader that it exists,
 *       how much of it there is and where, and two reports for different audiences would give it away by
 *       subtraction. So a report for an audience is the same whether or not the material it may not see exists
 *       (the tests check exactly that), judgements (rule 5) aside. The price: observations are {@code PARTNERS}
 *       unless the group marks them {@code PUBLIC}, so a public report counts only what the group decided may be
 *       published.</li>
 *   <li><b>Small counts are suppressed</b> in every table with the policy's minimum count, by
 *       {@link org.est4j.core.disclosure.CountTable#suppress(org.est4j.core.disclosure.DisclosurePolicy)}, which
 *       also hides the cells that would give a small one away by subtraction. No other count of observations
 *       appears in a report whose policy suppresses: area rows, hotspots and notes carry no figures then,
 *       observation lines (each of which is a count of one) and reporter sections (one person's reports) are
 *       left out, and a trend or a hotspot is shown only where it cannot narrow a suppressed cell. Tables of one
 *       report that share totals are protected together (see {@link org.est4j.core.feedback.StatutorySituation});
 *       reports of different periods are not protected against each other.</li>
 *   <li><b>Free text is redacted</b> as the policy requires: descriptions, place names, channels, measure titles
 *       and descriptions, hotspot place names, cause analyses' notes and every reason shown. Names of people are
 *       not found by the redactor; text outside the group still needs a person's reading.</li>
 *   <li><b>Texts written from all the data</b> — an assessment model's reasons and suggested level, a
 *       follow-up's reasons and statistical readings, an effect's estimate, a ranking's reasons, and the group's own
 *       reasons for its decisions and who took them — carry no visibility of their own and may quote counts of
 *       hidden observations or small counts. They are shown only in a report that
 *       {@linkplain org.est4j.core.feedback.FeedbackReport#showsReasons() shows reasons}: the group's own, whose
 *       clearance is {@code GROUP} and whose policy suppresses nothing. (Showing them to partners whenever the
 *       cycle happens to hold nothing hidden from them would tell partners, by the reasons' presence, whether
 *       hidden material exists.)</li>
 *   <li><b>Judgements are the group's</b> and are shown to every audience that may see what they are about,
 *       although they were made from all the data: an area's level on the scale (the very thing a
 *       <i>lägesrapport</i> publishes), the focus areas chosen, a follow-up's suggested and decided outcome, and
 *       the annual analysis' verdict on a measure (fall, no change, rise). The figures behind them are not.</li>
 * </ol>
 *
 * <p>Every report's builder checks these rules again against the report's own policy, so a report that breaks
 * them cannot be built, by this package or by a host.
 */
@EstStyle
package org.est4j.core.feedback;

import org.est4j.core.EstStyle;
