package org.est4j.core.measure;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.est4j.core.Problems;

/**
 * The kind of a {@link Measure}: lighting, graffiti removal, cleaning, cutting vegetation, guards, police presence,
 * field workers, night walkers, dialogue, cameras … The well-known kinds are constants with Swedish and English
 * labels; a host adds its own with {@link #of(String, String, String)}, or with {@link #of(String)} when it has no
 * labels (the code then serves as both).
 *
 * <p>A type is its code and its two labels; two types are equal when all three are. The built-in codes are
 * reserved for the constants: {@code MeasureType.of("lighting")} returns {@link #LIGHTING}, and a built-in code
 * cannot be given other labels. Codes are case-sensitive; the built-in ones are lower case with hyphens.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class MeasureType implements Comparable<MeasureType>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/\\-]{0,127}");
    private static final String CODE_RULE =
            "must be 1 to 128 letters, digits and . _ : / - starting with a letter or digit";

    private static final Comparator<MeasureType> ORDER = Comparator.comparing(MeasureType::code)
            .thenComparing(MeasureType::labelSv).thenComparing(MeasureType::labelEn);

    /** Better or more lighting (<i>belysning</i>). */
    public static final MeasureType LIGHTING = new MeasureType("lighting", "Belysning", "Lighting");
    /** Removing graffiti (<i>klottersanering</i>). */
    public static final MeasureType GRAFFITI_REMOVAL =
            new MeasureType("graffiti-removal", "Klottersanering", "Graffiti removal");
    /** Cleaning and removing litter (<i>städning</i>). */
    public static final MeasureType CLEANING = new MeasureType("cleaning", "Städning", "Cleaning");
    /** Cutting bushes and trees for sightlines (<i>röjning av växtlighet</i>). */
    public static final MeasureType VEGETATION =
            new MeasureType("vegetation", "Röjning av växtlighet", "Vegetation clearance");
    /** Security guards or public-order guards (<i>väktare, ordningsvakter</i>). */
    public static final MeasureType GUARDS = new MeasureType("guards", "Väktare och ordningsvakter", "Guards");
    /** More police presence (<i>polisnärvaro</i>). */
    public static final MeasureType POLICE_PRESENCE =
            new MeasureType("police-presence", "Polisnärvaro", "Police presence");
    /** Municipal field workers (<i>fältarbetare</i>). */
    public static final MeasureType FIELD_WORKERS = new MeasureType("field-workers", "Fältarbetare", "Field workers");
    /** Volunteer night walkers (<i>nattvandrare</i>). */
    public static final MeasureType NIGHT_WALKERS = new MeasureType("night-walkers", "Nattvandrare", "Night walkers");
    /** Dialogue with residents, young people, shop owners (<i>dialog</i>). */
    public static final MeasureType DIALOGUE = new MeasureType("dialogue", "Dialog", "Dialogue");
    /** Camera surveillance (<i>kamerabevakning</i>). */
    public static final MeasureType CAMERAS = new MeasureType("cameras", "Kamerabevakning", "Camera surveillance");
    /** Anything else (<i>övrigt</i>); prefer a type of one's own when a kind recurs. */
    public static final MeasureType OTHER = new MeasureType("other", "Övrigt", "Other");

    private static final List<MeasureType> BUILT_INS = List.of(LIGHTING, GRAFFITI_REMOVAL, CLEANING, VEGETATION,
            GUARDS, POLICE_PRESENCE, FIELD_WORKERS, NIGHT_WALKERS, DIALOGUE, CAMERAS, OTHER);

    private final String code;
    private final String labelSv;
    private final String labelEn;

    private MeasureType(String code, String labelSv, String labelEn) {
        this.code = code;
        this.labelSv = labelSv;
        this.labelEn = labelEn;
    }

    /**
     * Returns the type of a code: the built-in constant when the code is built in, else a type of the host's own
     * whose labels are the code.
     *
     * @param code letters, digits and {@code . _ : / -}, such as {@code "lighting"} or {@code "trygghetsvandring"}
     * @return the type
     * @throws org.est4j.core.ValidationException when the code is not of that form
     */
    public static MeasureType of(String code) {
        requireNonNull(code, "code");
        Problems.of("MeasureType").require(CODE.matcher(code).matches(), "code", CODE_RULE, "'" + code + "'")
                .throwIfAny();
        return builtIn(code).orElseGet(() -> new MeasureType(code, code, code));
    }

    /**
     * Returns a type of the host's own, with labels.
     *
     * @param code letters, digits and {@code . _ : / -}, not a built-in code (unless the labels are the built-in ones)
     * @param labelSv the Swedish label, not blank
     * @param labelEn the English label, not blank
     * @return the type; the built-in constant when code and labels are those of one
     * @throws org.est4j.core.ValidationException when the code is not of that form, is built in with other labels,
     *     or a label is blank
     */
    public static MeasureType of(String code, String labelSv, String labelEn) {
        requireNonNull(code, "code");
        requireNonNull(labelSv, "labelSv");
        requireNonNull(labelEn, "labelEn");
        MeasureType candidate = new MeasureType(code, labelSv, labelEn);
        Optional<MeasureType> builtIn = builtIn(code);
        if (builtIn.isPresent() && builtIn.get().equals(candidate)) {
            return builtIn.get();
        }
        Problems.of("MeasureType")
                .require(CODE.matcher(code).matches(), "code", CODE_RULE, "'" + code + "'")
                .require(builtIn.isEmpty(), "code", "is built in with other labels; use MeasureType.of(\"" + code
                        + "\") or a code of your own", "'" + code + "'")
                .require(!labelSv.isBlank(), "labelSv", "must not be blank", "'" + labelSv + "'")
                .require(!labelEn.isBlank(), "labelEn", "must not be blank", "'" + labelEn + "'")
                .throwIfAny();
        return candidate;
    }

    /**
     * Returns the built-in types, in the order they are declared.
     *
     * @return an unmodifiable list of the eleven constants, {@link #LIGHTING} to {@link #OTHER}
     */
    public static List<MeasureType> builtIns() {
        return BUILT_INS;
    }

    private static Optional<MeasureType> builtIn(String code) {
        return BUILT_INS.stream().filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * Returns the code.
     *
     * @return such as {@code "lighting"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the Swedish label.
     *
     * @return such as {@code "Belysning"}
     */
    public String labelSv() {
        return labelSv;
    }

    /**
     * Returns the English label.
     *
     * @return such as {@code "Lighting"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the label for a reader: Swedish for a Swedish locale, English for any other.
     *
     * @param locale the reader's locale
     * @return {@link #labelSv()} or {@link #labelEn()}
     */
    public String label(Locale locale) {
        return "sv".equals(requireNonNull(locale, "locale").getLanguage()) ? labelSv : labelEn;
    }

    /**
     * Tells whether this is one of the built-in constants.
     *
     * @return true for {@link #LIGHTING} … {@link #OTHER}
     */
    public boolean isBuiltIn() {
        return BUILT_INS.contains(this);
    }

    /**
     * Orders by code, then by the Swedish and the English label, so that sorted output is deterministic.
     *
     * @param other the type to compare with
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(MeasureType other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MeasureType)) {
            return false;
        }
        MeasureType that = (MeasureType) other;
        return code.equals(that.code) && labelSv.equals(that.labelSv) && labelEn.equals(that.labelEn);
    }

    @Override
    public int hashCode() {
        return (code.hashCode() * 31 + labelSv.hashCode()) * 31 + labelEn.hashCode();
    }

    /** Returns the code, such as {@code lighting}. */
    @Override
    public String toString() {
        return code;
    }
}
