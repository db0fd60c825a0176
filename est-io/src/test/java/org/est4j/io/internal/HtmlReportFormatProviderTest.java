package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.est4j.core.ValidationException;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportSource;
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
        assertThat(provider().documentTypes()).containsExactlyInAnyOrder(ReportView.class, ReportSource.class);
        assertThat(EstPlugins.global().get(ExportFormatProvider.class, "html")).isInstanceOf(HtmlReportFormatProvider.class);
    }

    @Test
    void writesAViewAsItIsAndASourceInSwedishUnlessToldOtherwise() throws IOException {
        ReportView view = ReportView.of(ReportSamples.source(), Locale.ENGLISH);
        assertThat(write(provider(), PluginConfig.empty(), view)).isEqualTo(new String(
                org.est4j.io.report.Reports.html(view), StandardCharsets.UTF_8));
        assertThat(write(provider(), PluginConfig.empty(), ReportSamples.source())).contains("lang=\"sv\"", "Lägesrapport");
        assertThat(write(provider(), PluginConfig.of(Map.of("language", "en")), ReportSamples.source()))
                .contains("lang=\"en\"", "Situation report");
    }

    @Test
    void refusesAViewInAnotherLanguageThanTheOneSet() {
        ReportView swedish = ReportView.of(ReportSamples.source(), Locale.forLanguageTag("sv"));
        assertThatThrownBy(() -> write(provider(), PluginConfig.of(Map.of("language", "en")), swedish))
                .isInstanceOf(ValidationException.class).hasMessageContaining("language")
                .hasMessageContaining("ReportView.of(source");
    }

    @Test
    void refusesOtherDocumentsNamingTheTypesItWrites() {
        assertThatThrownBy(() -> write(provider(), PluginConfig.empty(), ReportSamples.pictures()))
                .isInstanceOf(ValidationException.class).hasMessageContaining(ReportView.class.getName())
                .hasMessageContaining(ReportSource.class.getName()).hasMessageContaining("PictureSet");
    }

    @Test
    void refusesUnknownSettingsAndLanguages() {
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("langage", "en"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("langage");
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("language", "fi"))))
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
        provider().create(PluginConfig.empty()).write(ReportSamples.source(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }
}
