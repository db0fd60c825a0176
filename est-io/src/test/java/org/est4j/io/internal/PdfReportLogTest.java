package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.est4j.core.disclosure.Audience;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.junit.jupiter.api.Test;

class PdfReportLogTest {

    @Test
    void openhtmltopdfLogsThroughSlf4jAndPrintsNothingOfItsOwn() throws IOException {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            PdfReport.write(ReportSamples.view(ReportSamples.report(Audience.PUBLIC, Locale.ENGLISH)), new ByteArrayOutputStream());
        } finally {
            System.setErr(before);
        }
        assertThat(XRLog.getLoggerImpl()).isInstanceOf(OpenHtmlToPdfLog.class);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("com.openhtmltopdf");
    }
}
