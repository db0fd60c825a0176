/**
 * The situational picture (<i>lägesbild</i>) and its parts. So far: {@link org.est4j.core.picture.Hotspot}, a place
 * designated for a time window because it needs extra action, even where the area as a whole is calm.
 */
@EstStyle
package org.est4j.core.picture;

import org.est4j.core.EstStyle;
