/**
 * Mapping (<i>kartläggning</i>): actors, reporters, reporting rounds, observations and the taxonomy of categories.
 *
 * <p>Decisions that hold across the package:
 *
 * <ul>
 *   <li><b>Place, not person.</b> No type here has a field for a person's identity. A
 *       {@link org.est4j.core.mapping.Reporter} is a pseudonymous id, an actor, the areas covered and optionally a
 *       workplace; hosts keep names and contact details in their own directory. An
 *       {@link org.est4j.core.mapping.Observation}'s free-text description may still hold personal data; the
 *       disclosure policy redacts it for every audience beyond the group.</li>
 *   <li><b>Silence is not calm.</b> A {@link org.est4j.core.mapping.ReportingRound} keeps the expected, the
 *       answered and the "nothing to report" reporters, so that silent reporters are never read as calm areas. A
 *       round expects at least one reporter (so its response rate is always defined) and rejects an answer from
 *       someone not expected until they are added to the expected reporters.</li>
 *   <li><b>Sources.</b> An observation names a reporter when, and only when, its
 *       {@link org.est4j.core.mapping.Source} is {@code REPORTER}; police observations are visible to the group
 *       only unless stated otherwise, all others to partners; nothing is public by default.</li>
 *   <li><b>Time.</b> Observations say how precisely their time is known
 *       ({@link org.est4j.core.mapping.TimePrecision}); all local times are Stockholm time
 *       ({@link org.est4j.core.time.Period#ZONE}).</li>
 *   <li><b>Categories</b> come in two levels exactly ({@link org.est4j.core.mapping.Taxonomy}); a context
 *       category (a planned event) is kept apart from problems so that analysis can leave it out of scores.</li>
 *   <li><b>References</b> to other collections are checked by the collection's owner: an observation's category by
 *       {@link org.est4j.core.mapping.Taxonomy#require(CategoryId)}, its area by the area hierarchy.</li>
 *   <li><b>Order.</b> Sets of ids are sorted by id; lists keep the order given, as documented on each.</li>
 * </ul>
 *
 * <p>Builders accept nulls in setters and report every missing value at once as a
 * {@link org.est4j.core.ValidationException}; a null <em>element</em> of a sorted set (an area, a reporter id)
 * makes {@code build()} throw a {@link NullPointerException} instead.
 */
@EstStyle
package org.est4j.core.mapping;

import org.est4j.core.EstStyle;
