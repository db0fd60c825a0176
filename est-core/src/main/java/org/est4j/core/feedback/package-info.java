/**
 * Feedback (<i>återkoppling</i>): the documents the EST cycle sends back to its audiences — the group, partners,
 * reporters, politicians and the public — and the statutory pair of Lag 2023:196, each built through a
 * {@link org.est4j.core.disclosure.DisclosurePolicy} so that no audience is given what it may not see.
 *
 * <ul>
 *   <li>{@link org.est4j.core.feedback.FeedbackReport} is the document every export format renders: areas in
 *       hierarchy order with their level, trend, hotspots and coverage, a suppressed table of counts by area and
 *       category, a suppressed history, focus areas, measures with their latest follow-up, observation lines and,
 *       for reporters, "what came of what you reported".</li>
 * </ul>
 *
 * <h2>The rules every report follows</h2>
 * <ol>
 *   <li><b>Hidden observations leave no trace.</b> Everything counted in a report — its tables, its history, the
 *       trends and hotspots of its areas, a reporter's own figures — is computed from the observations whose
 *       visibility the audience's policy allows, and from nothing else. Observations the audience may not see
 *       (police events are {@code GROUP}) are not counted and then suppressed: they are not counted at all.
 *       This is the safer of the two choices. Suppression protects people against small counts, but police and
 *       partner material under secrecy is secret as material: a count that includes it tells the reader that it
 *       exists, how much of it there is and where, and two reports of different audiences would give it away by
 *       subtraction. A report for an audience is therefore a function of what that audience may see (with the
 *       one exception of the level, rule 5).</li>
 *   <li><b>Small counts are suppressed</b> in every table with the policy's minimum count, by
 *       {@link org.est4j.core.disclosure.CountTable#suppress(org.est4j.core.disclosure.DisclosurePolicy)}, which
 *       also hides the cells that would give a small one away by subtraction. No other count of observations
 *       appears in a report for a policy that suppresses: area rows, hotspots and notes carry no figures then,
 *       and observation lines (each of which is a count of one) are given only where the policy suppresses
 *       nothing.</li>
 *   <li><b>Free text is redacted</b> as the policy requires: descriptions, place names, channels, measure titles
 *       and descriptions, hotspot place names and every reason shown.</li>
 *   <li><b>Texts written from all the data</b> — an assessment model's reasons, a follow-up's reasons and
 *       statistical readings, the group's own reasons for its decisions and who took them, a ranking's reasons —
 *       carry no visibility of their own and may quote counts of hidden observations or small counts. They are
 *       shown only in a report that {@linkplain org.est4j.core.feedback.FeedbackReport#showsReasons() shows
 *       reasons}: the group's own, whose clearance is {@code GROUP} and whose policy suppresses nothing. (Showing
 *       them to partners whenever the cycle happens to hold nothing hidden from them would tell partners, by the
 *       reasons' presence, whether hidden material exists.)</li>
 *   <li><b>The level is the group's.</b> An area's level on the scale is the group's judgement of the situation,
 *       the very thing a <i>lägesrapport</i> publishes, and is shown to every audience although it was made from
 *       all the data.</li>
 * </ol>
 */
@EstStyle
package org.est4j.core.feedback;

import org.est4j.core.EstStyle;
