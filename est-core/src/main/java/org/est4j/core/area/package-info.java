/**
 * Areas and their hierarchy: where EST looks. A municipality divides itself into localities or districts,
 * neighbourhoods and places (a square, a park, a stairwell, a school yard); some use SCB's statistical areas
 * DeSO and RegSO, or the police's local areas.
 *
 * <ul>
 *   <li>{@link org.est4j.core.area.AreaId} identifies an area; {@link org.est4j.core.area.GeoPoint} is a WGS 84
 *       position.</li>
 *   <li>{@link org.est4j.core.area.AreaLevel} is the level of an area. Levels are <em>data</em>, not an enum,
 *       because municipalities differ (kommun → tätort → område → plats in one, kommun → stadsdel → plats in
 *       another); the common ones are constants.</li>
 *   <li>{@link org.est4j.core.area.Area} is one area: id, name, level, the id of its parent, external codes
 *       ({@code kommunkod}, {@code lanskod}, {@code deso}, {@code regso}, …) and an optional point.</li>
 *   <li>{@link org.est4j.core.area.AreaHierarchy} puts areas together in an immutable tree, or a forest of
 *       several trees, checked for duplicate ids, unknown parents and cycles, all reported at once.</li>
 * </ul>
 *
 * <p>Decisions that hold throughout the package:
 * <ul>
 *   <li>An area knows only its parent's id; the hierarchy owns the structure. So an area can be built, sent and
 *       stored alone, and a hierarchy validates references and cycles in one place.</li>
 *   <li>Order is canonical: a hierarchy lists areas in pre-order, roots and children sorted by id, whatever the
 *       input order, so every output built from it is byte-identical across runs.</li>
 *   <li>A hierarchy gives each area a dense index in that pre-order (parents before children, each subtree a
 *       contiguous range), for engines that roll figures up the tree with plain arrays.</li>
 *   <li>A hotspot is not a property of an area: it is a place designated for a time window, and lives with the
 *       situational picture.</li>
 * </ul>
 *
 * <p>Every public type here is immutable and thread-safe, except {@code AreaHierarchy.Builder} and
 * {@code Area.Builder}.
 */
@EstStyle
package org.est4j.core.area;

import org.est4j.core.EstStyle;
