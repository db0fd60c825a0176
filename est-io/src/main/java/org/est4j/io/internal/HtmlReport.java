package org.est4j.io.internal;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.est4j.io.report.ReportView;

/**
 * Renders a {@link ReportView} as one self-contained HTML page from the Pebble template
 * {@code org/est4j/io/report/report.html.peb}. The engine escapes every value for HTML (its default); the template
 * never marks a value safe, and the one place user text meets CSS (the page header of printed pages) escapes it for
 * CSS instead. The page is well-formed XHTML as well as HTML5, so that the PDF renderer can parse it as XML.
 *
 * <p>Implementation requirements: immutable and thread-safe; the engine and the compiled template are shared.
 */
public final class HtmlReport {
    private static final String TEMPLATE = "/org/est4j/io/report/report.html.peb";
    private static final PebbleTemplate COMPILED = compile();

    private HtmlReport() {}

    private static PebbleTemplate compile() {
        PebbleEngine engine = new PebbleEngine.Builder()
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(false)
                .defaultLocale(Locale.ROOT)
                .build();
        return engine.getLiteralTemplate(read(TEMPLATE));
    }

    private static String read(String resource) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report template " + resource + " is missing from est-io's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a report.
     *
     * @param view the report
     * @return the page, UTF-8
     */
    public static String render(ReportView view) {
        Objects.requireNonNull(view, "view");
        StringWriter out = new StringWriter(64 * 1024);
        try {
            COMPILED.evaluate(out, ReportModel.of(view), view.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
