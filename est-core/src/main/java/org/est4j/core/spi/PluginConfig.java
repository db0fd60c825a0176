package org.est4j.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.est4j.core.Problems;

/**
 * The settings a host passes to a plugin when it creates one: text properties by key, such as
 * {@code threshold.property-damage=10} or {@code delimiter=;}, read through typed getters with defaults.
 *
 * <p>Keys are lower-case and dotted; what a plugin reads is documented by the plugin. A getter that finds a value
 * of the wrong form throws a {@link org.est4j.core.ValidationException} naming the key, never a bare
 * {@link NumberFormatException}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PluginConfig {
    private static final PluginConfig EMPTY = new PluginConfig(new TreeMap<>());
    /** A plain decimal: optional sign, digits with an optional point or comma, an optional exponent. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private final SortedMap<String, String> properties;

    private PluginConfig(SortedMap<String, String> properties) {
        this.properties = properties;
    }

    /**
     * Returns the configuration with no properties, under which every plugin uses its defaults.
     *
     * @return the empty configuration
     */
    public static PluginConfig empty() {
        return EMPTY;
    }

    /**
     * Returns a configuration holding a copy of some properties.
     *
     * @param properties keys to values, neither null
     * @return the configuration
     */
    public static PluginConfig of(Map<String, String> properties) {
        SortedMap<String, String> copy = new TreeMap<>();
        requireNonNull(properties, "properties").forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, k)));
        return copy.isEmpty() ? EMPTY : new PluginConfig(copy);
    }

    /**
     * Returns a copy with one property set.
     *
     * @param key the key
     * @param value the value
     * @return a new configuration
     */
    public PluginConfig with(String key, String value) {
        SortedMap<String, String> copy = new TreeMap<>(properties);
        copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
        return new PluginConfig(copy);
    }

    /**
     * Returns a property's text.
     *
     * @param key the key
     * @return the value, or empty when it is not set
     */
    public Optional<String> string(String key) {
        return Optional.ofNullable(properties.get(requireNonNull(key, "key")));
    }

    /**
     * Returns a property's text or a default.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set
     * @return the value
     */
    public String string(String key, String defaultValue) {
        return string(key).orElse(defaultValue);
    }

    /**
     * Returns a whole-number property or a default.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set
     * @return the value
     * @throws org.est4j.core.ValidationException when the value is not a whole number
     */
    public long integer(String key, long defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text.get().trim());
        } catch (NumberFormatException e) {
            Problems.of("plugin configuration").add(key, "must be a whole number", text.get()).throwIfAny();
            throw new AssertionError(e);
        }
    }

    /**
     * Returns a decimal property or a default; a decimal comma is accepted.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set
     * @return the value
     * @throws org.est4j.core.ValidationException when the value is not a finite number
     */
    public double decimal(String key, double defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String trimmed = text.get().trim();
        if (DECIMAL.matcher(trimmed).matches()) {
            double value = Double.parseDouble(trimmed.replace(',', '.'));
            if (Double.isFinite(value)) {
                return value;
            }
        }
        Problems.of("plugin configuration").add(key, "must be a finite decimal number", text.get()).throwIfAny();
        throw new AssertionError();
    }

    /**
     * Returns a yes/no property or a default.
     *
     * @param key the key
     * @param defaultValue the value when the key is not set
     * @return the value
     * @throws org.est4j.core.ValidationException when the value is not {@code true} or {@code false}
     */
    public boolean bool(String key, boolean defaultValue) {
        Optional<String> text = string(key).map(String::trim);
        if (text.isEmpty()) {
            return defaultValue;
        }
        if (text.get().equalsIgnoreCase("true") || text.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.get());
        }
        Problems.of("plugin configuration").add(key, "must be true or false", text.get()).throwIfAny();
        throw new AssertionError();
    }

    /**
     * Returns the properties whose keys start with a prefix and a dot, with the prefix taken off: for prefix
     * {@code threshold}, {@code threshold.drugs=3} comes back as {@code drugs=3}.
     *
     * @param prefix the prefix, without the dot
     * @return the matching properties, sorted by key
     */
    public SortedMap<String, String> withPrefix(String prefix) {
        String start = requireNonNull(prefix, "prefix") + ".";
        SortedMap<String, String> found = new TreeMap<>();
        properties.tailMap(start).forEach((k, v) -> {
            if (k.startsWith(start)) {
                found.put(k.substring(start.length()), v);
            }
        });
        return java.util.Collections.unmodifiableSortedMap(found);
    }

    /**
     * Returns every property.
     *
     * @return an unmodifiable map sorted by key
     */
    public SortedMap<String, String> asMap() {
        return java.util.Collections.unmodifiableSortedMap(properties);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginConfig && ((PluginConfig) other).properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    /** Returns the properties as {@code PluginConfig{key=value, …}}. */
    @Override
    public String toString() {
        return "PluginConfig" + properties;
    }
}
