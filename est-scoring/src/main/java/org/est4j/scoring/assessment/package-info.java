/**
 * Assessment models: rules that turn a situational picture into a suggested level on a scale, with the reasons in
 * words. {@link org.est4j.scoring.assessment.AssessmentModels} gives the built-in {@code threshold},
 * {@code weighted-index} and {@code trend-aware} models and documents their settings and rules; the same models are
 * {@link org.est4j.core.spi.AssessmentModelProvider} plugins.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>Reasons are in Swedish by default, since EST coordinators are Swedish, and in English with
 *       {@code language=en}. Numbers use a decimal comma in Swedish and are formatted the same on every machine.</li>
 *   <li>Missing reports never lower a level: with low coverage a model keeps at least the level it gives the latest
 *       earlier picture.</li>
 *   <li>Context categories never raise a level.</li>
 *   <li>A suggestion is only a suggestion: the group records its own level with
 *       {@link org.est4j.core.assessment.Assessment#withOverride(org.est4j.core.Decision)}, and both are kept.</li>
 * </ul>
 */
package org.est4j.scoring.assessment;
