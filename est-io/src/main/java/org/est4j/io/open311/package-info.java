/**
 * Open311 GeoReport v2 (the citizen-reporting standard many cities' e-services speak) as a source of observations:
 * {@link org.est4j.io.open311.Open311}, importer {@code open311}.
 */
package org.est4j.io.open311;
