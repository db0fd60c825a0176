/**
 * est-scoring's built-in plugin providers and the implementations behind them and behind the public factories
 * ({@code Scales}, {@code AssessmentModels}, {@code TrendTests}, {@code HotspotDetectors}). Not exported: the
 * providers are found through {@code provides} in {@code module-info.java} and through {@code META-INF/services}, and
 * used through their SPI interfaces only; the implementations are reached through the exported factories.
 */
package org.est4j.scoring.internal;
