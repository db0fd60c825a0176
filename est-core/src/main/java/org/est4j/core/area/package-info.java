/**
 * Areas and their hierarchy: municipality, locality or district, neighbourhood, place. Levels are data.
 */
@EstStyle
package org.est4j.core.area;

import org.est4j.core.EstStyle;
