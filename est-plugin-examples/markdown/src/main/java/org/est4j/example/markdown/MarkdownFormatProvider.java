package org.est4j.example.markdown;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.est4j.core.EstException;
import org.est4j.core.Problems;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Provides the export format {@code markdown}: a {@link FeedbackReport} as a Markdown page (see
 * {@link MarkdownReport} for what it holds). An example of a custom export format: the report has been disclosed for
 * its audience already, so a format only lays out what it is given. It has no settings.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class MarkdownFormatProvider implements ExportFormatProvider {
    /** The format's id. */
    public static final String ID = "markdown";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public MarkdownFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Feedback report as a Markdown page for an intranet or a chat channel (example plugin)";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public Set<Class<?>> documentTypes() {
        return Set.of(FeedbackReport.class);
    }

    /**
     * Creates the writer.
     *
     * @param config must be empty: the format has no settings
     * @return the writer
     * @throws org.est4j.core.ValidationException when a setting is given
     */
    @Override
    public Writer create(PluginConfig config) {
        Problems problems = Problems.of("markdown format settings");
        requireNonNull(config, "config").asMap().forEach((key, value) -> problems.add(key,
                "is not a setting: the markdown format has none, and writes in the report's language", value));
        problems.throwIfAny();
        return (document, out) -> write(document, out);
    }

    private static void write(Object document, OutputStream out) throws java.io.IOException {
        if (!(document instanceof FeedbackReport)) {
            throw new EstException("The markdown format writes a " + FeedbackReport.class.getName() + ", not "
                    + (document == null ? "null" : document.getClass().getName()));
        }
        out.write(MarkdownReport.of((FeedbackReport) document).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[markdown] (example plugin)";
    }
}
