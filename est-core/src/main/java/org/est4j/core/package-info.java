/**
 * The root of est4j: the exception hierarchy ({@link org.est4j.core.EstException}), validation
 * ({@link org.est4j.core.Problems}, {@link org.est4j.core.ValidationException}), identifiers and the project's
 * Immutables style ({@link org.est4j.core.EstStyle}).
 */
package org.est4j.core;
