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
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.SuppressedTable.Cell;
import org.est4j.core.disclosure.SuppressedTable.Reason;
import org.est4j.core.testing.TableAttacker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    // ---------------------------------------------------------------------------------------------------------
    // From the published form

    /** A builder given everything a table publishes: its headings with their parents, its cells, its minimum. */
    static SuppressedTable.Builder<String, String> published(SuppressedTable<String, String> t) {
        SuppressedTable.Builder<String, String> b = SuppressedTable.builder(t.minimumCount());
        for (Heading<String> row : t.rows()) {
            Heading<String> parent = t.rowParent(row).orElse(Heading.total());
            if (row.kind() == Heading.Kind.KEY) {
                if (parent.kind() == Heading.Kind.KEY) {
                    b.row(row.key().orElseThrow(), parent.key().orElseThrow());
                } else {
                    b.row(row.key().orElseThrow());
                }
            }
        }
        for (Heading<String> column : t.columns()) {
            Heading<String> parent = t.columnParent(column).orElse(Heading.total());
            if (column.kind() == Heading.Kind.KEY) {
                if (parent.kind() == Heading.Kind.KEY) {
                    b.column(column.key().orElseThrow(), parent.key().orElseThrow());
                } else {
                    b.column(column.key().orElseThrow());
                }
            }
        }
        for (Cell<String, String> cell : t.cells()) {
            if (cell.isSuppressed()) {
                b.suppressed(cell.row(), cell.column());
            } else {
                b.shown(cell.row(), cell.column(), cell.value().getAsLong());
            }
        }
        return b;
    }

    /** A flat table with rows A, B, … and columns x, y, …, the totals last; -1 marks a suppressed cell. */
    static SuppressedTable.Builder<String, String> flat(int minimum, long[][] cells) {
        SuppressedTable.Builder<String, String> b = SuppressedTable.builder(minimum);
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                Heading<String> row = i == cells.length - 1 ? Heading.total() : Heading.of("" + (char) ('A' + i));
                Heading<String> column = j == cells[i].length - 1 ? Heading.total()
                        : Heading.of("" + (char) ('x' + j));
                if (cells[i][j] < 0) {
                    b.suppressed(row, column);
                } else {
                    b.shown(row, column, cells[i][j]);
                }
            }
        }
        return b;
    }

    @Test
    void aPublishedTableIsBuiltAgainEqualButWithoutReasons() {
        SuppressedTable<String, String> original = threeByThree().suppress(3);

        SuppressedTable<String, String> read = published(original).build();

        assertThat(read).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(read.cells()).isEqualTo(original.cells());
        assertThat(read.cell("A", "x").isSuppressed()).isTrue();
        assertThat(read.cell("A", "x").reason()).as("a published table does not say why").isEmpty();
        assertThat(read.cell("A", "x")).hasToString("A × x = ..");
        assertThat(read.suppressedCount(Reason.SMALL_COUNT)).isZero();
        assertThat(read.suppressedCells()).hasSize(6);
        assertThat(read.toString()).startsWith("SuppressedTable 3×3, minimum count 3, 6 suppressed (reasons not known)")
                .endsWith(original.toString().substring(original.toString().indexOf('\n')));
    }

    @Test
    void anOwnHeadingIsDeclaredByItsCells() {
        SuppressedTable<String, String> original = CountTable.<String, String>builder()
                .row("rimbo/centrum", "rimbo").add("rimbo/centrum", "x", 4).add("rimbo", "x", 5)
                .add("hallstavik", "x", 7).build().suppress(3);

        assertThat(original.rows()).contains(Heading.own("rimbo"));
        assertThat(published(original).build()).isEqualTo(original);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a small count shown", flat(3, new long[][] {{2, 5, 7}, {6, 7, 13}, {8, 12, 20}}),
                        "cells[A, x]", "is a count from 1 to 2, which the minimum count 3 requires suppressed"),
                Arguments.of("a total that is not the sum of its parts",
                        flat(3, new long[][] {{5, 4, 9}, {6, 7, 13}, {11, 11, 21}}),
                        "cells[Total, Total]", "is not the sum of the rows under it, which add up to 22"),
                Arguments.of("a total below its shown parts and suppressed ones at 1 each",
                        flat(3, new long[][] {{-1, 8, -1, 9}, {-1, 5, -1, 10}, {4, 13, 2, 19}}),
                        "cells[A, Total]", "is less than the columns under it: the shown ones add up to 8, and each"
                                + " of the 2 suppressed is at least 1"),
                Arguments.of("one suppressed cell in a row and a column: subtraction gives it away",
                        flat(3, new long[][] {{-1, 5, 6}, {4, 7, 11}, {5, 12, 17}}),
                        "cells[A, x]", "is suppressed, but can be worked out from the shown cells"),
                Arguments.of("two suppressed cells that must be 1 each",
                        flat(3, new long[][] {{-1, -1, 9, 11}, {-1, -1, 8, 12}, {3, 3, 17, 23}}),
                        "cells[A, x]", "is suppressed, but can be worked out"),
                Arguments.of("a cell missing", SuppressedTable.<String, String>builder(3)
                        .shown(Heading.of("A"), Heading.of("x"), 4).shown(Heading.of("A"), Heading.total(), 4)
                        .shown(Heading.total(), Heading.of("x"), 4),
                        "cells[Total, Total]", "is missing: give every cell of the table"),
                Arguments.of("a cell given twice", flat(3, new long[][] {{4, 4}, {4, 4}})
                        .suppressed(Heading.of("A"), Heading.of("x")),
                        "cells[A, x]", "is given twice, as 4 and as suppressed"),
                Arguments.of("a negative count", flat(3, new long[][] {{4, 4}, {4, 4}})
                        .shown(Heading.of("B"), Heading.of("x"), -4), "cells[B, x]", "must be 0 or more"),
                Arguments.of("an own heading of a key without children", flat(3, new long[][] {{4, 4}, {4, 4}})
                        .shown(Heading.own("A"), Heading.of("x"), 4), "rows[A (own)]",
                        "is the own heading of a key with no rows under it"),
                Arguments.of("a key under two parents", flat(3, new long[][] {{4, 4}, {4, 4}})
                        .row("a", "p").row("a", "q"), "rows[a].parent", "is declared as both p and q"),
                Arguments.of("a cycle of parents", flat(3, new long[][] {{4, 4}, {4, 4}})
                        .column("p", "q").column("q", "p"), "columns[p].parent", "goes round in a cycle"),
                Arguments.of("a minimum count of 0", flat(0, new long[][] {{4, 4}, {4, 4}}), "minimumCount",
                        "must be 1 or more"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aTableThatCouldNotBePublishedSafelyIsRefusedWithThePathOfTheProblem(String what,
            SuppressedTable.Builder<String, String> builder, String path, String message) {
        assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SuppressedTable.Builder<String, String> b = flat(3, new long[][] {{2, 5, 7}, {-1, 7, 9}, {4, 12, 16}});

        assertThatThrownBy(b::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .contains("cells[A, x]", "cells[B, x]"));
    }

    /**
     * Every sum holds on its own, but together they leave no value: a + b's row x is 2 at most, so b × x is at least
     * 4 by column x, yet b's row of two suppressed cells adds up to 4.
     */
    @Test
    void shownCellsThatNoCountsBehindTheSuppressedOnesCanAddUpToAreRefused() {
        SuppressedTable.Builder<String, String> b = SuppressedTable.<String, String>builder(2)
                .row("a", "P").row("b", "P").column("x").column("y");
        long[][] cells = {{5, -1, 6}, {-1, -1, 2}, {-1, -1, 4}, {5, -1, 6}};
        List<Heading<String>> rows = List.of(Heading.of("P"), Heading.of("a"), Heading.of("b"), Heading.total());
        List<Heading<String>> columns = List.of(Heading.of("x"), Heading.of("y"), Heading.total());
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                if (cells[i][j] < 0) {
                    b.suppressed(rows.get(i), columns.get(j));
                } else {
                    b.shown(rows.get(i), columns.get(j), cells[i][j]);
                }
            }
        }

        assertThatThrownBy(b::build).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.message()).contains("no count of 1 or more fits it")));
    }

    @Test
    void aSafePatternWithShownZerosIsAccepted() {
        SuppressedTable<String, String> t = flat(3, new long[][] {{-1, -1, 0, 9}, {-1, -1, 5, 12}, {8, 8, 5, 21}})
                .build();

        assertThat(t.suppressedCells()).hasSize(4);
        assertThat(t.cell("B", "z").value()).hasValue(5);
    }

    /**
     * What {@link CountTable#suppress(int)} publishes, given to the builder, is accepted and equals it: the builder
     * accepts every pattern est4j makes and loses nothing of what is published.
     */
    @Test
    void everySuppressedTableIsBuiltAgainFromWhatItPublishes() {
        qt().withExamples(200).forAll(specs(3, 3, 2)).checkAssert(spec -> {
            SuppressedTable<String, String> original = spec.table(false).suppress(spec.minimum());

            SuppressedTable<String, String> read = published(original).build();

            assertThat(read).as("%s", original).isEqualTo(original);
            assertThat(read.hashCode()).isEqualTo(original.hashCode());
            assertThat(read.cells()).allSatisfy(c -> assertThat(c.reason()).isEmpty());
        });
    }

    @Test
    void equalsIgnoresTheReasons() {
        SuppressedTable<String, String> original = threeByThree().suppress(3);
        new EqualsTester()
                .addEqualityGroup(original, published(original).build())
                .addEqualityGroup(original.cell("A", "x"), published(original).build().cell("A", "x"))
                .testEquals();
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
