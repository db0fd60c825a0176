package org.est4j.io.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.report.ReportView;

/**
 * What the report formats {@code html} and {@code pdf} share: the documents they write — a {@link FeedbackReport},
 * laid out by {@link ReportView#of(FeedbackReport)}, or a {@link ReportView} as it is — and their settings: none, so
 * that a report is always in the language and for the audience it was made for.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class ReportDocuments {
    /** The document types both formats write, in a fixed order. */
    static final Set<Class<?>> TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(FeedbackReport.class,
            ReportView.class)));

    private final String format;

    private ReportDocuments(String format) {
        this.format = format;
    }

    /**
     * Reads the settings of a format.
     *
     * @throws org.est4j.core.ValidationException when a setting is given: the formats have none
     */
    static ReportDocuments of(String format, PluginConfig config) {
        new Settings(format + " report settings", config).allow(List.of(), List.of()).check();
        return new ReportDocuments(format);
    }

    /** Returns the view of a document: a feedback report laid out, a view as it is. */
    ReportView view(Object document) {
        if (document instanceof FeedbackReport) {
            return ReportView.of((FeedbackReport) document);
        }
        if (document instanceof ReportView) {
            return (ReportView) document;
        }
        Problems.of(format + " report").add("document", "must be a " + FeedbackReport.class.getName() + " or a "
                + ReportView.class.getName() + "; the " + format + " format writes nothing else",
                document == null ? null : document.getClass().getName()).throwIfAny();
        throw new AssertionError();
    }

    /** Returns the format's name, for the writer's name. */
    @Override
    public String toString() {
        return format;
    }
}
