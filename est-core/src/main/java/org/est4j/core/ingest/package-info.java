/**
 * What importers return: every row read is either accepted as an observation or rejected with its line, column,
 * field, reason and raw text ({@link org.est4j.core.ingest.ImportResult}); the limits that stop hostile input
 * ({@link org.est4j.core.ingest.ImportContext}).
 */
@EstStyle
package org.est4j.core.ingest;

import org.est4j.core.EstStyle;
