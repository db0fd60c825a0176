package org.est4j.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Export format {@code html}: the situation report as one self-contained HTML page (inline CSS and SVG, no scripts,
 * A4 print styles); documented in {@link org.est4j.io.report}. Writes a {@link org.est4j.core.feedback.FeedbackReport} (in
 * its own language, disclosed for its audience) or a {@link org.est4j.io.report.ReportView}; no settings.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class HtmlReportFormatProvider implements ExportFormatProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public HtmlReportFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "Situation report as one self-contained HTML page (inline CSS and SVG, no scripts), printable on A4;"
                + " Swedish or English";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public Set<Class<?>> documentTypes() {
        return ReportDocuments.TYPES;
    }

    @Override
    public Writer create(PluginConfig config) {
        ReportDocuments documents = ReportDocuments.of("html", config);
        return NamedWriter.of("html writer", (document, out) -> {
            out.write(HtmlReport.render(documents.view(document)).getBytes(StandardCharsets.UTF_8));
            out.flush();
        });
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[html]";
    }
}
