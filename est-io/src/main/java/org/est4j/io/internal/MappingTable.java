package org.est4j.io.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.spi.PluginConfig;

/**
 * A table from the kinds of an outside source (police event types, Open311 services) to categories, keyed by the
 * {@linkplain Text#slug(String) slug} of the kind's name or code. Each entry maps to a category id and a severity,
 * or excludes the kind with a reason. Settings override the defaults: {@code <prefix>.<kind>=<category id>},
 * {@code <prefix>.<kind>=exclude} or {@code exclude: <reason>}, and {@code severity.<kind>=1…5}; the kind may be
 * written as its name ({@code Misshandel, grov}) or as its slug ({@code misshandel-grov}).
 *
 * <p>Implementation requirements: immutable after construction and thread-safe.
 */
public final class MappingTable {
    /** The word that excludes a kind. */
    public static final String EXCLUDE = "exclude";

    private final Map<String, Entry> entries;

    /** One entry: a category (empty when excluded), a severity, and the reason for an exclusion. */
    public static final class Entry {
        private final Optional<CategoryId> category;
        private final Severity severity;
        private final String exclusion;

        Entry(Optional<CategoryId> category, Severity severity, String exclusion) {
            this.category = category;
            this.severity = severity;
            this.exclusion = exclusion;
        }

        /**
         * Returns the category.
         *
         * @return the category, or empty for an excluded kind
         */
        public Optional<CategoryId> category() {
            return category;
        }

        /**
         * Returns the severity.
         *
         * @return the severity of an observation of this kind
         */
        public Severity severity() {
            return severity;
        }

        /**
         * Returns why the kind is excluded.
         *
         * @return the reason, or empty for a mapped kind
         */
        public Optional<String> exclusion() {
            return category.isPresent() ? Optional.empty() : Optional.of(exclusion);
        }
    }

    private MappingTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** A default row: a kind's name, its mapping in setting form, and its severity. */
    static final class Row {
        final String name;
        final String value;
        final Severity severity;

        Row(String name, String value, Severity severity) {
            this.name = name;
            this.value = value;
            this.severity = severity;
        }
    }

    static Row map(String name, String category, int severity) {
        return new Row(name, category, Severity.of(severity));
    }

    static Row exclude(String name, String reason) {
        return new Row(name, EXCLUDE + ": " + reason, Severity.MODERATE);
    }

    /**
     * Returns the defaults in setting form: {@code <prefix>.<slug>} → mapping, and {@code severity.<slug>} → rank for
     * mapped kinds.
     *
     * @param prefix such as {@code type}
     * @param rows the default rows
     * @return an unmodifiable map sorted by key
     */
    static SortedMap<String, String> asSettings(String prefix, Iterable<Row> rows) {
        SortedMap<String, String> settings = new TreeMap<>();
        for (Row row : rows) {
            String slug = Text.slug(row.name);
            settings.put(prefix + "." + slug, row.value);
            if (!row.value.startsWith(EXCLUDE)) {
                settings.put("severity." + slug, String.valueOf(row.severity.rank()));
            }
        }
        return Collections.unmodifiableSortedMap(settings);
    }

    /**
     * Builds a table from defaults and settings; every wrong setting is reported to {@code s}.
     *
     * @param s the settings reader
     * @param prefix the settings prefix of the mapping, such as {@code type}
     * @param rows the default rows
     * @param fallback the severity of a kind mapped by a setting alone
     * @return the table
     */
    static MappingTable of(Settings s, String prefix, Iterable<Row> rows, Severity fallback) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Row row : rows) {
            values.put(Text.slug(row.name), row.value);
            severities.put(Text.slug(row.name), row.severity);
        }
        PluginConfig config = s.config();
        config.withPrefix(prefix).forEach((kind, value) -> {
            String slug = Text.slug(kind);
            if (slug.isEmpty()) {
                s.problem(prefix + "." + kind, "must name a kind after the dot", value);
            } else {
                values.put(slug, value);
            }
        });
        config.withPrefix("severity").forEach((kind, value) -> {
            if (!values.containsKey(Text.slug(kind))) {
                s.problem("severity." + kind, "names no kind of the table: map it with " + prefix + "." + kind
                        + "=<category id> first", value);
                return;
            }
            try {
                severities.put(Text.slug(kind), Words.severity(value));
            } catch (IllegalArgumentException e) {
                s.problem("severity." + kind, e.getMessage(), value);
            }
        });
        Map<String, Entry> entries = new LinkedHashMap<>();
        values.forEach((slug, value) -> {
            String v = Text.tidy(value);
            Severity severity = severities.getOrDefault(slug, fallback);
            if (v.toLowerCase(java.util.Locale.ROOT).startsWith(EXCLUDE)) {
                String reason = Text.tidy(v.substring(EXCLUDE.length()).replaceFirst("^\\s*:", ""));
                entries.put(slug, new Entry(Optional.empty(), severity, reason.isEmpty() ? "excluded by the setting "
                        + prefix + "." + slug : reason));
                return;
            }
            try {
                entries.put(slug, new Entry(Optional.of(CategoryId.of(v)), severity, ""));
            } catch (ValidationException e) {
                s.problem(prefix + "." + slug, "must be a category id such as property-damage.graffiti, or exclude,"
                        + " or exclude: <reason>", value);
            }
        });
        return new MappingTable(Collections.unmodifiableMap(entries));
    }

    /**
     * Finds the entry of a kind.
     *
     * @param kind a name or code, compared by its slug
     * @return the entry, or empty when the table does not know the kind
     */
    public Optional<Entry> find(String kind) {
        return Optional.ofNullable(entries.get(Text.slug(kind)));
    }
}
