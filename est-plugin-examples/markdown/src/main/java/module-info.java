/**
 * An example plugin: the export format {@code markdown}, a feedback report as Markdown for an intranet page or a
 * chat channel, found by est4j on the module path (by the {@code provides} below) and on the class path (by
 * {@code META-INF/services}).
 */
module org.est4j.example.markdown {
    requires org.est4j.core;

    provides org.est4j.core.spi.ExportFormatProvider with org.est4j.example.markdown.MarkdownFormatProvider;
}
