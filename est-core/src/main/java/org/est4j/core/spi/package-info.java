/**
 * The plugin surface of est4j, in one package so that it can be seen at a glance. Every provider interface
 * extends {@link org.est4j.core.spi.EstPlugin} (a stable id, a one-line description and a priority) and is found
 * by {@link org.est4j.core.plugin.EstPlugins}.
 *
 * <p>A plugin author depends on est-core only, implements a provider, declares it with {@code provides} in
 * {@code module-info.java} and in {@code META-INF/services}, and checks it with the contract tests in
 * est-core's test-jar ({@code org.est4j.core.spi.contract}).
 */
package org.est4j.core.spi;
