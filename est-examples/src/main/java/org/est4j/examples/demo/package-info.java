/**
 * The demo municipality: a seeded generator of a realistic, fictional Swedish municipality and a year of its EST
 * work, for the main job, the JShell workbench, tests and benchmarks. Start with
 * {@link org.est4j.examples.demo.DemoMunicipality#generate()}.
 *
 * <p>Decisions that hold throughout the package:
 * <ul>
 *   <li>The result is a plain immutable class, not an Immutables value: it is generated, never assembled by hand, so
 *       it has no public builder of its parts, only of its seed, year and size.</li>
 *   <li>Everything is deterministic for a seed, on every JVM ({@link java.util.Random} streams derived from the
 *       seed), and every list has a documented order.</li>
 *   <li>The generator's tables (what happens where, when and to whom) are package-private: they are assumptions
 *       behind the demo, not API.</li>
 *   <li>The municipality, its places, organisations and people are invented; the kommunkod {@code 9999} lies
 *       outside SCB's codes, and the personal data in some descriptions is deliberate and fictional.</li>
 * </ul>
 */
package org.est4j.examples.demo;
