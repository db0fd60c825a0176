/**
 * CSV: an RFC 4180 reader that copes with what Swedish spreadsheets and survey tools export
 * ({@link org.est4j.io.csv.CsvReader}), and the CSV format of observations with its Swedish default headers
 * ({@link org.est4j.io.csv.ObservationCsv}, importer {@code csv}); and CSV written for Excel
 * ({@link org.est4j.io.csv.CsvExport}, export format {@code csv}): observations under the importer's own headers, so
 * that an export imports back, measures, and situation pictures one row per area
 * ({@link org.est4j.io.csv.PictureTable}), in a {@link org.est4j.io.csv.CsvStyle} ({@code ;}, UTF-8 with a byte-order
 * mark, CRLF and a decimal comma by default), through a {@link org.est4j.io.csv.CsvWriter} that neutralises formula
 * injection and keeps numbers numbers.
 *
 * <p><b>Document types.</b> The export format writes {@link org.est4j.io.csv.Observations},
 * {@link org.est4j.io.csv.Measures}, {@link org.est4j.io.csv.PictureTable} and a bare
 * {@link org.est4j.core.picture.PictureSet}. Lists are wrapped because a format declares the classes it writes, and a
 * {@code List<Observation>} has no class of its own: after erasure, and when empty, it cannot be told from a list of
 * measures.
 *
 * <p><b>Why a reader of its own</b> rather than jackson-dataformat-csv: importers must report every rejected row
 * with the physical line it starts on, the column, and its raw text; they must go on after a malformed row (a stray
 * quote, a field too long) instead of stopping; and they must bound memory on hostile input by cutting a field at
 * the limit while still reading past it. A small state machine does all of that in one pass with exact line
 * numbers, where a general data-binding parser would have to be worked around.
 */
@EstStyle
package org.est4j.io.csv;

import org.est4j.core.EstStyle;
