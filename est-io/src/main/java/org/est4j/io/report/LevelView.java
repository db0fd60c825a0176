package org.est4j.io.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.est4j.core.assessment.ScaleLevel;
import org.immutables.value.Value;

/**
 * A level of the scale as a report shows it: code, label, colour and meaning, in the report's language. The text
 * colour of a badge in the level's colour is {@link #textColour() derived} so that it contrasts enough.
 *
 * <p>Rules, all checked by the builder: code and label are not blank; the colour is {@code #RRGGBB}; a meaning is
 * not blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LevelView {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    LevelView() {}

    /**
     * Returns the code of the level, such as {@code "3"}.
     *
     * @return never blank
     */
    public abstract String code();

    /**
     * Returns the label, such as {@code "Oroligt"}.
     *
     * @return never blank
     */
    public abstract String label();

    /**
     * Returns the colour.
     *
     * @return {@code #RRGGBB}
     */
    public abstract String colour();

    /**
     * Returns what the level means, in one sentence.
     *
     * @return the meaning, or empty
     */
    public abstract Optional<String> meaning();

    /**
     * Returns the colour of text on the level's colour: black or white, whichever contrasts more. Either reaches a
     * contrast ratio of at least 4.58:1 against any colour, above the 4.5:1 WCAG AA asks of normal text.
     *
     * @return {@code #000000} or {@code #FFFFFF}
     */
    @Value.Derived
    public String textColour() {
        double l = luminance(colour());
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#FFFFFF";
    }

    /**
     * Returns the level of a scale in a language.
     *
     * @param level the level
     * @param locale the language: Swedish for {@code sv}, English otherwise
     * @return the view of the level
     */
    public static LevelView of(ScaleLevel level, Locale locale) {
        return builder().code(level.code()).label(level.label(locale)).colour(level.colour())
                .meaning(level.meaning(locale)).build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LevelView}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableLevelView.Builder {
        Builder() {}
    }

    /** WCAG relative luminance of {@code #RRGGBB}. */
    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("LevelView");
        Checks.text(p, code(), "code");
        Checks.text(p, label(), "label");
        p.require(colour() != null && COLOUR.matcher(colour()).matches(), "colour", "must be #RRGGBB", colour());
        meaning().ifPresent(m -> p.require(!m.isBlank(), "meaning", "must not be blank", m));
        p.throwIfAny();
    }

    /** Returns the code, label and colour, such as {@code LevelView[3 Oroligt #F9A825]}. */
    @Override
    public String toString() {
        return "LevelView[" + code() + " " + label() + " " + colour() + "]";
    }
}
