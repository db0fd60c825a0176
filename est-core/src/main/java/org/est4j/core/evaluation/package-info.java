/**
 * Follow-up evaluation of place-based measures: the counts that go in ({@link org.est4j.core.evaluation.BeforeAfter},
 * {@link org.est4j.core.evaluation.PlaceCounts}) and the result that comes out
 * ({@link org.est4j.core.evaluation.Evaluation}).
 *
 * <p>The statistics themselves (the weighted displacement difference test, the weighted displacement quotient,
 * the E-test for two Poisson rates and a before/after rate ratio) are computed in est-scoring, package
 * {@code org.est4j.scoring.followup}; their results are these core types so that every module speaks of them
 * the same way.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>One generic {@link org.est4j.core.evaluation.Evaluation} serves every method. What is particular to a
 *       method (the WDQ's success and buffer measures, the WDD's local and displacement parts, the harm-weighted
 *       WDD's per-crime-type results) is carried as named {@link org.est4j.core.evaluation.Evaluation.Component
 *       components} and a {@linkplain org.est4j.core.evaluation.Evaluation#breakdown() breakdown}, so that a host
 *       renders any evaluation with one template.</li>
 *   <li>Every evaluation reads in Swedish and English, and its warnings do too, because the results go to
 *       operative groups, politicians and the public.</li>
 *   <li>The library does not suggest a follow-up decision here (continue, extend, replace, end); it only makes the
 *       evidence readable.</li>
 * </ul>
 */
@EstStyle
package org.est4j.core.evaluation;

import org.est4j.core.EstStyle;
