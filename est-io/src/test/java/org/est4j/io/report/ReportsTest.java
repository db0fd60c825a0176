package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.est4j.core.disclosure.Audience;
import org.junit.jupiter.api.Test;

class ReportsTest {
    static final Locale SV = Locale.forLanguageTag("sv");

    /** Where the samples are written, for people to look at (target/report-samples). */
    static Path samples() throws IOException {
        return Files.createDirectories(Path.of("target", "report-samples"));
    }

    @Test
    void writesTheSampleReportInBothFormats() throws IOException {
        ReportView view = ReportSamples.view();
        byte[] html = Reports.html(view);
        byte[] pdf = Reports.pdf(view);
        Files.write(samples().resolve("lagesrapport-sv.html"), html);
        Files.write(samples().resolve("lagesrapport-sv.pdf"), pdf);
        ReportView en = ReportSamples.view(ReportSamples.report(Audience.PUBLIC, Locale.ENGLISH));
        Files.write(samples().resolve("situation-report-en.html"), Reports.html(en));
        Files.write(samples().resolve("situation-report-en.pdf"), Reports.pdf(en));
        assertThat(new String(html, StandardCharsets.UTF_8)).contains("Norrhöjden");
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
}
