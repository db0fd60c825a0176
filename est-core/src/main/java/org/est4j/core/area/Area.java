package org.est4j.core.area;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.est4j.core.Problems;
import org.immutables.value.Value;

/**
 * An area of any level — a county, a municipality, a locality or district, a neighbourhood, a place, a DeSO —
 * with its name, its {@link AreaLevel level}, the area it lies in and the codes other registers know it by.
 *
 * <pre>{@code
 * Area norrtalje = Area.builder()
 *     .id(AreaId.of("0188")).name("Norrtälje").level(AreaLevel.MUNICIPALITY)
 *     .parent(AreaId.of("01"))
 *     .putExternalCodes(Area.KOMMUNKOD, "0188")
 *     .point(GeoPoint.of(59.7580, 18.7049))
 *     .build();
 * Area rimbo = Area.of(AreaId.of("0188-rimbo"), "Rimbo", AreaLevel.LOCALITY, AreaId.of("0188"));
 * }</pre>
 *
 * <p>An area names its parent by id only; whether that parent exists, and whether the parents form a tree, is
 * checked when areas are put together in an {@link AreaHierarchy}. External codes are kept sorted by key. The
 * codes of the well-known keys are checked for their form: {@link #KOMMUNKOD} four digits, {@link #LANSKOD}
 * two digits, {@link #DESO} four digits, A, B or C, and four digits ({@code 0180C1090}).
 *
 * <p>{@code Area.builder().from(area).name("new").build()} is the copy idiom.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Area {
    /** The external-code key of a municipality code (<i>kommunkod</i>), four digits such as {@code 0188}. */
    public static final String KOMMUNKOD = "kommunkod";
    /** The external-code key of a county code (<i>länskod</i>), two digits such as {@code 01}. */
    public static final String LANSKOD = "lanskod";
    /** The external-code key of SCB's DeSO code, such as {@code 0180C1090}. */
    public static final String DESO = "deso";
    /** The external-code key of SCB's RegSO code. */
    public static final String REGSO = "regso";

    private static final Map<String, Pattern> CODE_FORMS = Map.of(
            KOMMUNKOD, Pattern.compile("\\d{4}"),
            LANSKOD, Pattern.compile("\\d{2}"),
            DESO, Pattern.compile("\\d{4}[ABC]\\d{4}"));
    private static final Map<String, String> CODE_RULES = Map.of(
            KOMMUNKOD, "must be four digits, such as 0188",
            LANSKOD, "must be two digits, such as 01",
            DESO, "must be four digits, A, B or C, and four digits, such as 0180C1090");

    Area() {}

    /**
     * Returns the area's identifier, unique within its hierarchy.
     *
     * @return the id
     */
    public abstract AreaId id();

    /**
     * Returns the name people use, such as {@code Norrtälje} or {@code Stora torget}.
     *
     * @return never blank
     */
    public abstract String name();

    /**
     * Returns the level of the area.
     *
     * @return such as {@link AreaLevel#MUNICIPALITY}
     */
    public abstract AreaLevel level();

    /**
     * Returns the id of the area this one lies in, if it is not a root of its hierarchy.
     *
     * @return the parent's id, never the area's own id
     */
    public abstract Optional<AreaId> parent();

    /**
     * Returns the codes other registers know the area by, such as {@link #KOMMUNKOD} → {@code 0188}.
     *
     * @return an unmodifiable map sorted by key, empty by default
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> externalCodes();

    /**
     * Returns a representative point of the area, such as its centre, if known.
     *
     * @return the point
     */
    public abstract Optional<GeoPoint> point();

    /**
     * Returns one external code.
     *
     * @param key the key, such as {@link #KOMMUNKOD}
     * @return the code, or empty when the area has none under that key
     */
    public Optional<String> externalCode(String key) {
        return Optional.ofNullable(externalCodes().get(requireNonNull(key, "key")));
    }

    /**
     * Tells whether the area is a root: it names no parent.
     *
     * @return true when {@link #parent()} is empty
     */
    public boolean isRoot() {
        return parent().isEmpty();
    }

    /**
     * Starts building an area.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a root area, one without a parent.
     *
     * @param id the id
     * @param name the name, not blank
     * @param level the level
     * @return the area
     * @throws org.est4j.core.ValidationException when the name is blank
     */
    public static Area of(AreaId id, String name, AreaLevel level) {
        return builder().id(requireNonNull(id, "id")).name(requireNonNull(name, "name"))
                .level(requireNonNull(level, "level")).build();
    }

    /**
     * Returns an area that lies in another.
     *
     * @param id the id
     * @param name the name, not blank
     * @param level the level
     * @param parent the id of the area it lies in, not its own id
     * @return the area
     * @throws org.est4j.core.ValidationException when the name is blank or the parent is the area itself
     */
    public static Area of(AreaId id, String name, AreaLevel level, AreaId parent) {
        return builder().id(requireNonNull(id, "id")).name(requireNonNull(name, "name"))
                .level(requireNonNull(level, "level")).parent(requireNonNull(parent, "parent")).build();
    }

    /** Builds an {@link Area}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableArea.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("Area")
                .requirePresent(id(), "id")
                .requirePresent(name(), "name")
                .require(name() == null || !name().isBlank(), "name", "must not be blank", name() == null ? null : "'" + name() + "'")
                .requirePresent(level(), "level")
                .require(id() == null || !parent().equals(Optional.of(id())), "parent",
                        "must not be the area itself; leave it empty for a root", parent().orElse(null));
        externalCodes().forEach((key, code) -> {
            String path = "externalCodes[" + key + "]";
            problems.require(!key.isBlank(), path, "key must not be blank", "'" + key + "'");
            problems.require(!code.isBlank(), path, "must not be blank", "'" + code + "'");
            Pattern form = CODE_FORMS.get(key);
            if (form != null && !code.isBlank()) {
                problems.require(form.matcher(code).matches(), path, CODE_RULES.get(key), code);
            }
        });
        problems.throwIfAny();
    }

    /**
     * Returns a short form for JShell and messages: {@code Area[0188 Norrtälje (kommun) ⊂ 01]}, where
     * {@code ⊂ 01} names the parent and is left out for a root.
     */
    @Override
    public String toString() {
        return "Area[" + id() + " " + name() + " (" + level() + ")" + parent().map(p -> " ⊂ " + p).orElse("") + "]";
    }
}
