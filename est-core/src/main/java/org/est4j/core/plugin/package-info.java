/**
 * The plugin registry ({@link org.est4j.core.plugin.EstPlugins}) and its errors.
 */
package org.est4j.core.plugin;
