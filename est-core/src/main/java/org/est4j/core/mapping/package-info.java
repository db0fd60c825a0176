/**
 * Mapping (<i>kartläggning</i>): actors, reporters, reporting rounds, observations and the taxonomy of categories.
 */
@EstStyle
package org.est4j.core.mapping;

import org.est4j.core.EstStyle;
