package org.est4j.example.markdown;

import java.util.Locale;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.feedback.AreaRow;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FocusArea;
import org.est4j.core.feedback.MeasureRow;

/**
 * Lays out a feedback report as Markdown: a heading with the title, the municipality and the period, a table of
 * the areas (indented by depth, with level, trend and count, {@code ..} where the count is suppressed), the focus
 * areas, the measures and the report's notes. Every text is escaped so that a name cannot add links, images or
 * markup to the page. Stateless and thread-safe.
 */
final class MarkdownReport {
    private MarkdownReport() {}

    /** Returns the Markdown page of a report, in the report's language. */
    static String of(FeedbackReport report) {
        Locale locale = report.locale();
        boolean sv = "sv".equals(locale.getLanguage());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(report.title())).append(" – ").append(escape(report.municipality()))
                .append("\n\n").append(escape(report.period().displayName(locale))).append(" · ")
                .append(escape(report.audience().label(locale))).append("\n\n");
        md.append(sv ? "| Område | Nivå | Trend | Antal |\n" : "| Area | Level | Trend | Count |\n")
                .append("|---|---|---|---:|\n");
        int top = report.areas().stream().mapToInt(AreaRow::depth).min().orElse(0);
        for (AreaRow area : report.areas()) {
            md.append("| ").append("\u00A0\u00A0".repeat(area.depth() - top)).append(escape(area.name()))
                    .append(" | ").append(area.level().map(l -> l.code() + " " + escape(l.label(locale))).orElse(""))
                    .append(" | ").append(area.trend().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(""))
                    .append(" | ").append(report.counts().display(Heading.of(area.id()), Heading.total()))
                    .append(" |\n");
        }
        if (!report.focusAreas().isEmpty()) {
            md.append("\n## ").append(sv ? "Fokusområden" : "Focus areas").append("\n\n");
            for (FocusArea f : report.focusAreas()) {
                md.append(f.rank()).append(". ").append(escape(f.name())).append('\n');
            }
        }
        if (!report.measures().isEmpty()) {
            md.append("\n## ").append(sv ? "Insatser" : "Measures").append("\n\n");
            for (MeasureRow m : report.measures()) {
                md.append("- **").append(escape(m.title())).append("** (").append(escape(m.leadActorName()))
                        .append(", ").append(m.start()).append(")\n");
            }
        }
        if (!report.notes().isEmpty()) {
            md.append('\n');
            report.notes().forEach(n -> md.append("> ").append(escape(n)).append('\n'));
        }
        return md.toString();
    }

    /** Escapes Markdown's punctuation and HTML's angle brackets, and folds line breaks into spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_{}[]()#+-.!|>~".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
