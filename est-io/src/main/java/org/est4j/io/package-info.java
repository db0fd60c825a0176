/**
 * est4j io's entry point for inputs: {@link org.est4j.io.Sources} makes a {@link org.est4j.core.spi.Source} of a
 * file or of text (est-core does no file I/O). The formats are in the sub-packages: {@code csv}, {@code polisen},
 * {@code open311} and {@code area}.
 *
 * <p>Every importer in est-io follows the rules of {@link org.est4j.core.ingest}: each row read is accepted or
 * rejected with its line, column, field, reason and raw text; excluded rows (valid input that is not an
 * observation) are rejections marked as such; strict mode stops at the first error; the limits of
 * {@link org.est4j.core.ingest.ImportContext} (bytes, rows, field length, nesting depth) stop hostile input.
 */
package org.est4j.io;
