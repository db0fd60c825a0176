package org.est4j.io.internal;

import java.util.Set;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;

/**
 * Export format {@code pdf}: the situation report as an A4 PDF with embedded fonts and deterministic bytes;
 * documented in {@link org.est4j.io.report}. Writes a {@link org.est4j.core.feedback.FeedbackReport} (in
 * its own language, disclosed for its audience) or a {@link org.est4j.io.report.ReportView}; no settings.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class PdfReportFormatProvider implements ExportFormatProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public PdfReportFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String description() {
        return "Situation report (lägesrapport) as an A4 PDF with embedded fonts and deterministic bytes; Swedish or"
                + " English";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public Set<Class<?>> documentTypes() {
        return ReportDocuments.TYPES;
    }

    @Override
    public Writer create(PluginConfig config) {
        ReportDocuments documents = ReportDocuments.of("pdf", config);
        return NamedWriter.of("pdf writer",
                (document, out) -> PdfReport.write(documents.view(document), out));
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[pdf]";
    }
}
