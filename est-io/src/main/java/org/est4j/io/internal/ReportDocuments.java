package org.est4j.io.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.report.ReportSource;
import org.est4j.io.report.ReportView;

/**
 * What the report formats {@code html} and {@code pdf} share: their setting ({@code language}) and turning a
 * document they write into a {@link ReportView}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class ReportDocuments {
    /** The document types both formats write, in a fixed order. */
    static final Set<Class<?>> TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(ReportView.class,
            ReportSource.class)));

    private final String format;
    private final Optional<String> language;

    private ReportDocuments(String format, Optional<String> language) {
        this.format = format;
        this.language = language;
    }

    /** Reads the settings of a format. */
    static ReportDocuments of(String format, PluginConfig config) {
        Settings settings = new Settings(format + " report settings", config).allow(List.of("language"), List.of());
        String language = settings.choice("language", "sv", "sv", "en");
        settings.check();
        return new ReportDocuments(format, config.string("language").map(l -> language));
    }

    /** Returns the view of a document: a view as it is, a source composed in the configured language. */
    ReportView view(Object document) {
        if (document instanceof ReportView) {
            ReportView view = (ReportView) document;
            if (language.isPresent() && !language.get().equals(view.language())) {
                Problems.of(format + " report").add("language", "is " + language.get() + " but the ReportView is in "
                        + view.language() + "; compose the view in " + language.get() + " with ReportView.of(source, "
                        + "Locale.forLanguageTag(\"" + language.get() + "\")), or leave the setting out", language.get())
                        .throwIfAny();
            }
            return view;
        }
        if (document instanceof ReportSource) {
            return ReportView.of((ReportSource) document, Locale.forLanguageTag(language.orElse("sv")));
        }
        Problems.of(format + " report").add("document", "must be a " + ReportView.class.getName() + " or a "
                + ReportSource.class.getName() + "; the " + format + " format writes nothing else",
                document == null ? null : document.getClass().getName()).throwIfAny();
        throw new AssertionError();
    }

    /** Returns the language setting, such as {@code [language en]}, for the writer's name. */
    @Override
    public String toString() {
        return language.map(l -> "[language " + l + "]").orElse("[language of the document, Swedish by default]");
    }
}
