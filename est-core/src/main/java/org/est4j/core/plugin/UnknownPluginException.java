package org.est4j.core.plugin;

import java.util.List;
import org.est4j.core.EstException;

/**
 * Thrown when no provider of a kind has the id asked for. It carries the ids that are known, so that a user can
 * correct a typo or add the artifact that provides the plugin.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class UnknownPluginException extends EstException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    /** A List.copyOf of strings, so serializable. */
    @SuppressWarnings("serial")
    private final List<String> knownIds;

    UnknownPluginException(String kind, String id, List<String> knownIds) {
        super("No " + kind + " with id '" + id + "'; known ids: "
                + (knownIds.isEmpty() ? "none" : String.join(", ", knownIds))
                + ". Add the jar that provides it to the class path or module path (with a META-INF/services entry "
                + "or a module-info 'provides'), or register it with EstPlugins.builder().register(…).");
        this.kind = kind;
        this.id = id;
        this.knownIds = List.copyOf(knownIds);
    }

    /**
     * Returns the kind of plugin asked for.
     *
     * @return the simple name of the provider interface, such as {@code ScaleProvider}
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the id asked for.
     *
     * @return the unknown id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the ids of the providers of that kind that are known.
     *
     * @return sorted ids, possibly empty
     */
    public List<String> knownIds() {
        return knownIds;
    }
}
