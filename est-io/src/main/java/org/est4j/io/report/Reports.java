package org.est4j.io.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.est4j.io.internal.HtmlReport;
import org.est4j.io.internal.PdfReport;

/**
 * Renders situation reports: a {@link ReportView} as one self-contained HTML page or as an A4 PDF. The same as the
 * export formats {@code html} and {@code pdf}, for callers who hold a view and want no plugin lookup.
 *
 * <pre>{@code
 * Files.write(Path.of("lagesrapport-2026-11.pdf"), Reports.pdf(view));
 * }</pre>
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class Reports {
    private Reports() {}

    /**
     * Renders a report as HTML.
     *
     * @param view the report
     * @return the page, UTF-8
     */
    public static byte[] html(ReportView view) {
        return HtmlReport.render(Objects.requireNonNull(view, "view")).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Renders a report as HTML and writes it.
     *
     * @param view the report
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void writeHtml(ReportView view, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out").write(html(view));
        out.flush();
    }

    /**
     * Renders a report as PDF.
     *
     * @param view the report
     * @return the PDF
     */
    public static byte[] pdf(ReportView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            writePdf(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Renders a report as PDF and writes it.
     *
     * @param view the report
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void writePdf(ReportView view, OutputStream out) throws IOException {
        PdfReport.write(Objects.requireNonNull(view, "view"), Objects.requireNonNull(out, "out"));
    }
}
