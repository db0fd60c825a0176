/**
 * The observation store: an append-only, column-oriented store of observations
 * ({@link org.est4j.core.store.ObservationStore}) and its immutable snapshots
 * ({@link org.est4j.core.store.StoreSnapshot}), which engines such as the picture compiler read by column without
 * creating an object per observation.
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Full fidelity.</b> The compact columns hold the common case (whole seconds, points with up to seven
 *       decimals); anything else is kept apart, exactly, so that reading an observation back gives one equal to the
 *       one appended.</li>
 *   <li><b>One way in.</b> Rows enter as an {@link org.est4j.core.store.ObservationBatch}, already in the column
 *       encodings; appending an {@link org.est4j.core.mapping.Observation} encodes it into a batch of one, so the
 *       rules are checked in one place. Ids and descriptions are UTF-8 bytes in pages, and ids are found
 *       through a hash index of row numbers: millions of rows cost no object each.</li>
 *   <li><b>One writer, many readers.</b> Appends are serialised; a snapshot is a volatile read and never sees a
 *       half-written append.</li>
 *   <li><b>No reference checks.</b> The store accepts any area or category; the picture compiler reports those it
 *       cannot place as excluded, with the reason, so nothing is dropped silently.</li>
 * </ul>
 */
package org.est4j.core.store;
