/**
 * Trend tests: whether an area's count has changed against a baseline by more than chance, for Poisson counts, so
 * that 3 against 1 is not called a rise. {@link org.est4j.scoring.trend.TrendTests} gives the built-in
 * {@code poisson-exact} test (the exact conditional test of two Poisson rates, as R's {@code poisson.test}); the
 * same test is a {@link org.est4j.core.spi.TrendTestProvider} plugin.
 */
package org.est4j.scoring.trend;
