/**
 * Hotspot detection: places or sub-areas with a concentration of observations in a window, each designated for that
 * window with reasons. {@link org.est4j.scoring.hotspot.HotspotDetectors} gives the built-in {@code repeat-location},
 * {@code excess-rate} and {@code gi-star} detectors and documents their methods, formulas and settings; the same
 * detectors are {@link org.est4j.core.spi.HotspotDetectorProvider} plugins.
 *
 * <p>Decisions recorded here: a hotspot is designated for the window examined, not forever; tests over many areas or
 * cells can be adjusted for multiple testing (on by default for {@code excess-rate}, Benjamini–Hochberg; off by
 * default for {@code gi-star}, whose usual reading is the plain z of 1.96); reasons are in Swedish by default.
 */
package org.est4j.scoring.hotspot;
