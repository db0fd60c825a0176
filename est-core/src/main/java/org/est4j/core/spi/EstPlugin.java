package org.est4j.core.spi;

/**
 * What every est4j plugin provider has: a stable id by which users select it, a one-line description, and a
 * priority that settles which of two providers claiming the same id wins.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (declare them with {@code provides} in
 * {@code module-info.java} <em>and</em> in {@code META-INF/services}, so that they are found on the module path
 * and on the class path) or registered in code with
 * {@link org.est4j.core.plugin.EstPlugins.Builder#register(Class, EstPlugin)}. On the class path a provider needs
 * a public no-argument constructor.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every caller. {@link #id()},
 * {@link #description()} and {@link #priority()} must return the same value on every call.
 *
 * @since 0.1
 */
public interface EstPlugin {

    /**
     * Returns the id users select this provider by, such as {@code est-5} or {@code csv}: lower-case letters,
     * digits and {@code - . _}, starting with a letter, at most 64 characters.
     *
     * @return the id, never null
     */
    String id();

    /**
     * Returns one line (no line break, at most 200 characters) that tells a user what this provider does.
     *
     * @return the description, never blank
     */
    String description();

    /**
     * Returns the priority of this provider. When two providers of the same kind claim the same id, the one with
     * the <strong>higher</strong> priority wins (as in JSR 354); equal priorities are an error that names both
     * classes. Built-in providers have priority 0, so a host overrides a built-in by giving its own provider the
     * same id and a positive priority.
     *
     * @return the priority, 0 by default
     */
    default int priority() {
        return 0;
    }
}
