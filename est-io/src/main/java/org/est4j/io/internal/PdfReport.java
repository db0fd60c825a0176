package org.est4j.io.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.est4j.core.time.Period;
import org.est4j.io.report.ReportView;

/**
 * Renders a {@link ReportView} as PDF: the page of {@link HtmlReport} laid out by openhtmltopdf on PDFBox, with the
 * fonts of {@link ReportFonts} embedded as subsets and the charts drawn by {@link SvgShapes}. The PDF is tagged
 * (openhtmltopdf's PDF/UA mode: a structure tree of headings, tables and paragraphs, the language and the title
 * shown in the window), so that screen readers can read it; it has not been checked with a PDF/UA validator.
 *
 * <p>The bytes depend on the view alone: the document information holds the title, subject, author, producer and
 * language, and creation and modification dates only when the view is dated ({@link ReportView#generated()}); the
 * document id is the first 16 bytes of the SHA-256 of the page, where PDFBox would hash the clock; font subset
 * tags are PDFBox's hash of the glyphs used. Nothing is fetched: every external resource is refused.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class PdfReport {
    private static final SvgShapes SHAPES = new SvgShapes();

    static {
        OpenHtmlToPdfLog.install();
    }

    private PdfReport() {}

    /**
     * Renders a report and writes it.
     *
     * @param view the report
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void write(ReportView view, OutputStream out) throws IOException {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(out, "out");
        String html = HtmlReport.render(view);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        font(builder, ReportFonts.OPEN_SANS_REGULAR, ReportFonts.OPEN_SANS, 400);
        font(builder, ReportFonts.OPEN_SANS_SEMIBOLD, ReportFonts.OPEN_SANS, 600);
        font(builder, ReportFonts.OPEN_SANS_BOLD, ReportFonts.OPEN_SANS, 700);
        font(builder, ReportFonts.DEJAVU_SANS_REGULAR, ReportFonts.DEJAVU_SANS, 400);
        builder.useSVGDrawer(SHAPES);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("est4j");
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                describe(document, view, html);
                document.save(out);
            }
        }
        out.flush();
    }

    private static void font(PdfRendererBuilder builder, byte[] bytes, String family, int weight) {
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, FontStyle.NORMAL, true);
    }

    /** Replaces what openhtmltopdf and PDFBox take from the clock with what the view says. */
    private static void describe(PDDocument document, ReportView view, String html) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(view.title() + " – " + view.municipality() + " – " + view.periodLabel());
        info.setSubject(view.title() + ", " + view.periodLabel());
        info.setAuthor(view.source());
        info.setCreator("est4j");
        info.setProducer("est4j (openhtmltopdf, Apache PDFBox)");
        view.generated().ifPresent(g -> {
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone(Period.ZONE), Locale.ROOT);
            time.setTimeInMillis(g.toEpochMilli());
            info.setCreationDate(time);
            info.setModificationDate(time);
        });
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage(view.language());
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
