package org.est4j.io.internal;

import java.util.Locale;
import java.util.Map;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;

/**
 * The Swedish and English words importers accept for severities, sources and visibilities. Each method throws
 * {@link IllegalArgumentException} with the accepted words when the text is none of them.
 */
public final class Words {
    private static final Map<String, Source> SOURCES = Map.ofEntries(
            Map.entry("rapportör", Source.REPORTER), Map.entry("rapportor", Source.REPORTER),
            Map.entry("reporter", Source.REPORTER),
            Map.entry("allmänheten", Source.CITIZEN), Map.entry("allmänhet", Source.CITIZEN),
            Map.entry("allmanheten", Source.CITIZEN), Map.entry("medborgare", Source.CITIZEN),
            Map.entry("invånare", Source.CITIZEN), Map.entry("citizen", Source.CITIZEN),
            Map.entry("polisen", Source.POLICE), Map.entry("polis", Source.POLICE), Map.entry("police", Source.POLICE),
            Map.entry("trygghetsvandring", Source.SAFETY_WALK), Map.entry("safety walk", Source.SAFETY_WALK),
            Map.entry("safety-walk", Source.SAFETY_WALK), Map.entry("safety_walk", Source.SAFETY_WALK),
            Map.entry("övrigt", Source.OTHER), Map.entry("ovrigt", Source.OTHER), Map.entry("annan", Source.OTHER),
            Map.entry("other", Source.OTHER));

    private static final Map<String, Visibility> VISIBILITIES = Map.ofEntries(
            Map.entry("grupp", Visibility.GROUP), Map.entry("gruppen", Visibility.GROUP),
            Map.entry("intern", Visibility.GROUP), Map.entry("group", Visibility.GROUP),
            Map.entry("partner", Visibility.PARTNERS), Map.entry("partners", Visibility.PARTNERS),
            Map.entry("samverkanspartner", Visibility.PARTNERS), Map.entry("samverkansparter", Visibility.PARTNERS),
            Map.entry("offentlig", Visibility.PUBLIC), Map.entry("publik", Visibility.PUBLIC),
            Map.entry("allmän", Visibility.PUBLIC), Map.entry("public", Visibility.PUBLIC));

    private Words() {}

    /**
     * Reads a severity: a rank 1 to 5, or a Swedish or English label (Ringa … Allvarlig, Minor … Serious).
     *
     * @param text the text
     * @return the severity
     */
    public static Severity severity(String text) {
        String t = Text.key(text);
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '5') {
            return Severity.of(t.charAt(0) - '0');
        }
        for (Severity s : Severity.values()) {
            if (t.equals(s.label(Locale.forLanguageTag("sv")).toLowerCase(Locale.ROOT))
                    || t.equals(s.label(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || t.equals(s.name().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(Text.tidy(text), 40)
                + "' is not a severity: write 1 to 5, or Ringa, Begränsad, Måttlig, Betydande, Allvarlig");
    }

    /**
     * Reads a source.
     *
     * @param text such as {@code rapportör}, {@code allmänheten}, {@code polisen}, {@code REPORTER}
     * @return the source
     */
    public static Source source(String text) {
        String t = Text.key(text);
        Source s = SOURCES.get(t);
        if (s != null) {
            return s;
        }
        for (Source v : Source.values()) {
            if (v.name().equalsIgnoreCase(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(Text.tidy(text), 40)
                + "' is not a source: write rapportör, allmänheten, polisen, trygghetsvandring or övrigt");
    }

    /**
     * Reads a visibility.
     *
     * @param text such as {@code grupp}, {@code partner}, {@code offentlig}, {@code PUBLIC}
     * @return the visibility
     */
    public static Visibility visibility(String text) {
        String t = Text.key(text);
        Visibility v = VISIBILITIES.get(t);
        if (v != null) {
            return v;
        }
        for (Visibility w : Visibility.values()) {
            if (w.name().equalsIgnoreCase(t)) {
                return w;
            }
        }
        throw new IllegalArgumentException("'" + Text.abbreviate(Text.tidy(text), 40)
                + "' is not a visibility: write grupp, partner or offentlig");
    }
}
