/**
 * Periods and cadence: ISO weeks, fortnights, months, quarters, tertials and years in Europe/Stockholm, built on
 * ThreeTen-Extra. {@link org.est4j.core.time.Period} is the one time type the rest of the model refers to.
 */
package org.est4j.core.time;
