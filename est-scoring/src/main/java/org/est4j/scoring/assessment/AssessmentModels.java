package org.est4j.scoring.assessment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SortedMap;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.AssessmentModelProvider.AssessmentModel;
import org.est4j.core.spi.PluginConfig;
import org.est4j.scoring.internal.ThresholdModel;
import org.est4j.scoring.internal.ThresholdRules;
import org.est4j.scoring.internal.TrendAwareModel;
import org.est4j.scoring.internal.WeightedIndexModel;

/**
 * The built-in assessment models of est4j, ready to use without the plugin registry. Each turns a
 * {@link org.est4j.core.picture.SituationPicture} into a suggested level on any
 * {@link org.est4j.core.assessment.Scale}, with the reasons in words; the group decides. The same models are served
 * by est-scoring's {@link AssessmentModelProvider}s under the same ids (with the labels of
 * {@link Taxonomy#standard()}).
 *
 * <pre>{@code
 * AssessmentModel model = AssessmentModels.threshold();
 * Assessment a = model.assess(picture, Scales.est5(), history);
 * a.suggested();   // 4 "Allvarligt"
 * a.reasons();     // [Skadegörelse: 12 iakttagelser (upp från 4 vecka 46 2026) når tröskel 3 av 4 (10):
 *                  //  4 Allvarligt, …, 9 av 15 rapportörer svarade (60 %), 1 hotspot: Torget (repeat-location)]
 * }</pre>
 *
 * <h2>What every model does</h2>
 * <ul>
 *   <li><b>Reasons in words</b>, Swedish by default (EST coordinators are Swedish), English with
 *       {@code language=en}: which category reached which threshold, how the level moved and why, how many
 *       reporters answered, how many observations were context, which hotspots were found.</li>
 *   <li><b>Silence is not calm.</b> When the picture's coverage is low the reasons say so ("only 8 of 15 reporters
 *       answered"), and the level is never below the level the same model gives the latest earlier picture in the
 *       history: a quiet period in which reporters did not answer keeps last period's level rather than looking
 *       calm. The trend-aware model also does not move down on a fall when coverage is low.</li>
 *   <li><b>Context never raises a level.</b> Context categories ({@code planned-event} by default, setting
 *       {@code context}, plus every context category of the taxonomy given) have no thresholds (configuring one is
 *       an error), the {@code total} threshold counts problem observations only, and the harm score
 *       leaves context out.</li>
 *   <li><b>History</b> is earlier pictures of the same area, each ending before the picture's period starts, each
 *       period once; any order (it is used oldest first). Anything else is a
 *       {@link org.est4j.core.ValidationException}.</li>
 *   <li><b>Levels on any scale.</b> A model that works on a ladder of {@code k} cut points ({@code k + 1} bands)
 *       maps step 0 (no cut point reached) to the lowest level, step {@code k} (every cut point reached) to the
 *       highest, and each step between to the level at the middle of its band on the scale of {@code n} levels:
 *       {@code rank = floor((2·step + 1)·n / (2·(k + 1))) + 1}. With {@code k = n − 1} cut points the mapping is one
 *       to one; the defaults have 4 cut points, one to one for {@code est-5}, and on the traffic light steps 0–1 are
 *       green, 2 yellow, 3–4 red.</li>
 *   <li><b>Settings</b> are checked when the model is made: an unknown key or a bad value is a
 *       {@link org.est4j.core.ValidationException} naming the key.</li>
 * </ul>
 *
 * <h2>{@value #THRESHOLD}</h2>
 * For each threshold key — a category id (top-level, counting its children too, or a child) or
 * {@code total} (every problem observation) — the thresholds are counts in ascending order; a key's
 * step is the number of thresholds its count reaches ({@code count ≥ threshold}), and the level is the highest level
 * any key's step gives; level 1 when no key reaches its first threshold. Thresholds are counts per {@code per-days}
 * days and are scaled to the period's length, rounding up ({@code ceil(t · days / per-days)}), so weekly thresholds
 * also serve months and quarters.
 *
 * <table>
 *   <caption>Settings of the threshold model (the weighted-index and trend-aware models read them too)</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code threshold.<key>}</td><td>see below</td><td>thresholds of a category or of
 *       {@code total}: positive whole numbers in ascending order, separated by commas, such as
 *       {@code threshold.property-damage=3,6,10,15}; give {@code n − 1} of them for an {@code n}-level scale to map
 *       one to one</td></tr>
 *   <tr><td>{@code use-defaults}</td><td>true</td><td>whether the default thresholds apply to the keys not given;
 *       false leaves only those given</td></tr>
 *   <tr><td>{@code per-days}</td><td>7</td><td>the thresholds are counts per this many days; 0 applies them to
 *       every period as they are</td></tr>
 *   <tr><td>{@code context}</td><td>planned-event</td><td>context categories, separated by commas (their children
 *       too)</td></tr>
 *   <tr><td>{@code language}</td><td>sv</td><td>{@code sv} or {@code en}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Default thresholds, per 7 days, for one area (a neighbourhood or a small town)</caption>
 *   <tr><th>key</th><th>thresholds</th><th>why</th></tr>
 *   <tr><td>{@code disorder-violence}, {@code staff-incident}</td><td>1, 2, 4, 6</td><td>one threat or fight is
 *       already more than ordinary; violence escalates fastest</td></tr>
 *   <tr><td>{@code drugs}</td><td>1, 3, 5, 8</td><td>open drug activity is a sign of a market</td></tr>
 *   <tr><td>{@code gathering}, {@code social-media-rumour}</td><td>2, 4, 7, 10</td><td>repeated gatherings and
 *       rumours drive insecurity</td></tr>
 *   <tr><td>{@code property-damage}, {@code traffic}, {@code unsafe-place}, {@code other}</td><td>3, 6, 10, 15</td>
 *       <td>the everyday reports of most EST rounds</td></tr>
 *   <tr><td>{@code littering}</td><td>5, 10, 15, 25</td><td>common, least harm</td></tr>
 *   <tr><td>{@code total}</td><td>5, 10, 20, 30</td><td>many small problems together</td></tr>
 * </table>
 * They are a documented starting point, not a measured norm: a group that grades differently sets its own (and
 * {@link #defaultThresholds()} lists them). A larger area (a whole municipality) needs higher ones.
 *
 * <h2>{@value #WEIGHTED_INDEX}</h2>
 * How unusual the period's harm is <em>for this area</em>. With {@code S} the picture's harm score, the history's
 * harm per day {@code h_i = harm_i / days_i} (so months of different lengths compare), {@code d} the period's days:
 * <pre>
 *   expected   m = mean(h) · d
 *   spread     s = sd(h) · d                              (sample standard deviation, N − 1)
 *   chance     c = sqrt(w · max(m, w))                    w = harm per problem observation, history and now
 *   z          = (S − m) / max(s, c)
 *   step       = number of z-cuts with z ≥ cut            (default cuts 1, 2, 3, 4)
 * </pre>
 * The floor {@code c} is the spread chance alone gives a weighted count of that size (a Poisson count of
 * {@code m / w} observations of weight {@code w} has standard deviation {@code sqrt(w·m)}; at least one
 * observation's worth), so that one graffiti report in an area whose history is all zeros is not an emergency. With
 * the default cuts, a usual period is level 1, one standard deviation above usual level 2, and three (the control
 * chart's limit) level 4 on {@code est-5}.
 *
 * <p>The index is relative: an area that is always troubled is "usual" at its usual level. Use it beside the
 * threshold model, not instead of it. With fewer than {@code min-history} earlier periods (default 8) it cannot be
 * calibrated: the reasons say so and the threshold model decides, with the same threshold settings.
 *
 * <table>
 *   <caption>Further settings of the weighted-index model</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code min-history}</td><td>8</td><td>earlier periods needed to calibrate, 2 to 1000</td></tr>
 *   <tr><td>{@code z-cuts}</td><td>1,2,3,4</td><td>cut points on the z-score, ascending, decimal points</td></tr>
 * </table>
 *
 * <h2>{@value #TREND_AWARE}</h2>
 * Starts from the threshold level and moves it one level up when the picture's trend is
 * {@link org.est4j.core.picture.Trend.Direction#RISING} and one level down when it is {@code FALLING}; never on
 * {@code STABLE} or {@code INSUFFICIENT_DATA}, never beyond the scale's ends, and not down when coverage is low.
 * Setting {@code comparison}: {@code previous-periods} (default), {@code same-period-last-year}, or {@code any}
 * (up when a trend rises and none falls, down when one falls and none rises). A rise whose current count includes
 * context observations (more than the picture's problem observations) counts only if it is still a significant rise
 * without them ({@code poisson-exact} at 5 %).
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; every model it returns is immutable,
 * thread-safe and pure.
 */
public final class AssessmentModels {

    /** The id of the threshold model, {@value}. */
    public static final String THRESHOLD = ThresholdModel.ID;

    /** The id of the harm-weighted index model, {@value}. */
    public static final String WEIGHTED_INDEX = WeightedIndexModel.ID;

    /** The id of the trend-aware model, {@value}. */
    public static final String TREND_AWARE = TrendAwareModel.ID;

    private AssessmentModels() {}

    /**
     * Returns the threshold model with the default thresholds, reasons in Swedish.
     *
     * @return the model
     */
    public static AssessmentModel threshold() {
        return threshold(PluginConfig.empty());
    }

    /**
     * Returns the threshold model with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel threshold(PluginConfig config) {
        return threshold(config, Taxonomy.standard());
    }

    /**
     * Returns the threshold model with settings and a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use and whose context categories are context
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel threshold(PluginConfig config, Taxonomy taxonomy) {
        return ThresholdModel.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the harm-weighted index model with its defaults, reasons in Swedish.
     *
     * @return the model
     */
    public static AssessmentModel weightedIndex() {
        return weightedIndex(PluginConfig.empty());
    }

    /**
     * Returns the harm-weighted index model with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel weightedIndex(PluginConfig config) {
        return weightedIndex(config, Taxonomy.standard());
    }

    /**
     * Returns the harm-weighted index model with settings and a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use and whose context categories are context
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel weightedIndex(PluginConfig config, Taxonomy taxonomy) {
        return WeightedIndexModel.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the trend-aware model with its defaults, reasons in Swedish.
     *
     * @return the model
     */
    public static AssessmentModel trendAware() {
        return trendAware(PluginConfig.empty());
    }

    /**
     * Returns the trend-aware model with settings, labels from {@link Taxonomy#standard()}.
     *
     * @param config the settings, as the class documents
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel trendAware(PluginConfig config) {
        return trendAware(config, Taxonomy.standard());
    }

    /**
     * Returns the trend-aware model with settings and a taxonomy.
     *
     * @param config the settings, as the class documents
     * @param taxonomy the taxonomy whose labels the reasons use and whose context categories are context
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static AssessmentModel trendAware(PluginConfig config, Taxonomy taxonomy) {
        return TrendAwareModel.of(requireNonNull(config, "config"), requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * Returns the default thresholds, per 7 days.
     *
     * @return thresholds by key (a top-level category id, or {@code total}), sorted by key, each ascending
     */
    public static SortedMap<String, List<Long>> defaultThresholds() {
        return ThresholdRules.defaultThresholds();
    }

    /**
     * Returns the model a registry serves under an id, made with settings: the built-ins and any a host provides,
     * so that code which names its model in configuration needs no change for a host's own model.
     *
     * @param plugins the registry, such as {@link EstPlugins#global()}
     * @param id the model's id, such as {@value #THRESHOLD}
     * @param config the model's settings
     * @return the model
     * @throws org.est4j.core.plugin.UnknownPluginException when no provider has the id
     */
    public static AssessmentModel plugin(EstPlugins plugins, String id, PluginConfig config) {
        return requireNonNull(plugins, "plugins").get(AssessmentModelProvider.class, requireNonNull(id, "id"))
                .create(requireNonNull(config, "config"));
    }
}
