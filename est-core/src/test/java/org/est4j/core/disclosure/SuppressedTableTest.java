package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.disclosure.SuppressedTable.Cell;
import org.est4j.core.disclosure.SuppressedTable.Reason;
import org.est4j.core.testing.TableAttacker;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SuppressedTableTest {

    /** The 3×3 table of the examples: A×x = 1 and C×y = 2 are small for a minimum of 3. */
    static CountTable<String, String> threeByThree() {
        return CountTable.<String, String>builder()
                .add("A", "x", 1).add("A", "y", 5).add("A", "z", 7)
                .add("B", "x", 4).add("B", "y", 6).add("B", "z", 8)
                .add("C", "x", 9).add("C", "y", 2).add("C", "z", 10)
                .build();
    }

    @Test
    void smallCountsAndTheirComplementsAreSuppressedTheRestShown() {
        SuppressedTable<String, String> t = threeByThree().suppress(3);

        // A×x (1) alone in row A: its smallest partner A×y (5); column x: B×x (4); then rows B and C need one each.
        assertThat(t).hasToString(String.join("\n",
                "SuppressedTable 3×3, minimum count 3, 6 suppressed (2 small, 4 complementary)",
                "        x   y   z  Total",
                "A      ..  ..   7     13",
                "B      ..  ..   8     18",
                "C      ..  ..  10     21",
                "Total  14  13  25     52"));
        assertThat(t.cell("A", "x").reason()).contains(Reason.SMALL_COUNT);
        assertThat(t.cell("C", "y").reason()).contains(Reason.SMALL_COUNT);
        assertThat(t.cell("A", "y").reason()).contains(Reason.COMPLEMENTARY);
        assertThat(t.cell("A", "z").value()).hasValue(7);
        assertThat(t.suppressedCount(Reason.SMALL_COUNT)).isEqualTo(2);
        assertThat(t.suppressedCount(Reason.COMPLEMENTARY)).isEqualTo(4);
        assertThat(TableAttacker.of(t).all()).isEmpty();
    }

    @Test
    void aParentMinusItsShownChildrenDoesNotGiveAwayASmallChild() {
        CountTable<String, String> counts = CountTable.<String, String>builder()
                .row("rimbo/centrum", "rimbo").row("rimbo/skolan", "rimbo").row("rimbo/torget", "rimbo")
                .add("rimbo/centrum", "klotter", 1).add("rimbo/skolan", "klotter", 6)
                .add("rimbo/torget", "klotter", 9).add("hallstavik", "klotter", 12)
                .build();

        SuppressedTable<String, String> t = counts.suppress(3);

        assertThat(t.cell("rimbo/centrum", "klotter").isSuppressed()).isTrue();
        assertThat(t.cell("rimbo", "klotter").value()).as("the parent is not small").hasValue(16);
        assertThat(t.cell("rimbo/skolan", "klotter").reason()).as("the smallest sibling protects centrum")
                .contains(Reason.COMPLEMENTARY);
        assertThat(t.cell("rimbo/torget", "klotter").value()).hasValue(9);
        assertThat(TableAttacker.of(t).all()).isEmpty();
    }

    @Test
    void twoSmallOnesInOneRowWouldSumToTwoSoAThirdCellIsSuppressed() {
        CountTable<String, String> counts = CountTable.<String, String>builder()
                .add("A", "x", 1).add("A", "y", 1).add("A", "z", 9)
                .add("B", "x", 1).add("B", "y", 1).add("B", "z", 9)
                .build();

        SuppressedTable<String, String> t = counts.suppress(3);

        // Each row and column holds two suppressed cells, but x + y = 2 with both at least 1 pins both.
        assertThat(t.suppressedCount(Reason.COMPLEMENTARY)).isPositive();
        assertThat(TableAttacker.of(t).all()).isEmpty();
    }

    @Test
    void nothingIsSuppressedWithoutSmallCountsOrWithMinimumOne() {
        CountTable<String, String> big = CountTable.<String, String>builder()
                .add("A", "x", 3).add("A", "y", 0).add("B", "x", 40).build();

        assertThat(big.suppress(3).suppressedCells()).isEmpty();
        assertThat(threeByThree().suppress(1).suppressedCells()).isEmpty();
        assertThat(threeByThree().suppress(1).cells()).extracting(Cell::display)
                .doesNotContain(SuppressedTable.MARK);
    }

    @Test
    void zerosAreAlwaysShownEvenBesideSmallCounts() {
        SuppressedTable<String, String> t = CountTable.<String, String>builder()
                .add("A", "x", 0).add("A", "y", 1).add("B", "x", 5).add("B", "y", 5).build().suppress(3);

        assertThat(t.cell("A", "x").value()).hasValue(0);
        assertThat(t.cell("A", "y").isSuppressed()).isTrue();
        assertThat(t.cell(Heading.of("A"), Heading.total()).reason()).as("the row total is 1").contains(
                Reason.SMALL_COUNT);
    }

    @Test
    void cellsAreShownOrMarkedAndTheirOrderIsRowByRow() {
        SuppressedTable<String, String> t = threeByThree().suppress(3);

        Cell<String, String> small = t.cell("A", "x");
        Cell<String, String> shown = t.cell("A", "z");

        assertThat(small.display()).isEqualTo("..");
        assertThat(small.value()).isEmpty();
        assertThat(small).hasToString("A × x = .. (SMALL_COUNT)");
        assertThat(shown.display()).isEqualTo("7");
        assertThat(shown.reason()).isEmpty();
        assertThat(shown).hasToString("A × z = 7");
        assertThat(t.display(Heading.total(), Heading.total())).isEqualTo("52");
        assertThat(t.value(Heading.of("B"), Heading.of("y"))).isEqualTo(OptionalLong.empty());
        assertThat(t.cells()).hasSize(16);
        assertThat(t.cells().get(0)).isEqualTo(small);
        assertThat(t.cells().get(15).row().isTotal()).isTrue();
        assertThat(t.suppressedCells()).extracting(c -> c.row() + "×" + c.column())
                .containsExactly("A×x", "A×y", "B×x", "B×y", "C×x", "C×y");
        assertThat(t.rows()).isEqualTo(threeByThree().rows());
        assertThat(t.minimumCount()).isEqualTo(3);
    }

    @Test
    void parentsAreAvailableForIndenting() {
        SuppressedTable<String, String> t = CountTable.<String, String>builder().row("a/1", "a")
                .add("a/1", "x", 4).build().suppress(3);

        assertThat(t.rowParent(Heading.of("a/1"))).contains(Heading.of("a"));
        assertThat(t.rowParent(Heading.of("a"))).contains(Heading.total());
        assertThat(t.rowParent(Heading.total())).isEmpty();
        assertThat(t.columnParent(Heading.of("x"))).contains(Heading.total());
    }

    @Test
    void unknownHeadingsAreNamed() {
        SuppressedTable<String, String> t = threeByThree().suppress(3);

        assertThatThrownBy(() -> t.cell("D", "x")).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("row 'D'");
        assertThatThrownBy(() -> t.cell(Heading.of("A"), Heading.own("x")))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("column 'x (own)'");
    }

    @Test
    void equalsComparesEveryCell() {
        new EqualsTester()
                .addEqualityGroup(threeByThree().suppress(3), threeByThree().suppress(3))
                .addEqualityGroup(threeByThree().suppress(2))
                .addEqualityGroup(threeByThree().suppress(1))
                .addEqualityGroup(threeByThree().suppress(20))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(threeByThree().suppress(3).cell("A", "x"), threeByThree().suppress(3).cell("A", "x"))
                .addEqualityGroup(threeByThree().suppress(1).cell("A", "x"))
                .addEqualityGroup(threeByThree().suppress(3).cell("A", "z"))
                .testEquals();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Properties on random tables

    /** A random table: rows and columns with hierarchies, counts given at any key, a minimum count. */
    record Spec(Map<String, String> rowParents, Map<String, String> columnParents, List<Object[]> counts,
            int minimum) {
        CountTable<String, String> table(boolean reversed) {
            CountTable.Builder<String, String> b = CountTable.builder();
            rowParents.forEach((k, p) -> {
                if (p == null) {
                    b.row(k);
                } else {
                    b.row(k, p);
                }
            });
            columnParents.forEach((k, p) -> {
                if (p == null) {
                    b.column(k);
                } else {
                    b.column(k, p);
                }
            });
            List<Object[]> order = new ArrayList<>(counts);
            if (reversed) {
                Collections.reverse(order);
            }
            order.forEach(c -> b.add((String) c[0], (String) c[1], (Long) c[2]));
            return b.build();
        }
    }

    static Gen<Spec> specs(int maxRoots, int maxChildren, int maxGrandchildren) {
        return specs(maxRoots, maxChildren, maxGrandchildren, 3, 2);
    }

    static Gen<Spec> specs(int maxRoots, int maxChildren, int maxGrandchildren, int maxColumnRoots,
            int maxColumnChildren) {
        return rs -> {
            int minimum = Generate.range(2, 5).generate(rs);
            Map<String, String> rows = tree("r", maxRoots, maxChildren, maxGrandchildren, rs);
            Map<String, String> columns = tree("c", maxColumnRoots, maxColumnChildren, 0, rs);
            List<Object[]> counts = new ArrayList<>();
            for (String r : rows.keySet()) {
                for (String c : columns.keySet()) {
                    int kind = Generate.range(0, 9).generate(rs);
                    long n = kind <= 3 ? 0 : kind <= 6 ? Generate.range(1, minimum + 1).generate(rs)
                            : Generate.range(minimum, 40).generate(rs);
                    if (n > 0) {
                        counts.add(new Object[] {r, c, n});
                    }
                }
            }
            return new Spec(rows, columns, counts, minimum);
        };
    }

    private static Map<String, String> tree(String prefix, int maxRoots, int maxChildren, int maxGrandchildren,
            org.quicktheories.core.RandomnessSource rs) {
        Map<String, String> parents = new LinkedHashMap<>();
        int roots = Generate.range(1, maxRoots).generate(rs);
        for (int i = 0; i < roots; i++) {
            String root = prefix + i;
            parents.put(root, null);
            int children = Generate.range(0, maxChildren).generate(rs);
            for (int k = 0; k < children; k++) {
                String child = root + "." + k;
                parents.put(child, root);
                int grandchildren = maxGrandchildren == 0 ? 0 : Generate.range(0, maxGrandchildren).generate(rs);
                for (int g = 0; g < grandchildren; g++) {
                    parents.put(child + "." + g, child);
                }
            }
        }
        return parents;
    }

    /**
     * The brief's attacker, subtracting along single rows and columns again and again, and the stronger ones
     * (exact linear algebra, bounds) recover no suppressed cell; shown cells keep their true values; exactly the
     * small counts are suppressed as small; every complementary cell is at least the minimum and needed: reveal
     * it, and the attacker pins some suppressed cell.
     */
    @Test
    void noSuppressedCellCanBeWorkedOutAndEveryComplementIsNeeded() {
        qt().withExamples(300).forAll(specs(3, 3, 2)).checkAssert(SuppressedTableTest::checkSafeAndNeeded);
    }

    /** The same on flat tables, the classic case: up to 7 rows and 7 columns with their totals. */
    @Test
    void flatTablesToo() {
        qt().withExamples(300).forAll(specs(7, 0, 0, 7, 0)).checkAssert(SuppressedTableTest::checkSafeAndNeeded);
    }

    private static void checkSafeAndNeeded(Spec spec) {
        CountTable<String, String> counts = spec.table(false);
        SuppressedTable<String, String> t = counts.suppress(spec.minimum());
        TableAttacker attacker = TableAttacker.of(t);

        assertThat(attacker.bySubtraction()).as("recovered by subtraction\n%s\n%s", counts, t).isEmpty();
        assertThat(attacker.byLinearAlgebra()).as("fixed by linear algebra\n%s\n%s", counts, t).isEmpty();
        assertThat(attacker.byBounds()).as("pinned by bounds\n%s\n%s", counts, t).isEmpty();

        List<Heading<String>> rows = t.rows();
        List<Heading<String>> columns = t.columns();
        int nc = columns.size();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < nc; j++) {
                long truth = counts.count(rows.get(i), columns.get(j));
                Cell<String, String> cell = t.cell(rows.get(i), columns.get(j));
                boolean small = truth > 0 && truth < spec.minimum();
                assertThat(cell.reason().orElse(null) == Reason.SMALL_COUNT).as("%s", cell).isEqualTo(small);
                if (cell.isSuppressed()) {
                    assertThat(truth).as("%s", cell).isPositive();
                } else {
                    assertThat(cell.value()).as("%s", cell).hasValue(truth);
                }
                if (cell.reason().orElse(null) == Reason.COMPLEMENTARY) {
                    assertThat(truth).isGreaterThanOrEqualTo(spec.minimum());
                    TableAttacker knowing = TableAttacker.of(t).reveal(t, i * nc + j, truth);
                    assertThat(knowing.pinsAny()).as("%s is not needed\n%s\n%s", cell, counts, t).isTrue();
                }
            }
        }
    }

    @Test
    void suppressionIsDeterministicWhateverTheInputOrder() {
        qt().withExamples(100).forAll(specs(3, 2, 1)).checkAssert(spec -> {
            SuppressedTable<String, String> a = spec.table(false).suppress(spec.minimum());
            SuppressedTable<String, String> b = spec.table(true).suppress(spec.minimum());

            assertThat(b).isEqualTo(a);
            assertThat(b.toString()).isEqualTo(a.toString());
        });
    }

    /** Raising the minimum never shows a cell that was suppressed as small. */
    @Test
    void aLargerMinimumSuppressesAtLeastTheSmallCountsOfASmallerOne() {
        qt().withExamples(100).forAll(specs(2, 2, 1), Generate.range(0, 3)).checkAssert((spec, extra) -> {
            CountTable<String, String> counts = spec.table(false);
            SuppressedTable<String, String> lower = counts.suppress(spec.minimum());
            SuppressedTable<String, String> higher = counts.suppress(spec.minimum() + extra);

            for (Cell<String, String> cell : lower.suppressedCells()) {
                if (cell.reason().orElseThrow() == Reason.SMALL_COUNT) {
                    assertThat(higher.cell(cell.row(), cell.column()).isSuppressed()).as("%s", cell).isTrue();
                }
            }
        });
    }
}
