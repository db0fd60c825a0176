package org.est4j.example.outline;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;

/**
 * Provides {@code outline}: an area hierarchy written as an indented text outline, the way a coordinator sketches
 * the municipality in a text file — two spaces per level, each line a name and its level in brackets:
 *
 * <pre>
 * # Sjövikens kommun
 * Sjövikens kommun [kommun]
 *   Sjöviken [tätort]
 *     Centrum [område]
 *       Stora torget [plats]
 * </pre>
 *
 * An area's id is its parent's id, a slash and its name in lower-case ASCII ({@code sjovikens-kommun/sjoviken});
 * a level is written as people write it and read without accents ({@code tätort} is the level {@code tatort}).
 * Blank lines and lines starting with {@code #} are skipped. Every broken line is reported at once, with its number.
 * No settings. An example of a custom area hierarchy provider.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class OutlineAreasProvider implements AreaHierarchyProvider {
    /** The provider's id. */
    public static final String ID = "outline";

    private static final Pattern LINE = Pattern.compile("( *)(\\S.*?)\\s*\\[([\\p{L}-]+)\\]\\s*");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public OutlineAreasProvider() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Area hierarchy from an indented text outline, two spaces per level (example plugin)";
    }

    @Override
    public boolean readsSource() {
        return true;
    }

    /**
     * Reads the outline.
     *
     * @param source the outline, UTF-8
     * @param config must be empty
     * @return the hierarchy
     * @throws org.est4j.core.ValidationException listing every broken line, or a setting given
     * @throws UncheckedIOException when the source cannot be read
     */
    @Override
    public AreaHierarchy load(Source source, PluginConfig config) {
        requireNonNull(source, "source");
        Problems problems = Problems.of("outline " + source.name());
        requireNonNull(config, "config").asMap().forEach((key, value) -> problems.add(key,
                "is not a setting: the outline provider has none", value));
        List<Area> areas = new ArrayList<>();
        List<AreaId> path = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    problems.add("line " + number, "must be a name and its level in brackets, such as "
                            + "'  Centrum [område]'", line);
                    continue;
                }
                int depth = m.group(1).length() / 2;
                if (m.group(1).length() % 2 != 0 || depth > path.size()) {
                    problems.add("line " + number, "must be indented two spaces deeper than its parent at most", line);
                    continue;
                }
                path.subList(depth, path.size()).clear();
                String slug = slug(m.group(2));
                AreaId id = AreaId.of(depth == 0 ? slug : path.get(depth - 1).value() + "/" + slug);
                AreaLevel level = AreaLevel.of(ascii(m.group(3)));
                areas.add(depth == 0 ? Area.of(id, m.group(2), level) : Area.of(id, m.group(2), level,
                        path.get(depth - 1)));
                path.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outline " + source.name(), e);
        }
        problems.throwIfAny();
        return AreaHierarchy.of(areas);
    }

    /** A name in lower-case ASCII letters and digits, runs of anything else as one dash. */
    private static String slug(String name) {
        return ascii(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** A word in lower case without its accents: {@code tätort} is the level {@code tatort}. */
    private static String ascii(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "AreaHierarchyProvider[outline] (example plugin)";
    }
}
