package org.est4j.examples.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;

/** Export formats registered in code for the report tests, standing in for html, pdf, csv and geojson. */
final class TestFormats {
    private TestFormats() {}

    /** Returns the global plugins plus the test formats. */
    static EstPlugins plugins() {
        return EstPlugins.builder()
                .register(ExportFormatProvider.class, new Lines(true))
                .register(ExportFormatProvider.class, new Lines(false))
                .register(ExportFormatProvider.class, new AreasOnly())
                .build();
    }

    /**
     * Format {@code lines} (or {@code plain}, which takes no {@code language}): one line per area of a feedback
     * report, and the settings it was given on the first line.
     */
    static final class Lines implements ExportFormatProvider {
        private final boolean takesLanguage;

        Lines(boolean takesLanguage) {
            this.takesLanguage = takesLanguage;
        }

        @Override
        public String id() {
            return takesLanguage ? "lines" : "plain";
        }

        @Override
        public String description() {
            return "One line per area of a feedback report, for tests";
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=UTF-8";
        }

        @Override
        public String fileExtension() {
            return takesLanguage ? "lines" : "plain";
        }

        @Override
        public Set<Class<?>> documentTypes() {
            return Set.of(FeedbackReport.class);
        }

        @Override
        public Writer create(PluginConfig config) {
            Problems problems = Problems.of(id() + " settings");
            config.asMap().keySet().forEach(k -> problems.require(k.equals("language") && takesLanguage
                    || k.equals("title"), k, "is not a setting of " + id(), config.asMap().get(k)));
            problems.throwIfAny();
            return (document, out) -> write(config, (FeedbackReport) document, out);
        }

        private static void write(PluginConfig config, FeedbackReport report, OutputStream out)
                throws java.io.IOException {
            StringBuilder text = new StringBuilder(config.toString()).append('\n');
            report.areas().forEach(a -> text.append(a).append(' ')
                    .append(report.counts().display(Heading.of(a.id()), Heading.total())).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Format {@code areas-only}: writes hierarchies only, so est report has nothing to give it. */
    static final class AreasOnly implements ExportFormatProvider {
        @Override
        public String id() {
            return "areas-only";
        }

        @Override
        public String description() {
            return "Hierarchies only, for tests";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public Set<Class<?>> documentTypes() {
            return Set.of(AreaHierarchy.class);
        }

        @Override
        public Writer create(PluginConfig config) {
            return (document, out) -> {
                throw new IllegalStateException("est report never gives this format a document");
            };
        }
    }
}
