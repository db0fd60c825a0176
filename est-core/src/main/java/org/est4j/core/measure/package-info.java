/**
 * Measures (<i>insatser, åtgärder</i>) and their follow-up (<i>uppföljning</i>).
 *
 * <p>A {@link org.est4j.core.measure.Measure} is decided by the group with a lead actor and partners, aimed at
 * areas and categories, short-term (the coming week or round) or long-term (focus-area work). Its
 * {@link org.est4j.core.measure.MeasureStatus status} moves planned → ongoing → done, or to cancelled, and never
 * back. Every ongoing measure is followed up at a regular interval; a {@link org.est4j.core.measure.FollowUp}
 * holds the suggested {@link org.est4j.core.measure.Outcome outcome} (continue, extend, replace or end) with its
 * reasons and, once the group has decided, the {@link org.est4j.core.Decision decision}.
 */
@EstStyle
package org.est4j.core.measure;

import org.est4j.core.EstStyle;
