package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.disclosure.SuppressedTable.Cell;
import org.est4j.core.disclosure.SuppressedTable.Reason;
import org.est4j.core.testing.TableAttacker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The choice of complements on hierarchical tables ({@link CountTable#suppress(int)} through {@link Suppressor}):
 * the totals at the top are the last resort, and the grand total is shown whenever some safe pattern shows it.
 */
class SuppressorTest {

    private static final String[] CATEGORIES = {"disorder", "drugs", "gathering", "littering", "damage"};

    /**
     * A reduced copy of the demo municipality's shape (municipality, localities, neighbourhoods, places) with
     * counts of one month: most places hold a small count somewhere, as the demo's do. Each line is a place (or
     * "key (own)" for what was counted at a neighbourhood itself) and its counts by category.
     */
    static CountTable<String, String> municipality() {
        String[] lines = {
            "bruksvik/centrum/bruksparken   0 0 3 1 8",
            "bruksvik/centrum/busshallen    3 0 0 1 1",
            "bruksvik/centrum/torget        4 1 3 1 6",
            "bruksvik/centrum (own)         0 0 0 0 2",
            "bruksvik/hamnen/badplatsen     1 0 4 0 0",
            "bruksvik/hamnen/hamnplan       0 0 0 1 4",
            "ekby/bjorkangen/gangvagen      1 0 0 0 2",
            "ekby/bjorkangen/trapphusen     2 1 3 2 4",
            "ekby/centrum/busstationen      1 0 6 1 0",
            "ekby/centrum/kyrkparken        1 0 1 1 0",
            "ekby/centrum/macken            0 1 5 0 0",
            "sjoviken/centrum/resecentrum   5 2 22 3 1",
            "sjoviken/centrum/torget        4 1 12 5 3",
            "sjoviken/centrum (own)         4 2 0 0 3",
            "sjoviken/hamnen/gasthamnen     3 0 2 5 2",
            "sjoviken/hamnen/vikbadet       0 0 4 2 1",
            "sjoviken/norr/skolgarden       2 0 5 0 5",
            "sjoviken/norr/trapphusen       4 4 10 0 2",
        };
        CountTable.Builder<String, String> b = CountTable.builder();
        for (String line : lines) {
            String[] f = line.trim().split(" +");
            boolean own = f[1].equals("(own)");
            String key = f[0];
            String[] parts = key.split("/");
            b.row(parts[0], "kommun").row(parts[0] + "/" + parts[1], parts[0]);
            if (!own) {
                b.row(key, parts[0] + "/" + parts[1]);
            }
            for (int k = 0; k < CATEGORIES.length; k++) {
                b.add(key, CATEGORIES[k], Long.parseLong(f[k + (own ? 2 : 1)]));
            }
        }
        return b.build();
    }

    static Stream<Arguments> hierarchicalTables() {
        return Stream.of(
                Arguments.of("the demo's shape", municipality(), 3,
                        List.of("kommun", "bruksvik", "ekby", "sjoviken")),
                Arguments.of("the demo's shape, minimum 5", municipality(), 5,
                        List.of("kommun", "bruksvik", "ekby", "sjoviken")),
                Arguments.of("one root, two children, a small count in each",
                        CountTable.<String, String>builder().row("a", "root").row("b", "root")
                                .add("a", "x", 1).add("a", "y", 9).add("a", "z", 4)
                                .add("b", "x", 7).add("b", "y", 2).add("b", "z", 8).build(),
                        3, List.of("root", "a", "b")),
                Arguments.of("a chain of only children above the places",
                        CountTable.<String, String>builder().row("kommun/ort", "kommun")
                                .row("kommun/ort/del", "kommun/ort").row("p1", "kommun/ort/del")
                                .row("p2", "kommun/ort/del").row("p3", "kommun/ort/del")
                                .add("p1", "x", 2).add("p1", "y", 6).add("p2", "x", 5).add("p2", "y", 1)
                                .add("p3", "x", 4).add("p3", "y", 4).build(),
                        3, List.of("kommun", "kommun/ort", "kommun/ort/del")),
                Arguments.of("categories in groups too",
                        CountTable.<String, String>builder().row("a", "root").row("b", "root")
                                .column("klotter", "skadegörelse").column("glas", "skadegörelse")
                                .add("a", "klotter", 2).add("a", "glas", 5).add("a", "buskörning", 6)
                                .add("b", "klotter", 6).add("b", "glas", 1).add("b", "buskörning", 3).build(),
                        3, List.of("root", "a", "b")),
                Arguments.of("two roots",
                        CountTable.<String, String>builder().row("n1", "norr").row("n2", "norr")
                                .row("s1", "syd").row("s2", "syd")
                                .add("n1", "x", 1).add("n1", "y", 8).add("n2", "x", 6).add("n2", "y", 5)
                                .add("s1", "x", 9).add("s1", "y", 2).add("s2", "x", 4).add("s2", "y", 7).build(),
                        3, List.of("norr", "syd")));
    }

    /**
     * The totals at the top stay shown: the grand total, the root's total and the totals of the root's children,
     * and the rest of the table stays safe.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hierarchicalTables")
    void theTotalsAtTheTopStayShown(String name, CountTable<String, String> counts, int minimum,
            List<String> shownRowTotals) {
        SuppressedTable<String, String> t = counts.suppress(minimum);

        assertThat(t.value(Heading.total(), Heading.total())).as("grand total\n%s", t).hasValue(counts.total());
        for (String row : shownRowTotals) {
            assertThat(t.value(Heading.of(row), Heading.total())).as("%s\n%s", row, t)
                    .hasValue(counts.rowTotal(row));
        }
        assertThat(t.suppressedCount(Reason.SMALL_COUNT)).isPositive();
        assertThat(TableAttacker.of(t).all()).as("%s", t).isEmpty();
    }

    /**
     * The demo's shape as published: besides the totals, the municipality's count in every category that is not
     * small is shown: complements are found in the localities, neighbourhoods and places, not in its row.
     */
    @Test
    void theMunicipalityRowIsShownAndComplementsLieDeeper() {
        CountTable<String, String> counts = municipality();
        SuppressedTable<String, String> t = counts.suppress(3);

        for (String c : CATEGORIES) {
            assertThat(t.value(Heading.of("kommun"), Heading.of(c))).as("kommun × %s\n%s", c, t)
                    .hasValue(counts.count("kommun", c));
            assertThat(t.value(Heading.total(), Heading.of(c))).hasValue(counts.columnTotal(c));
        }
        for (Cell<String, String> cell : t.suppressedCells()) {
            assertThat(cell.row()).as("%s", cell).isNotIn(Heading.of("kommun"), Heading.total());
        }
    }

    /**
     * Where every non-zero count below the grand total is 1 (five ones adding up to 5), the grand total gives
     * them all away: with it shown, each must be 1. So it is suppressed, though not small, and so is the root
     * it equals.
     */
    @Test
    void theGrandTotalIsSuppressedWhenItWouldPinTheOnesBelowIt() {
        CountTable<String, String> counts = CountTable.<String, String>builder()
                .row("a", "root").row("b", "root").row("a/1", "a").row("a/2", "a").row("b/1", "b")
                .add("a/1", "x", 1).add("a/2", "x", 1).add("a/2", "y", 1).add("b/1", "x", 1).add("b/1", "y", 1)
                .build();
        SuppressedTable<String, String> t = counts.suppress(3);

        assertThat(counts.total()).isEqualTo(5);
        assertThat(t.cell(Heading.total(), Heading.total()).reason()).contains(Reason.COMPLEMENTARY);
        assertThat(t.cell(Heading.of("root"), Heading.total()).reason()).contains(Reason.COMPLEMENTARY);
        assertThat(TableAttacker.of(t).all()).isEmpty();
    }

    /**
     * On random hierarchical tables: the attackers recover nothing, and the grand total is shown exactly when a
     * safe pattern can show it. That is when it is not small and is more than the number N of non-zero base cells
     * (those at a row and a column without children): with everything else suppressed the reader then knows only
     * that N cells of at least 1 add up to the total, and one of them is 2 or more, so every suppressed cell can
     * still move by one. When the total is N, every base cell must be 1 and any pattern that shows the total
     * gives them away.
     */
    @Test
    void theGrandTotalIsShownExactlyWhenSomePatternCanShowIt() {
        qt().withExamples(300).forAll(SuppressedTableTest.specs(3, 3, 2)).checkAssert(spec -> {
            CountTable<String, String> counts = spec.table(false);
            SuppressedTable<String, String> t = counts.suppress(spec.minimum());
            long nonZeroBaseCells = spec.counts().stream().filter(c -> (Long) c[2] > 0).count();
            boolean showable = counts.total() >= spec.minimum() && counts.total() > nonZeroBaseCells;

            assertThat(TableAttacker.of(t).all()).as("%s\n%s", counts, t).isEmpty();
            assertThat(t.cell(Heading.total(), Heading.total()).isSuppressed())
                    .as("N = %s\n%s\n%s", nonZeroBaseCells, counts, t).isEqualTo(counts.total() > 0 && !showable);
        });
    }

    /**
     * With the grand total shown, a single root is shown too (it equals the total), and so is every cell equal to
     * the grand total, whatever the rest of the table.
     */
    @Test
    void cellsEqualToAShownGrandTotalAreShown() {
        qt().withExamples(200).forAll(SuppressedTableTest.specs(1, 3, 2)).checkAssert(spec -> {
            CountTable<String, String> counts = spec.table(false);
            SuppressedTable<String, String> t = counts.suppress(spec.minimum());
            if (t.cell(Heading.total(), Heading.total()).isSuppressed()) {
                return;
            }
            for (Heading<String> row : t.rows()) {
                for (Heading<String> column : t.columns()) {
                    if (counts.count(row, column) == counts.total()) {
                        assertThat(t.value(row, column)).as("%s × %s\n%s", row, column, t)
                                .hasValue(counts.total());
                    }
                }
            }
        });
    }
}
