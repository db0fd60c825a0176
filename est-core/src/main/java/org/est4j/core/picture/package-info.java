/**
 * The situational picture (<i>lägesbild</i>) and its parts: {@link org.est4j.core.picture.SituationPicture} (one
 * area, one period: counts, scores, breakdowns, coverage, trends, hotspots, notes), the
 * {@link org.est4j.core.picture.PictureSet} of every area with its {@link org.est4j.core.picture.Exclusions},
 * {@link org.est4j.core.picture.Coverage}, {@link org.est4j.core.picture.Trend},
 * {@link org.est4j.core.picture.Hotspot}, {@link org.est4j.core.picture.Light} and
 * {@link org.est4j.core.picture.HarmWeights}, and the {@link org.est4j.core.picture.HotspotQuery} that hotspot
 * detectors answer.
 *
 * <p>Decisions that hold across the package:
 * <ul>
 *   <li><b>Counts are {@code long}</b> and maps hold only positive counts, so that two pictures of the same
 *       observations are equal however they were made.</li>
 *   <li><b>Silence is not calm.</b> A picture carries the coverage of the round for its area and says in its notes
 *       when the coverage is low.</li>
 *   <li><b>Context is counted, not scored.</b> Observations in context categories (planned events) appear in the
 *       counts and in {@link org.est4j.core.picture.SituationPicture#contextTotal()}, never in the scores.</li>
 * </ul>
 */
@EstStyle
package org.est4j.core.picture;

import org.est4j.core.EstStyle;
