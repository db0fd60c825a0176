package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.junit.jupiter.api.Test;

class HtmlReportFormatProviderTest extends EstPluginContract<HtmlReportFormatProvider> {

    @Override
    protected Class<ExportFormatProvider> kind() {
        return ExportFormatProvider.class;
    }

    @Override
    protected HtmlReportFormatProvider provider() {
        return new HtmlReportFormatProvider();
    }

    static String write(ExportFormatProvider format, PluginConfig config, Object document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.create(config).write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void declaresItsOutputAndDocuments() {
        assertThat(provider().mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(provider().fileExtension()).isEqualTo("html");
        assertThat(provider().documentTypes()).containsExactly(FeedbackReport.class, ReportView.class);
        assertThat(EstPlugins.global().get(ExportFormatProvider.class, "html")).isInstanceOf(HtmlReportFormatProvider.class);
    }

    @Test
    void writesAViewAsItIsAndAFeedbackReportInItsOwnLanguage() throws IOException {
        ReportView view = ReportSamples.view();
        assertThat(write(provider(), PluginConfig.empty(), view)).isEqualTo(new String(
                org.est4j.io.report.Reports.html(view), StandardCharsets.UTF_8));
        assertThat(write(provider(), PluginConfig.empty(), ReportSamples.report())).contains("lang=\"sv\"", "Lägesrapport")
                .isEqualTo(new String(org.est4j.io.report.Reports.html(ReportView.of(ReportSamples.report())),
                        StandardCharsets.UTF_8));
        assertThat(write(provider(), PluginConfig.empty(), ReportSamples.report(Audience.PUBLIC, Locale.ENGLISH)))
                .contains("lang=\"en\"", "Situation report");
    }

    @Test
    void refusesOtherDocumentsNamingTheTypesItWrites() {
        assertThatThrownBy(() -> write(provider(), PluginConfig.empty(), ReportSamples.observations(t -> t)))
                .isInstanceOf(ValidationException.class).hasMessageContaining(ReportView.class.getName())
                .hasMessageContaining(FeedbackReport.class.getName()).hasMessageContaining("List");
    }

    @Test
    void hasNoSettingsSoThatAReportKeepsItsLanguage() {
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("language", "en"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("language");
    }

    @Test
    void flushesButDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        provider().create(PluginConfig.empty()).write(ReportSamples.report(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }
}
