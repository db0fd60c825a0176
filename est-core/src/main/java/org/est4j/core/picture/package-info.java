/**
 * The situational picture (<i>lägesbild</i>) and its parts: {@link org.est4j.core.picture.SituationPicture} (one
 * area, one period: counts, scores, breakdowns, coverage, trends, hotspots, notes), the
 * {@link org.est4j.core.picture.PictureSet} of every area with its {@link org.est4j.core.picture.Exclusions},
 * {@link org.est4j.core.picture.Coverage}, {@link org.est4j.core.picture.Trend},
 * {@link org.est4j.core.picture.Hotspot}, {@link org.est4j.core.picture.Light} and
 * {@link org.est4j.core.picture.HarmWeights}, the {@link org.est4j.core.picture.HotspotQuery} that hotspot
 * detectors answer, and the {@link org.est4j.core.picture.PictureCompiler} that makes pictures from an
 * {@link org.est4j.core.store.ObservationStore}.
 *
 * <p>Decisions that hold across the package:
 * <ul>
 *   <li><b>Counts are {@code long}</b> and maps hold only positive counts, so that two pictures of the same
 *       observations are equal however they were made.</li>
 *   <li><b>Silence is not calm.</b> A picture carries the coverage of the round for its area and says in its notes
 *       when the coverage is low.</li>
 *   <li><b>Context is counted, not scored.</b> Observations in context categories (planned events) appear in the
 *       counts and in {@link org.est4j.core.picture.SituationPicture#contextTotal()}, never in the scores.</li>
 *   <li><b>No data is not zero.</b> History periods that begin before the store's earliest observation are left
 *       out of history and trends (and the set says so), rather than counted as calm periods.</li>
 *   <li><b>Trends count totals</b>, context included, as rates per day, so that periods of different lengths
 *       compare fairly.</li>
 *   <li><b>Several rounds in one picture</b> (weekly rounds in a month): a reporter has answered only when they
 *       answered every round that expected them.</li>
 *   <li><b>Low coverage</b> is a response rate below 60 % by default: more than two in five reporters silent.</li>
 *   <li><b>Ids behind figures</b> are listed in order of occurrence, then id, so that they read as a log and the
 *       compiler sorts on its time column.</li>
 *   <li><b>Darkness</b> uses commons-suncalc once per day and 0.1° band of latitude, exact to about a minute.</li>
 *   <li><b>Series and live counts.</b> {@link org.est4j.core.picture.PeriodCounter} counts every period of a range
 *       (all weeks of three years) in one pass, per area, period and category, rolled up; its
 *       {@link org.est4j.core.picture.PeriodCounts} merge, so row ranges can be counted on several threads (or
 *       machines) and added. {@link org.est4j.core.picture.LiveCounts} keeps such counts up to date with every
 *       append, and hands out immutable snapshots: blocks per period are copied on the first write after a
 *       snapshot, so a snapshot costs a reference per period and readers never wait for a long copy.</li>
 * </ul>
 */
@EstStyle
package org.est4j.core.picture;

import org.est4j.core.EstStyle;
