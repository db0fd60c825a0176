package org.est4j.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.est4j.core.Problems;
import org.est4j.core.spi.PluginConfig;

/** Reading and checking plugin settings: unknown keys, choices, and ascending lists of numbers. */
final class Settings {
    static final String SUBJECT = "plugin configuration";

    private Settings() {}

    /**
     * Rejects keys a plugin does not read, so that a misspelt key is an error rather than silently ignored.
     *
     * @param config the configuration
     * @param plugin the plugin's id, for the message
     * @param keys the keys the plugin reads
     * @param prefixes the prefixes (without the dot) under which it reads any key
     */
    static void requireKnownKeys(PluginConfig config, String plugin, Set<String> keys, Set<String> prefixes) {
        Problems problems = Problems.of(SUBJECT + " of " + plugin);
        Set<String> known = new TreeSet<>(keys);
        prefixes.forEach(p -> known.add(p + ".*"));
        for (String key : config.asMap().keySet()) {
            boolean ok = keys.contains(key) || prefixes.stream().anyMatch(p -> key.startsWith(p + ".")
                    && key.length() > p.length() + 1);
            problems.require(ok, key, "is not a setting of " + plugin + "; known settings are " + known, key);
        }
        problems.throwIfAny();
    }

    /** Reads one of a few words, such as {@code fdr}. */
    static String choice(PluginConfig config, String key, String defaultValue, List<String> allowed) {
        String value = config.string(key, defaultValue).trim();
        Problems.of(SUBJECT).require(allowed.contains(value), key, "must be one of " + allowed, value).throwIfAny();
        return value;
    }

    /** Reads a decimal strictly between two bounds. */
    static double openRange(PluginConfig config, String key, double defaultValue, double low, double high) {
        double value = config.decimal(key, defaultValue);
        Problems.of(SUBJECT).require(value > low && value < high, key,
                "must be strictly between " + low + " and " + high, value).throwIfAny();
        return value;
    }

    /** Reads a whole number of at least a minimum. */
    static long atLeast(PluginConfig config, String key, long defaultValue, long min) {
        long value = config.integer(key, defaultValue);
        Problems.of(SUBJECT).require(value >= min, key, "must be at least " + min, value).throwIfAny();
        return value;
    }

    /** Reads a positive finite decimal. */
    static double positive(PluginConfig config, String key, double defaultValue) {
        double value = config.decimal(key, defaultValue);
        Problems.of(SUBJECT).require(value > 0, key, "must be a positive number", value).throwIfAny();
        return value;
    }

    /**
     * Parses a comma-separated list of positive whole numbers in strictly ascending order, such as {@code 3,6,10,15}.
     *
     * @param key the key, for messages
     * @param text the value
     * @param problems where a problem is recorded
     * @return the numbers, or null when the text is not such a list
     */
    static long[] ascendingCounts(String key, String text, Problems problems) {
        String[] parts = text.split(",", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                problems.add(key, "must be positive whole numbers in ascending order, separated by commas, such as"
                        + " 3,6,10,15", text);
                return null;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 1 || (i > 0 && values[i] <= values[i - 1])) {
                problems.add(key, "must be positive whole numbers in strictly ascending order, such as 3,6,10,15",
                        text);
                return null;
            }
        }
        return values;
    }

    /**
     * Parses a comma-separated list of finite decimals (a point as decimal separator) in strictly ascending order.
     *
     * @param key the key, for messages
     * @param text the value
     * @param problems where a problem is recorded
     * @return the numbers, or null when the text is not such a list
     */
    static double[] ascendingDecimals(String key, String text, Problems problems) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                double v = Double.parseDouble(part.trim());
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException(part);
                }
                values.add(v);
            } catch (NumberFormatException e) {
                problems.add(key, "must be decimal numbers (with a point) in ascending order, separated by commas,"
                        + " such as 1,2,3,4", text);
                return null;
            }
        }
        double[] result = values.stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 1; i < result.length; i++) {
            if (result[i] <= result[i - 1]) {
                problems.add(key, "must be in strictly ascending order", Arrays.toString(result));
                return null;
            }
        }
        return result;
    }
}
