/**
 * CSV: an RFC 4180 reader that copes with what Swedish spreadsheets and survey tools export
 * ({@link org.est4j.io.csv.CsvReader}), and the CSV format of observations with its Swedish default headers
 * ({@link org.est4j.io.csv.ObservationCsv}, importer {@code csv}).
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
