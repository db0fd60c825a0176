package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportTest {
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = render(ReportSamples.view());
    }

    static byte[] render(ReportView view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(view, out);
        return out.toByteArray();
    }

    @Test
    void theSameViewGivesTheSameBytes() throws IOException {
        assertThat(render(ReportSamples.view())).isEqualTo(pdf);
    }

    @Test
    void itsTextHasTheAreaNamesWithÅÄÖ() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Lägesrapport", "Sjövikens kommun", "Norrhöjden", "Björkängen", "Väster",
                    "Ekbysjön", "Bruksviks centrum", "Allvarligt", "Täckning", "Insatser och uppföljning",
                    "Förläng över jul och nyår, då resandet ökar", "Sida 1 av");
        }
    }

    @Test
    void isTaggedAndWritesPlainLettersWhereAFontWouldUseLigatures() throws IOException {
        StringBuilder raw = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        assertThat(raw.toString()).contains("Effektiv", "Trafik")
                .doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
    }

    @Test
    void embedsEveryFontAsASubset() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("[A-Z]{6}\\+(OpenSans|DejaVuSans).*"))
                .anyMatch(f -> f.contains("OpenSans-Bold"));
    }

    @Test
    void isA4WithTheViewsLanguageAndTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 6);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Lägesrapport – Sjövikens kommun – November 2026");
            assertThat(document.getDocumentInformation().getProducer()).startsWith("est4j");
        }
    }

    @Test
    void datesComeFromTheViewAndTheIdFromTheContent() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(ReportSamples.GENERATED);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(ReportSamples.GENERATED);
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.get(0)).getBytes()).hasSize(16);
        }
        byte[] other = render(ReportView.of(ReportSamples.report()));
        try (PDDocument document = Loader.loadPDF(other)) {
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentInformation().getModificationDate()).isNull();
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Sammanställd");
        }
    }

    @Test
    void showsMarkupInFreeTextAsTextAndStillLaysOutTheReport() throws IOException {
        byte[] hostile = render(ReportView.of(ReportSamples.hostileReport()));
        try (PDDocument document = Loader.loadPDF(hostile)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("<script>document.documentElement.setAttribute(")
                    .contains("<b onmouseover=\"alert(1)\">x</b> &amp;")
                    .contains("Läget per område", "Insatser och uppföljning", "Om rapporten");
        }
    }
}
