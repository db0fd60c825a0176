/**
 * The Swedish Police open events API (<a href="https://polisen.se/api/events">polisen.se/api/events</a>) as a source
 * of observations: {@link org.est4j.io.polisen.PolisenEvents}, importer {@code polisen-events}.
 */
package org.est4j.io.polisen;
