package org.est4j.scoring.hotspot;

import static java.util.Objects.requireNonNull;

import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.internal.ExcessRateDetector;
import org.est4j.scoring.internal.GiStarDetector;
import org.est4j.scoring.internal.RepeatLocationDetector;

/**
 * The built-in hotspot detectors of est4j, ready to use without the plugin registry. Each examines one
 * {@link org.est4j.core.picture.HotspotQuery} (an area, a window, its observations and its children's totals) and
 * returns time-bound {@link org.est4j.core.picture.Hotspot}s, hottest first, each with the method's id, its score
 * and its reasons in words (Swedish by default, English with {@code language=en}). The same detectors are served by
 * est-scoring's {@link HotspotDetectorProvider}s under the same ids.
 *
 * <pre>{@code
 * List<Hotspot> found = HotspotDetectors.repeatLocation().detect(query);
 * }</pre>
 *
 * <p>Common to all: a hotspot's window is the query's window (the designation holds for the window examined); its
 * observations are those behind it, in the query's order (occurrence, then id); the order of the list is by score,
 * then area, then place name, so it is the same on every run; every setting is checked when the detector is made,
 * and an unknown key is an error. Scores of different methods are on different scales and are not comparable.
 *
 * <h2>{@value #REPEAT_LOCATION}: repeat locations</h2>
 * Groups the observations by place and designates every place with at least {@code min-count} observations that are
 * at least {@code min-share} of all the observations examined. A place is, in this order:
 * <ol>
 *   <li>a <b>named place</b> within an area: the same place name (ignoring case and repeated spaces) on the same
 *       area;</li>
 *   <li>for an observation without a place name, a <b>point</b>: the same square of {@code point-cell-metres} on a
 *       grid laid from the south-west corner of the points (0 means exactly the same coordinates);</li>
 *   <li>for an observation with neither, its <b>area</b>, when that is a smallest sub-area (a leaf) other than the
 *       area examined.</li>
 * </ol>
 * Observations recorded on an area that has sub-areas, without a place name or point, name no place and are left
 * to {@value #EXCESS_RATE}. Score: the count. The hotspot's area is the observations' area (for a point, the lowest
 * area holding them all); its point is the mean of the observations' points (for a square, its centre).
 *
 * <table>
 *   <caption>Settings of {@value #REPEAT_LOCATION}</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code min-count}</td><td>3</td><td>the least number of observations at a place, 1 or more</td></tr>
 *   <tr><td>{@code min-share}</td><td>0.1</td><td>the least share of the area's observations, 0 to 1</td></tr>
 *   <tr><td>{@code point-cell-metres}</td><td>25</td><td>the side of the squares that group points; 0 for exact
 *       points</td></tr>
 * </table>
 *
 * <h2>{@value #EXCESS_RATE}: excess over the parent's rate</h2>
 * For the area's children with their totals {@code c_i} (each child's whole subtree) and
 * {@code T = Σ c_i}, a child's expected count is its share of {@code T}:
 * <pre>
 *   E_i = T · s_i        p_i = P(X ≥ c_i),  X ~ Poisson(E_i)        score = c_i / E_i
 * </pre>
 * Observations recorded on the area itself belong to no child and are not in {@code T}. A child is designated when
 * {@code c_i ≥ min-count}, {@code c_i > E_i} and its p-value, adjusted for testing every child together, is below
 * {@code alpha}. Shares {@code s_i}: {@code equal} ({@code 1/m} for {@code m} children, the default: without
 * populations, each sub-area is expected to have as much as the others), {@code leaves} (in proportion to the
 * number of smallest areas in the child's subtree, for hierarchies whose places are listed), or {@code weights} (in
 * proportion to {@code weight.<area-id>}, such as residents; children without a weight are left out, and an area
 * with fewer than two weighted children is not examined). Upper-tail probabilities come from Apache Commons
 * Statistics.
 *
 * <table>
 *   <caption>Settings of {@value #EXCESS_RATE}</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code alpha}</td><td>0.05</td><td>the significance level, strictly between 0 and 1</td></tr>
 *   <tr><td>{@code min-count}</td><td>3</td><td>the least count of a designated child</td></tr>
 *   <tr><td>{@code shares}</td><td>equal</td><td>{@code equal}, {@code leaves} or {@code weights}</td></tr>
 *   <tr><td>{@code weight.<area-id>}</td><td></td><td>a child's positive weight, with {@code shares=weights}</td></tr>
 *   <tr><td>{@code adjust}</td><td>fdr</td><td>{@code fdr} (Benjamini–Hochberg), {@code bonferroni} or
 *       {@code none}: EST areas are examined every week, so unadjusted tests would designate many by chance</td></tr>
 * </table>
 *
 * <h2>{@value #GI_STAR}: Getis–Ord Gi*</h2>
 * For the observations with coordinates (at least {@code min-points} of them): a grid of square cells of
 * {@code cell-metres} is laid over their bounding box (an equirectangular projection around their middle latitude,
 * origin at the south-west corner), every cell counted, empty ones included; a cell's neighbours are the cells whose
 * centres lie within {@code band-metres} of its own, itself included (the default band, 1.5 cells, gives the 3 × 3
 * block around it). With binary weights {@code w_ij}, the {@code n} cells' counts {@code x_j}, Getis and Ord's
 * (1995) statistic, a z-score, is
 * <pre>
 *   Gi* = (Σj wij xj − X̄ Σj wij) / (S · sqrt((n Σj wij² − (Σj wij)²) / (n − 1)))
 *   X̄ = Σ xj / n        S = sqrt(Σ xj² / n − X̄²)
 * </pre>
 * A cell with at least {@code min-count} observations of its own is designated when {@code Gi* ≥ z} (with
 * {@code adjust=none}, the default) or when its two-sided p-value, adjusted over all {@code n} cells, is at most the
 * two-sided level of {@code z} (0.05 for 1.96). Score: the z-score. The hotspot's point is the cell's centre, its
 * area the lowest area holding the cell's observations, its place name the commonest among them; its observations
 * are those of the cell and its neighbours (the sum the statistic tests). With no variation among the cells
 * (or fewer than two cells) there is nothing to find.
 *
 * <table>
 *   <caption>Settings of {@value #GI_STAR}</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code cell-metres}</td><td>100</td><td>the side of a cell</td></tr>
 *   <tr><td>{@code band-metres}</td><td>1.5 × cell</td><td>the neighbour distance between centres, from one to 50
 *       cells</td></tr>
 *   <tr><td>{@code z}</td><td>1.96</td><td>the z-score a hotspot reaches</td></tr>
 *   <tr><td>{@code min-count}</td><td>2</td><td>the least observations in the cell itself</td></tr>
 *   <tr><td>{@code min-points}</td><td>10</td><td>the least observations with coordinates to examine an area</td></tr>
 *   <tr><td>{@code adjust}</td><td>none</td><td>{@code none}, {@code fdr} or {@code bonferroni} over the
 *       cells</td></tr>
 *   <tr><td>{@code max-cells}</td><td>1000000</td><td>the largest grid; a larger one is an error that asks for
 *       larger cells</td></tr>
 * </table>
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; every detector it returns is immutable,
 * thread-safe and pure.
 */
public final class HotspotDetectors {

    /** The id of the repeat-location detector, {@value}. */
    public static final String REPEAT_LOCATION = RepeatLocationDetector.ID;

    /** The id of the excess-rate detector, {@value}. */
    public static final String EXCESS_RATE = ExcessRateDetector.ID;

    /** The id of the Getis–Ord Gi* detector, {@value}. */
    public static final String GI_STAR = GiStarDetector.ID;

    private HotspotDetectors() {}

    /**
     * Returns the repeat-location detector with its defaults, reasons in Swedish.
     *
     * @return the detector
     */
    public static HotspotDetector repeatLocation() {
        return repeatLocation(PluginConfig.empty());
    }

    /**
     * Returns the repeat-location detector with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector repeatLocation(PluginConfig config) {
        return repeatLocation(config, Taxonomy.standard());
    }

    /**
     * Returns the repeat-location detector with settings and the labels of a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector repeatLocation(PluginConfig config, Taxonomy taxonomy) {
        return RepeatLocationDetector.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the excess-rate detector with its defaults, reasons in Swedish.
     *
     * @return the detector
     */
    public static HotspotDetector excessRate() {
        return excessRate(PluginConfig.empty());
    }

    /**
     * Returns the excess-rate detector with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector excessRate(PluginConfig config) {
        return excessRate(config, Taxonomy.standard());
    }

    /**
     * Returns the excess-rate detector with settings and the labels of a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector excessRate(PluginConfig config, Taxonomy taxonomy) {
        return ExcessRateDetector.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the Getis–Ord Gi* detector with its defaults, reasons in Swedish.
     *
     * @return the detector
     */
    public static HotspotDetector giStar() {
        return giStar(PluginConfig.empty());
    }

    /**
     * Returns the Getis–Ord Gi* detector with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector giStar(PluginConfig config) {
        return giStar(config, Taxonomy.standard());
    }

    /**
     * Returns the Getis–Ord Gi* detector with settings and the labels of a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static HotspotDetector giStar(PluginConfig config, Taxonomy taxonomy) {
        return GiStarDetector.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the detector a registry serves under an id, made with settings: the built-ins and any a host provides.
     *
     * @param plugins the registry, such as {@link EstPlugins#global()}
     * @param id the detector's id, such as {@value #REPEAT_LOCATION}
     * @param config the detector's settings
     * @return the detector
     * @throws org.est4j.core.plugin.UnknownPluginException when no provider has the id
     */
    public static HotspotDetector plugin(EstPlugins plugins, String id, PluginConfig config) {
        return requireNonNull(plugins, "plugins").get(HotspotDetectorProvider.class, requireNonNull(id, "id"))
                .create(requireNonNull(config, "config"));
    }
}
