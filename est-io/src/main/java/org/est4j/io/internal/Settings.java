package org.est4j.io.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.est4j.core.Problems;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.spi.PluginConfig;

/**
 * Reads a provider's settings from a {@link PluginConfig}, collecting every problem (unknown keys included) into one
 * {@link org.est4j.core.ValidationException} whose paths are the keys.
 *
 * <p>Implementation requirements: mutable and not thread-safe; one per {@code create}.
 */
public final class Settings {
    private final String subject;
    private final PluginConfig config;
    private final Problems problems;

    /**
     * Starts reading.
     *
     * @param subject what is configured, such as {@code "csv importer settings"}
     * @param config the settings
     */
    public Settings(String subject, PluginConfig config) {
        this.subject = subject;
        this.config = config;
        this.problems = Problems.of(subject);
    }

    /**
     * Reports every key that is neither one of the known keys nor starts with one of the known prefixes and a dot.
     *
     * @param keys the known keys
     * @param prefixes the known prefixes, without the dot
     * @return this
     */
    public Settings allow(Collection<String> keys, Collection<String> prefixes) {
        for (String key : config.asMap().keySet()) {
            boolean known = keys.contains(key) || prefixes.stream().anyMatch(p -> key.startsWith(p + "."));
            if (!known) {
                Set<String> all = new TreeSet<>(keys);
                prefixes.forEach(p -> all.add(p + ".…"));
                problems.add(key, "is not a setting of the " + subject.replace(" settings", "") + "; known: "
                        + String.join(", ", all), config.string(key).orElse(""));
            }
        }
        return this;
    }

    /**
     * Returns the configuration read.
     *
     * @return the configuration
     */
    public PluginConfig config() {
        return config;
    }

    /**
     * Records a problem with a key.
     *
     * @param key the key
     * @param message the rule broken
     * @param value the value
     */
    public void problem(String key, String message, Object value) {
        problems.add(key, message, value);
    }

    /**
     * Returns a text setting.
     *
     * @param key the key
     * @return the tidied value, or empty when not set or blank
     */
    public Optional<String> text(String key) {
        return config.string(key).map(Text::tidy).filter(s -> !s.isEmpty());
    }

    /**
     * Returns a delimiter setting: one character, or {@code tab}; {@code auto} or unset for detection.
     *
     * @param key the key
     * @return the delimiter, or empty to detect it
     */
    public Optional<Character> delimiter(String key) {
        Optional<String> raw = config.string(key);
        if (raw.isEmpty() || raw.get().trim().equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        String v = raw.get();
        if (v.equalsIgnoreCase("tab") || v.equals("\\t") || v.equals("\t")) {
            return Optional.of('\t');
        }
        String t = v.trim();
        if (t.length() == 1 && t.charAt(0) != '"') {
            return Optional.of(t.charAt(0));
        }
        problems.add(key, "must be one character such as ; or , or the word tab or auto", v);
        return Optional.empty();
    }

    /**
     * Returns an encoding setting; {@code auto} or unset for detection.
     *
     * @param key the key
     * @return the charset, or empty to detect it
     */
    public Optional<Charset> charset(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty() || v.get().equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(v.get()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(key, "must be auto or a character encoding such as UTF-8 or windows-1252", v.get());
            return Optional.empty();
        }
    }

    /**
     * Returns one of several words.
     *
     * @param key the key
     * @param defaultValue the value when not set
     * @param allowed the allowed values, in lower case
     * @return the value, in lower case
     */
    public String choice(String key, String defaultValue, String... allowed) {
        Optional<String> v = text(key).map(s -> s.toLowerCase(Locale.ROOT));
        if (v.isEmpty()) {
            return defaultValue;
        }
        for (String a : allowed) {
            if (a.equals(v.get())) {
                return a;
            }
        }
        problems.add(key, "must be one of " + String.join(", ", allowed), v.get());
        return defaultValue;
    }

    /**
     * Returns a severity setting: 1 to 5 or a label.
     *
     * @param key the key
     * @return the severity, or empty when not set or wrong
     */
    public Optional<Severity> severity(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Words.severity(v.get()));
        } catch (IllegalArgumentException e) {
            problems.add(key, e.getMessage(), v.get());
            return Optional.empty();
        }
    }

    /**
     * Returns a source setting.
     *
     * @param key the key
     * @return the source, or empty when not set or wrong
     */
    public Optional<Source> source(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Words.source(v.get()));
        } catch (IllegalArgumentException e) {
            problems.add(key, e.getMessage(), v.get());
            return Optional.empty();
        }
    }

    /**
     * Returns a visibility setting.
     *
     * @param key the key
     * @return the visibility, or empty when not set or wrong
     */
    public Optional<Visibility> visibility(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Words.visibility(v.get()));
        } catch (IllegalArgumentException e) {
            problems.add(key, e.getMessage(), v.get());
            return Optional.empty();
        }
    }

    /**
     * Returns a positive decimal setting.
     *
     * @param key the key
     * @param defaultValue the value when not set
     * @return the value
     */
    public double positiveDecimal(String key, double defaultValue) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v.get().replace(',', '.'));
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key, "must be a positive number", v.get());
        return defaultValue;
    }

    /**
     * Throws when any problem was found.
     *
     * @throws org.est4j.core.ValidationException listing every problem
     */
    public void check() {
        problems.throwIfAny();
    }
}
