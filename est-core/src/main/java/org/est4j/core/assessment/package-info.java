/**
 * Assessment (<i>bedömning</i>): local grading scales and the grade of an area for a period.
 *
 * <p>A {@link org.est4j.core.assessment.Scale} is an ordered list of
 * {@link org.est4j.core.assessment.ScaleLevel levels}, each with a code, Swedish and English labels, a colour and
 * a meaning; there is no national standard, so scales are data (Norrtälje's five grades, a green–yellow–red
 * traffic light, the police's four area classes). An {@link org.est4j.core.assessment.Assessment} is the level an
 * assessment model suggests for one area and period, with its reasons, and — when the group decides otherwise — the
 * group's {@link org.est4j.core.Decision decision}, kept beside the suggestion.
 */
@EstStyle
package org.est4j.core.assessment;

import org.est4j.core.EstStyle;
