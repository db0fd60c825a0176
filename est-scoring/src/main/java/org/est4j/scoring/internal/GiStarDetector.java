package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.PluginConfig;

/**
 * The hotspot detector {@code gi-star}: the Getis–Ord Gi* statistic on a grid of cells over the observations with
 * coordinates, with distance-band neighbours. See
 * {@link org.est4j.scoring.hotspot.HotspotDetectors#giStar(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class GiStarDetector implements HotspotDetector {
    /** The id of the detector. */
    public static final String ID = "gi-star";
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private final double cell;
    private final double band;
    private final double zCritical;
    private final long minCount;
    private final long minPoints;
    private final String adjust;
    private final long maxCells;
    private final Words words;

    private GiStarDetector(double cell, double band, double zCritical, long minCount, long minPoints, String adjust,
            long maxCells, Words words) {
        this.cell = cell;
        this.band = band;
        this.zCritical = zCritical;
        this.minCount = minCount;
        this.minPoints = minPoints;
        this.adjust = adjust;
        this.maxCells = maxCells;
        this.words = words;
    }

    /**
     * Makes the detector from its settings.
     *
     * @param config {@code cell-metres}, {@code band-metres}, {@code z}, {@code min-count}, {@code min-points},
     *     {@code adjust}, {@code max-cells}, {@code language}
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static GiStarDetector of(PluginConfig config, Taxonomy taxonomy) {
        Settings.requireKnownKeys(config, ID, Set.of("cell-metres", "band-metres", "z", "min-count", "min-points",
                "adjust", "max-cells", Words.KEY), Set.of());
        double cell = Settings.positive(config, "cell-metres", 100);
        double band = config.decimal("band-metres", 1.5 * cell);
        double z = Settings.positive(config, "z", 1.96);
        long minCount = Settings.atLeast(config, "min-count", 2, 1);
        long minPoints = Settings.atLeast(config, "min-points", 10, 2);
        String adjust = Settings.choice(config, "adjust", "none", HotspotSupport.ADJUSTMENTS);
        long maxCells = Settings.atLeast(config, "max-cells", 1_000_000, 4);
        Problems.of(Settings.SUBJECT)
                .require(maxCells <= 100_000_000, "max-cells", "must be at most 100000000", maxCells)
                .require(band >= cell && band <= 50 * cell, "band-metres",
                        "must be from cell-metres (" + cell + ") to 50 times it, so that a cell has neighbours", band)
                .throwIfAny();
        return new GiStarDetector(cell, band, z, minCount, minPoints, adjust, maxCells,
                Words.of(config).withTaxonomy(taxonomy));
    }

    /** The neighbour offsets (columns, rows) of a cell within the band, the cell itself included. */
    static int[][] offsets(double cell, double band) {
        int r = (int) Math.floor(band / cell);
        List<int[]> found = new ArrayList<>();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (Math.hypot(dx, dy) * cell <= band * (1 + 1e-12)) {
                    found.add(new int[] {dx, dy});
                }
            }
        }
        return found.toArray(int[][]::new);
    }

    /**
     * Computes Gi* with binary weights (1 for a cell within the band, itself included; 0 otherwise) for every cell
     * of a grid, by Getis and Ord (1995):
     * <pre>
     *   Gi* = (Σj wij xj − X̄ Σj wij) / (S · sqrt((n Σj wij² − (Σj wij)²) / (n − 1)))
     *   X̄ = Σ xj / n,   S = sqrt(Σ xj² / n − X̄²)
     * </pre>
     *
     * @param counts the counts, row by row ({@code counts[row * columns + column]})
     * @param columns the number of columns
     * @param offsets the neighbour offsets
     * @return the z-scores, in the same order; all 0 when the counts do not vary
     */
    static double[] giStar(double[] counts, int columns, int[][] offsets) {
        int n = counts.length;
        int rows = n / columns;
        double sum = 0;
        double squares = 0;
        for (double x : counts) {
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        double[] z = new double[n];
        if (n < 2 || !(variance > 1e-12 * Math.max(1, mean * mean))) {
            return z;
        }
        double s = Math.sqrt(variance);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double local = 0;
                int w = 0;
                for (int[] d : offsets) {
                    int c = column + d[0];
                    int r = row + d[1];
                    if (c >= 0 && c < columns && r >= 0 && r < rows) {
                        local += counts[r * columns + c];
                        w++;
                    }
                }
                double spread = ((double) n * w - (double) w * w) / (n - 1);
                z[row * columns + column] = spread > 0 ? (local - mean * w) / (s * Math.sqrt(spread)) : 0;
            }
        }
        return z;
    }

    @Override
    public List<Hotspot> detect(HotspotQuery query) {
        requireNonNull(query, "query");
        List<Observation> located = query.observations().stream().filter(o -> o.point().isPresent())
                .collect(Collectors.toList());
        if (located.size() < minPoints) {
            return List.of();
        }
        LocalGrid grid = LocalGrid.over(located.stream().map(o -> o.point().get()).collect(Collectors.toList()), cell);
        Problems.of("gi-star grid of " + query.area())
                .require(grid.size() <= maxCells, "cell-metres", "gives a grid of " + grid.size() + " cells ("
                        + grid.columns() + " × " + grid.rows() + ") over the observations, more than max-cells ("
                        + maxCells + "): give a larger cell-metres or a larger max-cells", cell)
                .throwIfAny();
        int columns = grid.columns();
        int n = (int) grid.size();
        double[] counts = new double[n];
        Map<Integer, List<Observation>> byCell = new HashMap<>();
        for (Observation o : located) {
            int at = grid.row(o.point().get()) * columns + grid.column(o.point().get());
            counts[at]++;
            byCell.computeIfAbsent(at, k -> new ArrayList<>()).add(o);
        }
        int[][] offsets = offsets(cell, band);
        double[] z = giStar(counts, columns, offsets);
        double[] adjusted = null;
        double alpha = 2 * STANDARD.survivalProbability(zCritical);
        if (!adjust.equals("none")) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = Math.min(1, 2 * STANDARD.survivalProbability(Math.abs(z[i])));
            }
            adjusted = HotspotSupport.adjust(p, adjust);
        }
        double mean = located.size() / (double) n;
        AreaHierarchy hierarchy = query.hierarchy();
        List<Hotspot> hotspots = new ArrayList<>();
        for (Map.Entry<Integer, List<Observation>> e : new TreeMap<>(byCell).entrySet()) {
            int at = e.getKey();
            boolean hot = z[at] > 0 && e.getValue().size() >= minCount
                    && (adjusted == null ? z[at] >= zCritical : adjusted[at] <= alpha);
            if (hot) {
                hotspots.add(hotspot(query, hierarchy, grid, at, z[at], adjusted == null ? -1 : adjusted[at],
                        e.getValue(), neighbourhood(byCell, grid, at, offsets), mean, n));
            }
        }
        hotspots.sort(HotspotSupport.HOTTEST_FIRST);
        return List.copyOf(hotspots);
    }

    private static List<Observation> neighbourhood(Map<Integer, List<Observation>> byCell, LocalGrid grid, int at,
            int[][] offsets) {
        int columns = grid.columns();
        int column = at % columns;
        int row = at / columns;
        List<Integer> cells = new ArrayList<>();
        for (int[] d : offsets) {
            int c = column + d[0];
            int r = row + d[1];
            if (c >= 0 && c < columns && r >= 0 && r < grid.rows()) {
                cells.add(r * columns + c);
            }
        }
        return cells.stream().sorted().flatMap(c -> byCell.getOrDefault(c, List.of()).stream())
                .sorted(Observation.byOccurrence()).collect(Collectors.toList());
    }

    private Hotspot hotspot(HotspotQuery query, AreaHierarchy hierarchy, LocalGrid grid, int at, double z,
            double adjusted, List<Observation> own, List<Observation> around, double mean, int n) {
        int columns = grid.columns();
        GeoPoint centre = grid.centre(at % columns, at / columns);
        int cells = (int) java.util.Arrays.stream(offsets(cell, band)).filter(d -> {
            int c = at % columns + d[0];
            int r = at / columns + d[1];
            return c >= 0 && c < columns && r >= 0 && r < grid.rows();
        }).count();
        AreaId area = HotspotSupport.lowestCommonArea(hierarchy, own, query.area());
        String where = words.number(centre.latitude(), 5) + "; " + words.number(centre.longitude(), 5);
        String test = adjusted < 0 ? ""
                : "; " + words.p(Math.min(1, 2 * STANDARD.survivalProbability(z))) + ", "
                        + words.number(adjusted, 4) + words.t(" efter " + adjust + "-justering över " + n + " rutor",
                        " after " + adjust + " adjustment over " + n + " squares");
        Hotspot.Builder hotspot = Hotspot.builder().area(area).point(centre).window(query.window()).method(ID).score(z)
                .observations(around.stream().map(Observation::id).collect(Collectors.toList()))
                .addReasons(words.t("Getis–Ord Gi* z = " + words.number(z, 2) + " (minst " + words.number(zCritical, 2)
                                + ") för rutan på " + words.number(cell, 0) + " m kring " + where + " "
                                + words.window(query.window()) + ": " + words.observations(around.size()) + " inom "
                                + words.number(band, 0) + " m (rutan och dess " + (cells - 1) + " grannar) mot väntat "
                                + words.number(mean * cells, 1) + " vid snittet " + words.number(mean, 2)
                                + " per ruta över " + n + " rutor; " + own.size() + " i själva rutan",
                        "Getis–Ord Gi* z = " + words.number(z, 2) + " (at least " + words.number(zCritical, 2)
                                + ") for the " + words.number(cell, 0) + " m square around " + where + " "
                                + words.window(query.window()) + ": " + words.observations(around.size()) + " within "
                                + words.number(band, 0) + " m (the square and its " + (cells - 1)
                                + " neighbours) against " + words.number(mean * cells, 1) + " expected at the average of "
                                + words.number(mean, 2) + " per square over " + n + " squares; " + own.size()
                                + " in the square itself") + test,
                        HotspotSupport.commonestReason(around, words));
        commonestName(own).ifPresent(hotspot::placeName);
        return hotspot.build();
    }

    private static java.util.Optional<String> commonestName(List<Observation> observations) {
        Map<String, Long> names = new TreeMap<>();
        observations.forEach(o -> o.placeName().ifPresent(p -> names.merge(p.strip(), 1L, Long::sum)));
        return names.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed())).map(Map.Entry::getKey);
    }

    /** Returns {@code HotspotDetector gi-star (cell 100 m, band 150 m, z 1.96, …)}. */
    @Override
    public String toString() {
        return "HotspotDetector " + ID + " (cell " + cell + " m, band " + band + " m, z " + zCritical + ", min-count "
                + minCount + ", min-points " + minPoints + ", adjust " + adjust + ", max-cells " + maxCells + ")";
    }
}
