package org.est4j.core.plugin;

import static java.util.Objects.requireNonNull;

import org.est4j.core.EstException;

/**
 * Thrown when a plugin provider cannot be used: it failed to load or to answer ({@link #providerClass()} names
 * it), it broke the provider contract, or two providers claim the same id with the same priority (the message
 * names both classes).
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class PluginException extends EstException {
    private static final long serialVersionUID = 1L;

    private final String providerClass;

    PluginException(String providerClass, String message, Throwable cause) {
        super(message, cause);
        this.providerClass = requireNonNull(providerClass, "providerClass");
    }

    /**
     * Returns the class of the provider at fault (the first of two in a conflict).
     *
     * @return a fully qualified class name, or a description when the class could not even be named
     */
    public String providerClass() {
        return providerClass;
    }
}
