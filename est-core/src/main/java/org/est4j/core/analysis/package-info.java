/**
 * The analysis phase of EST (<i>analys</i>): choosing the focus areas of a quarter or tertial, analysing their
 * causes, and the annual analysis of which measures were followed by change.
 *
 * <ul>
 *   <li>{@link org.est4j.core.analysis.Prioritisation}: each {@link org.est4j.core.analysis.Candidate} area's need
 *       (from its assessed level, trend and harm) times the group's judgement of its
 *       {@link org.est4j.core.analysis.Influence influence}, by a documented
 *       {@link org.est4j.core.analysis.PrioritisationRule}, ranked into
 *       {@link org.est4j.core.analysis.RankedCandidate}s with reasons in words; the top N (three by default, as in
 *       Degerfors) are suggested as focus areas and the group's own choice is kept beside the suggestion.</li>
 *   <li>{@link org.est4j.core.analysis.CauseAnalysis}: the problem analysis triangle
 *       ({@link org.est4j.core.analysis.TriangleSide}: offender, victim, place; handlers, guardians, managers) as
 *       {@link org.est4j.core.analysis.SideNotes} with linked observations, and the
 *       {@link org.est4j.core.analysis.Patterns} in time — season, weekday, time of day, darkness — with their
 *       peaks in words.</li>
 *   <li>{@link org.est4j.core.analysis.AnnualAnalysis}: a table of {@link org.est4j.core.analysis.MeasureEffect}s
 *       from the measures' follow-ups, with the {@link org.est4j.core.analysis.Change} that followed each and a
 *       summary in words.</li>
 *   <li>{@link org.est4j.core.analysis.FollowUpAgenda}: the measures {@link org.est4j.core.analysis.DueFollowUp due
 *       for follow-up} on a day.</li>
 * </ul>
 *
 * <p>Decisions that hold across the package:
 * <ul>
 *   <li><b>The group decides.</b> The library suggests focus areas with its reasons; a
 *       {@link org.est4j.core.Decision} of the group is kept beside the suggestion, and the influence judgement is
 *       itself a decision (who judged, why, when).</li>
 *   <li><b>Results are functions of their inputs.</b> A prioritisation holds its candidates, scale and rule and
 *       computes its ranking; the ranking never depends on the order of the input. Results that hold lists keep
 *       them in a documented order, so that output is the same in every run.</li>
 *   <li><b>Words in two languages.</b> Reasons, patterns and summaries are given in English and Swedish (a
 *       {@link java.util.Locale} with language {@code sv}); level names are the scale's Swedish labels in both,
 *       as the group uses them.</li>
 *   <li><b>Association, not proof.</b> The annual analysis says which measures were <i>followed by</i> a change.</li>
 * </ul>
 */
@EstStyle
package org.est4j.core.analysis;

import org.est4j.core.EstStyle;
