package org.est4j.io.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts one JSON value (never a JSON null: callers treat null as absent) into a Java value, recording a problem
 * in the {@link Reading} when it cannot.
 *
 * <p>This interface is internal and not for public use.
 *
 * @param <T> the Java type produced
 */
@FunctionalInterface
public interface Conv<T> {
    /**
     * Converts a JSON value.
     *
     * @param node the value, not null and not a JSON null
     * @param reading where problems are recorded
     * @param path the JSON path of the value, for problems
     * @return the value, or null after recording at least one problem
     */
    T convert(JsonNode node, Reading reading, String path);
}
