/**
 * Follow-up statistics that evaluate place-based measures, implemented from the papers and tested against the
 * numbers they publish. Every method returns an {@link org.est4j.core.evaluation.Evaluation}.
 *
 * <ul>
 *   <li>{@link org.est4j.scoring.followup.WeightedDisplacementDifference}: the WDD test of Wheeler and Ratcliffe
 *       (2018, <i>Crime Science</i> 7:11), with time and area weights and harm-weighted aggregation over crime
 *       types.</li>
 *   <li>{@link org.est4j.scoring.followup.WeightedDisplacementQuotient}: the WDQ of Bowers and Johnson (2003,
 *       <i>J. Quantitative Criminology</i> 19(3)), with the total net effect and the interpretation table.</li>
 *   <li>{@link org.est4j.scoring.followup.PoissonETest}: the E-test for two Poisson means or rates of
 *       Krishnamoorthy and Thomson (2004, <i>J. Statistical Planning and Inference</i> 119), for small counts.</li>
 *   <li>{@link org.est4j.scoring.followup.BeforeAfterRateRatio}: the rate ratio after/before in one area with a
 *       confidence interval on the log scale.</li>
 * </ul>
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>Signs follow the WDD paper: a negative WDD means crime fell beyond what the controls predict. The WDQ's
 *       total net effect follows Guerette (2009): positive means crimes prevented.</li>
 *   <li>Confidence intervals default to 95 %; the R package ptools defaults to 90 %.</li>
 *   <li>Normal-approximation methods (WDD, rate ratio) warn when any count used is below 5 and point to the
 *       E-test. The WDQ has no standard error; its reading says so and points to the WDD.</li>
 *   <li>The classes are stateless: every method is a pure function of its arguments, and readings are formatted
 *       in {@link java.util.Locale#ROOT} (decimal comma for Swedish), so output is the same on every machine.</li>
 * </ul>
 */
package org.est4j.scoring.followup;
