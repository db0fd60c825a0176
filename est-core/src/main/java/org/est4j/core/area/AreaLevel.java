package org.est4j.core.area;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.est4j.core.Problems;

/**
 * The level of an {@link Area} in its hierarchy, such as {@code kommun}, {@code tatort} or {@code plats}.
 *
 * <p>Levels are data, not an enum, because municipalities divide themselves differently: one has
 * kommun → tätort → område → plats, another kommun → stadsdel → plats, a third uses SCB's DeSO and RegSO.
 * The well-known levels are constants ({@link #MUNICIPALITY}, {@link #DESO}, …); {@link #of(String)} gives any
 * other. A level is only a code: its place in a hierarchy comes from the areas that carry it
 * ({@link AreaHierarchy#levels()}), not from the level itself.
 *
 * <p>A code is 1 to 64 letters, digits, {@code _} and {@code -}, starting with a letter. It is stored in lower
 * case (Unicode NFC), so {@code "Kommun"} and {@code "kommun"} are the same level. The well-known codes are
 * ASCII ({@code omrade}, {@code tatort}, {@code lan}) so that they travel unharmed through CSV and URLs.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class AreaLevel implements Comparable<AreaLevel>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The longest code accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern FORM = Pattern.compile("\\p{L}[\\p{L}\\p{N}_\\-]*");

    /** A county (<i>län</i>), such as Stockholms län: {@code lan}. */
    public static final AreaLevel COUNTY = new AreaLevel("lan");
    /** A municipality (<i>kommun</i>), such as Norrtälje kommun: {@code kommun}. */
    public static final AreaLevel MUNICIPALITY = new AreaLevel("kommun");
    /** A locality or town (<i>tätort</i>), such as Rimbo: {@code tatort}. */
    public static final AreaLevel LOCALITY = new AreaLevel("tatort");
    /** A district of a city (<i>stadsdel</i>), such as Vivalla: {@code stadsdel}. */
    public static final AreaLevel DISTRICT = new AreaLevel("stadsdel");
    /** A neighbourhood (<i>område</i>) within a locality or district: {@code omrade}. */
    public static final AreaLevel NEIGHBOURHOOD = new AreaLevel("omrade");
    /** A place (<i>plats</i>): a square, a park, a stairwell, a school yard: {@code plats}. */
    public static final AreaLevel PLACE = new AreaLevel("plats");
    /** SCB's demographic statistical area (DeSO, 5,984 areas in 2018), such as {@code 0180C1090}: {@code deso}. */
    public static final AreaLevel DESO = new AreaLevel("deso");
    /** SCB's regional statistical area (RegSO, 3,363 named areas): {@code regso}. */
    public static final AreaLevel REGSO = new AreaLevel("regso");

    private static final Map<String, AreaLevel> WELL_KNOWN = Map.of(
            COUNTY.code, COUNTY,
            MUNICIPALITY.code, MUNICIPALITY,
            LOCALITY.code, LOCALITY,
            DISTRICT.code, DISTRICT,
            NEIGHBOURHOOD.code, NEIGHBOURHOOD,
            PLACE.code, PLACE,
            DESO.code, DESO,
            REGSO.code, REGSO);

    /** Swedish and English labels of the well-known levels, by code. */
    private static final Map<String, String[]> LABELS = Map.of(
            "lan", new String[] {"län", "county"},
            "kommun", new String[] {"kommun", "municipality"},
            "tatort", new String[] {"tätort", "locality"},
            "stadsdel", new String[] {"stadsdel", "district"},
            "omrade", new String[] {"område", "neighbourhood"},
            "plats", new String[] {"plats", "place"},
            "deso", new String[] {"DeSO", "DeSO"},
            "regso", new String[] {"RegSO", "RegSO"});

    /** The lower-case code, the level's only state. */
    private final String code;

    private AreaLevel(String code) {
        this.code = code;
    }

    /**
     * Returns the level with a code: one of the well-known constants when the code is theirs, else a new level.
     *
     * @param code 1 to 64 letters, digits, {@code _} and {@code -}, starting with a letter; any case
     * @return the level, with the code in lower case
     * @throws org.est4j.core.ValidationException when the code is not of that form
     */
    public static AreaLevel of(String code) {
        requireNonNull(code, "code");
        String normal = Normalizer.normalize(code, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        AreaLevel known = WELL_KNOWN.get(normal);
        if (known != null) {
            return known;
        }
        Problems.of("area level")
                .require(normal.length() <= MAX_LENGTH, "code", "must be at most " + MAX_LENGTH + " characters",
                        normal.length() <= 40 ? normal : normal.substring(0, 40) + "…")
                .require(FORM.matcher(normal).matches(), "code",
                        "must be letters, digits, _ and - starting with a letter, such as 'kommun' or 'omrade'", code)
                .throwIfAny();
        return new AreaLevel(normal);
    }

    /**
     * Returns the code.
     *
     * @return the lower-case code, such as {@code kommun}
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether this is one of the well-known levels declared as constants of this class.
     *
     * @return true for {@code lan}, {@code kommun}, {@code tatort}, {@code stadsdel}, {@code omrade},
     *     {@code plats}, {@code deso} and {@code regso}
     */
    public boolean isWellKnown() {
        return WELL_KNOWN.containsKey(code);
    }

    /**
     * Returns a label for people: {@code tätort} in Swedish and {@code locality} in English for the well-known
     * levels (any language other than Swedish gets English); the code itself for every other level.
     *
     * @param locale the reader's locale
     * @return the label, never blank
     */
    public String displayName(Locale locale) {
        boolean sv = "sv".equals(requireNonNull(locale, "locale").getLanguage());
        String[] labels = LABELS.get(code);
        return labels == null ? code : labels[sv ? 0 : 1];
    }

    /**
     * Orders levels alphabetically by code, so that sorted maps of levels are deterministic. This is
     * <em>not</em> the order of levels in a hierarchy; {@link AreaHierarchy#levels()} gives that.
     *
     * @param other the level to compare with
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(AreaLevel other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AreaLevel && ((AreaLevel) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Returns the code, so that levels read naturally in JShell and in messages. */
    @Override
    public String toString() {
        return code;
    }

    /**
     * Keeps the well-known constants unique after deserialization.
     *
     * @return the constant with this code, or this level
     */
    private Object readResolve() {
        return WELL_KNOWN.getOrDefault(code, this);
    }
}
