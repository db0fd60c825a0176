package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.est4j.core.disclosure.Audience;
import org.est4j.io.report.ReportSamples;
import org.est4j.io.report.ReportView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final Locale SV = Locale.forLanguageTag("sv");

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameViewGivesTheSameBytes() {
        ReportView view = ReportSamples.view();
        assertThat(HtmlReport.render(view)).isEqualTo(HtmlReport.render(ReportSamples.view()));
    }

    @Test
    void isOneSelfContainedPageWithoutScriptsOrOutsideResources() {
        String html = HtmlReport.render(ReportSamples.view());
        String withoutNamespaces = html.replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "")
                .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutNamespaces).doesNotContain("http");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"")
                .contains("<style>").contains("<svg ").contains("@page").contains("size: A4")
                .doesNotContain("<script", "<link", "<img", "@import", "url(", " src=");
    }

    @Test
    void isWellFormedXmlSoThatThePdfRendererCanReadIt() throws Exception {
        Document page = parse(HtmlReport.render(ReportSamples.view()));
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
        NodeList tables = page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table");
        assertThat(tables.getLength()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < tables.getLength(); i++) {
            org.w3c.dom.Element table = (org.w3c.dom.Element) tables.item(i);
            assertThat(table.getElementsByTagNameNS("*", "caption").getLength()).as("caption of table %d", i)
                    .isEqualTo(1);
            assertThat(table.getElementsByTagNameNS("*", "th").item(0).getAttributes().getNamedItem("scope"))
                    .as("scope of the first heading of table %d", i).isNotNull();
        }
    }

    @Test
    void showsEveryAreaWithItsLevelAsTextAndItsTrendAsAWord() {
        String html = HtmlReport.render(ReportSamples.view());
        assertThat(html).contains(">Sjövikens kommun<", ">Norrhöjden<", ">Björkängen<", ">Väster<", ">Ekbysjön<")
                .contains("<span class=\"code\">4</span> Allvarligt", "<span class=\"code\">1</span> Lugnt")
                .contains(">↑</span>ökar", ">↓</span>minskar", ">→</span>oförändrat");
        assertThat(HtmlReport.render(ReportSamples.view(ReportSamples.report(Audience.GROUP, Locale.ENGLISH))))
                .contains("lang=\"en\"", "Serious", ">↑</span>rising", "Situation report", "Coverage");
    }

    @Test
    void levelBadgesHaveTheirColourAndAContrastingTextColour() {
        String html = HtmlReport.render(ReportSamples.view());
        assertThat(html).contains("background-color: #FDD835; color: #000000;")
                .contains("background-color: #2E7D32; color: #FFFFFF;");
    }

    @Test
    void printsSwedishNumbersWithANoBreakSpaceBeforeThePercentSign() {
        String html = HtmlReport.render(ReportSamples.view());
        assertThat(html).contains("80\u00A0%").contains("2 dec. 2026 kl. 09.30");
    }

    @Test
    void escapesMarkupAndScriptInEveryFreeTextOfAComposedReport() throws Exception {
        assertEscaped(HtmlReport.render(ReportView.of(ReportSamples.hostileReport())), 18);
    }

    @Test
    void escapesMarkupAndScriptInEveryTextOfAViewBuiltByHand() throws Exception {
        assertEscaped(HtmlReport.render(ReportSamples.hostileView()), 2);
    }

    private static void assertEscaped(String html, int areaRows) throws Exception {
        assertThat(html).doesNotContain("<script", "</style><", "<b onmouseover", "data-pwned','yes')</script>",
                "]]>", "<!--");
        assertThat(html).contains("&lt;script&gt;", "&lt;b onmouseover=&quot;alert(1)&quot;&gt;", "&amp;amp;");
        // Layout intact: the page still parses, with one row per area and one style sheet.
        Document page = parse(html);
        assertThat(page.getElementsByTagNameNS("*", "style").getLength()).isEqualTo(1);
        assertThat(page.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(page.getElementsByTagNameNS("*", "b").getLength()).isZero();
        org.w3c.dom.Element areas = (org.w3c.dom.Element) page.getElementsByTagNameNS("*", "table").item(0);
        assertThat(areas.getElementsByTagNameNS("*", "tbody").item(0).getChildNodes().getLength()).isPositive();
        assertThat(((org.w3c.dom.Element) areas.getElementsByTagNameNS("*", "tbody").item(0))
                .getElementsByTagNameNS("*", "tr").getLength()).isEqualTo(areaRows);
        // The running page header is a CSS string: only letters, digits, spaces and escapes.
        Matcher header = Pattern.compile("@top-left \\{ content: \"([^\"]*)\";").matcher(html);
        assertThat(header.find()).isTrue();
        assertThat(header.group(1)).matches("[A-Za-z0-9 \\\\]*");
    }
}
