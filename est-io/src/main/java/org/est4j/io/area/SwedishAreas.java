package org.est4j.io.area;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.io.internal.SwedishAreaData;

/**
 * Sweden's counties, municipalities, RegSO and DeSO areas, from data shipped with est-io (SCB codes; sources and
 * licences in {@code org/est4j/io/internal/NOTICE.md} inside the jar).
 *
 * <table>
 *   <caption>The built-in hierarchies</caption>
 *   <tr><th>level</th><th>count</th><th>id</th><th>name</th><th>external codes</th></tr>
 *   <tr><td>{@code land}</td><td>1</td><td>{@code SE}</td><td>Sverige</td><td></td></tr>
 *   <tr><td>{@code lan}</td><td>21</td><td>länskod, {@code 01}</td><td>Stockholms län</td>
 *       <td>{@code lanskod}</td></tr>
 *   <tr><td>{@code kommun}</td><td>290</td><td>kommunkod, {@code 0188}</td><td>Norrtälje (short name)</td>
 *       <td>{@code kommunkod}</td></tr>
 *   <tr><td>{@code regso}</td><td>3,363</td><td>{@link #regsoId(String, String) kommunkod-slug},
 *       {@code 0180-rinkeby}</td><td>as SCB writes it, white space tidied</td><td></td></tr>
 *   <tr><td>{@code deso}</td><td>5,984</td><td>DeSO code, {@code 0180C1090}</td><td>the code</td>
 *       <td>{@code deso}</td></tr>
 * </table>
 *
 * <p>{@link #municipalities()} has the first three levels (312 areas), {@link #deso()} all five (9,659 areas). RegSO
 * and DeSO are those of SCB's linkage table of 2 July 2021. SCB's table names RegSO areas but gives no RegSO codes,
 * so RegSO ids are derived from the municipality and the name; they are stable for that table. Some names there
 * have a trailing or a doubled space ({@code Tuna }, {@code Kortedala  södra}), and two are written both with and
 * without one in the same municipality ({@code Örebro öster}, {@code Piteå centrum}): taken as written the table has
 * 3,365 RegSO names per municipality; tidied, it has SCB's count of 3,363, which is what est-io loads. (Across the
 * country there are only 3,342 distinct names: {@code Tuna}, {@code Årsta} and others occur in several
 * municipalities, which is why the municipality is part of the id.)
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; each hierarchy is loaded once, on first
 * use, and is immutable.
 */
public final class SwedishAreas {
    /** The id of the root, Sweden: {@code SE}. */
    public static final AreaId SWEDEN = SwedishAreaData.SWEDEN;
    /** The level of the root: {@code land}, country. */
    public static final AreaLevel COUNTRY = SwedishAreaData.COUNTRY;

    private SwedishAreas() {}

    /**
     * Returns Sweden, its 21 counties and 290 municipalities: ids are SCB's codes ({@code 01}, {@code 0188}).
     *
     * @return the hierarchy, the same instance on every call
     */
    public static AreaHierarchy municipalities() {
        return SwedishAreaData.municipalities();
    }

    /**
     * Returns Sweden, its counties and municipalities, and below each municipality its RegSO areas and below each
     * of those its DeSO areas. Use {@link AreaHierarchy#subtree(AreaId)} for one municipality.
     *
     * @return the hierarchy, the same instance on every call
     */
    public static AreaHierarchy deso() {
        return SwedishAreaData.deso();
    }

    /**
     * Returns the id of a RegSO area: the municipality's code, a dash, and the name in lower-case ASCII with every
     * run of other characters made one dash ({@code Kortedala  södra} in 1480 gives {@code 1480-kortedala-sodra}).
     *
     * @param kommunkod the municipality's four-digit code
     * @param regsoName the RegSO's name
     * @return the id
     */
    public static AreaId regsoId(String kommunkod, String regsoName) {
        return SwedishAreaData.regsoId(requireNonNull(kommunkod, "kommunkod"), requireNonNull(regsoName, "regsoName"));
    }

    /**
     * Finds a county or municipality by its Swedish name: a municipality's short or full name ({@code Upplands
     * Väsby}, {@code Upplands Väsby kommun}) or a county's name ({@code Skåne län}), ignoring case and extra white
     * space (but not å, ä and ö: Håbo and Habo are two municipalities).
     *
     * @param name the name
     * @return the area's id in {@link #municipalities()} (its code), or empty when no county or municipality has
     *     that name
     */
    public static Optional<AreaId> find(String name) {
        return SwedishAreaData.codeOfName(requireNonNull(name, "name")).map(AreaId::of);
    }
}
