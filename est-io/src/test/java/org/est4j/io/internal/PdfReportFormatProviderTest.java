package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.est4j.io.report.Reports;
import org.junit.jupiter.api.Test;

class PdfReportFormatProviderTest extends EstPluginContract<PdfReportFormatProvider> {

    @Override
    protected Class<ExportFormatProvider> kind() {
        return ExportFormatProvider.class;
    }

    @Override
    protected PdfReportFormatProvider provider() {
        return new PdfReportFormatProvider();
    }

    static byte[] write(ExportFormatProvider format, PluginConfig config, Object document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.create(config).write(document, out);
        return out.toByteArray();
    }

    @Test
    void declaresItsOutputAndDocuments() {
        assertThat(provider().mediaType()).isEqualTo("application/pdf");
        assertThat(provider().fileExtension()).isEqualTo("pdf");
        assertThat(provider().documentTypes()).containsExactly(FeedbackReport.class, ReportView.class);
        assertThat(EstPlugins.global().get(ExportFormatProvider.class, "pdf")).isInstanceOf(PdfReportFormatProvider.class);
    }

    @Test
    void writesTheSameBytesAsReportsForAViewAndAFeedbackReportInItsOwnLanguage() throws IOException {
        ReportView view = ReportSamples.view();
        assertThat(write(provider(), PluginConfig.empty(), view)).isEqualTo(Reports.pdf(view));
        byte[] english = write(provider(), PluginConfig.empty(), ReportSamples.report(Audience.GROUP,
                Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Situation report", "Norrhöjden");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void refusesOtherDocumentsAndUnknownSettings() {
        assertThatThrownBy(() -> write(provider(), PluginConfig.empty(), "a string"))
                .isInstanceOf(ValidationException.class).hasMessageContaining(ReportView.class.getName());
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("size", "A3"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("size");
    }
}
