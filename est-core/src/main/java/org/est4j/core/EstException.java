package org.est4j.core;

/**
 * The root of every exception est4j throws on purpose. It is unchecked: a host decides where to catch it.
 *
 * <p>Subclasses carry the offending value (a list of problems, an unknown id, …) so that a host can show
 * the user what to change. Messages state the rule that was broken and what to do about it.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class EstException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that states the broken rule.
     *
     * @param message what went wrong and what to do, not null
     */
    public EstException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the cause it wraps.
     *
     * @param message what went wrong and what to do, not null
     * @param cause the underlying failure, may be null
     */
    public EstException(String message, Throwable cause) {
        super(message, cause);
    }
}
