/**
 * The built-in providers of est-io and their helpers. <b>Not public API</b>: this package is not exported; its
 * classes may change in any release. Use the providers through {@link org.est4j.core.plugin.EstPlugins} by their
 * ids, or the typed entry points of the exported packages.
 */
package org.est4j.io.internal;
