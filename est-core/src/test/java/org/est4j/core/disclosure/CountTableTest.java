package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void rowsAndColumnsAreSortedByKeyWithTotalsLast() {
        CountTable<String, String> t = CountTable.<String, String>builder()
                .add("B", "y", 2).add("A", "y", 1).add("B", "x", 3).add("A", "x", 4).add("A", "x", 1)
                .build();

        assertThat(t.rows()).containsExactly(Heading.of("A"), Heading.of("B"), Heading.total());
        assertThat(t.columns()).containsExactly(Heading.of("x"), Heading.of("y"), Heading.total());
        assertThat(t.count("A", "x")).as("counts given twice add up").isEqualTo(5);
        assertThat(t.rowTotal("A")).isEqualTo(6);
        assertThat(t.columnTotal("x")).isEqualTo(8);
        assertThat(t.total()).isEqualTo(11);
        assertThat(t).hasToString(String.join("\n",
                "CountTable 2×2, total 11",
                "       x  y  Total",
                "A      5  1      6",
                "B      3  2      5",
                "Total  8  3     11"));
    }

    @Test
    void parentsRollUpTheirChildrenAndTheirOwnCounts() {
        CountTable<String, String> t = CountTable.<String, String>builder()
                .row("rimbo/centrum", "rimbo").row("rimbo/torget", "rimbo").row("rimbo", "norrtälje")
                .row("hallstavik", "norrtälje")
                .add("rimbo/centrum", "klotter", 4).add("rimbo/torget", "klotter", 2).add("rimbo", "klotter", 1)
                .add("hallstavik", "klotter", 5).add("norrtälje", "klotter", 3)
                .build();

        assertThat(t.rows()).containsExactly(Heading.of("norrtälje"), Heading.of("hallstavik"), Heading.of("rimbo"),
                Heading.of("rimbo/centrum"), Heading.of("rimbo/torget"), Heading.own("rimbo"), Heading.own("norrtälje"),
                Heading.total());
        assertThat(t.count("rimbo", "klotter")).isEqualTo(7);
        assertThat(t.count(Heading.own("rimbo"), Heading.of("klotter"))).isEqualTo(1);
        assertThat(t.count("norrtälje", "klotter")).isEqualTo(15);
        assertThat(t.total()).isEqualTo(15);
        assertThat(t.rowParent(Heading.of("rimbo/centrum"))).contains(Heading.of("rimbo"));
        assertThat(t.rowParent(Heading.own("rimbo"))).contains(Heading.of("rimbo"));
        assertThat(t.rowParent(Heading.of("norrtälje"))).contains(Heading.total());
        assertThat(t.rowParent(Heading.total())).isEmpty();
    }

    @Test
    void anOwnHeadingAppearsOnlyWhereSomethingWasCountedAtTheParentItself() {
        CountTable<String, String> t = CountTable.<String, String>builder()
                .row("a/1", "a").add("a/1", "x", 2).add("a", "x", 0).build();

        assertThat(t.rows()).containsExactly(Heading.of("a"), Heading.of("a/1"), Heading.total());
    }

    @Test
    void columnsMayFormAHierarchyToo() {
        CountTable<String, String> t = CountTable.<String, String>builder()
                .column("klotter", "skadegörelse").column("glaskross", "skadegörelse")
                .add("A", "klotter", 2).add("A", "glaskross", 3).add("A", "skadegörelse", 1).add("A", "buskörning", 4)
                .build();

        assertThat(t.columns()).containsExactly(Heading.of("buskörning"), Heading.of("skadegörelse"),
                Heading.of("glaskross"), Heading.of("klotter"), Heading.own("skadegörelse"), Heading.total());
        assertThat(t.count("A", "skadegörelse")).isEqualTo(6);
        assertThat(t.rowTotal("A")).isEqualTo(10);
        assertThat(t.columnParent(Heading.of("klotter"))).contains(Heading.of("skadegörelse"));
    }

    @Test
    void declaredRowsAndColumnsWithoutCountsShowZeros() {
        CountTable<String, String> t = CountTable.<String, String>builder().row("A").column("x").row("B")
                .add("A", "x", 1).build();

        assertThat(t.count("B", "x")).isZero();
        assertThat(t.rows()).hasSize(3);
        assertThat(CountTable.<String, String>builder().build().rows()).containsExactly(Heading.total());
        assertThat(CountTable.<String, String>builder().build().total()).isZero();
    }

    @Test
    void unknownHeadingsAreNamed() {
        CountTable<String, String> t = CountTable.<String, String>builder().add("A", "x", 1).build();

        assertThatThrownBy(() -> t.count("Z", "x")).isInstanceOfSatisfying(UnknownReferenceException.class,
                e -> assertThat(e.id()).isEqualTo("Z")).hasMessageContaining("rows are [A, Total]");
        assertThatThrownBy(() -> t.count(Heading.own("A"), Heading.total()))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("row 'A (own)'");
        assertThatThrownBy(() -> t.count(Heading.of("A"), Heading.of("y")))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("column 'y'");
    }

    @Test
    void buildReportsEveryProblem() {
        CountTable.Builder<String, String> b = CountTable.<String, String>builder()
                .row("a", "b").row("b", "c").row("c", "a")          // a cycle
                .row("d", "e").row("d", "f")                          // two parents
                .row("s", "s")                                        // its own parent
                .column("x", "y").column("y", "x")
                .add("a", "x", -1)
                .add("b", "x", Long.MAX_VALUE).add("b", "x", 1);

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).extracting(Problem::path).containsExactly("rows[d].parent", "counts[a, x]",
                    "counts[b, x]", "rows[a].parent", "rows[s].parent", "columns[x].parent");
            assertThat(e.getMessage()).contains("goes round in a cycle: a → b → c → a")
                    .contains("is declared as both e and f").contains("s → s").contains("x → y → x");
        });
    }

    @Test
    void totalsThatOverflowAreRejected() {
        CountTable.Builder<String, String> b = CountTable.<String, String>builder()
                .add("a", "x", Long.MAX_VALUE / 2 + 1).add("b", "x", Long.MAX_VALUE / 2 + 1);

        assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessageContaining("in a total");
    }

    @Test
    void aDeepChainOfRowsDoesNotOverflowTheStack() {
        CountTable.Builder<Integer, String> b = CountTable.builder();
        for (int i = 1; i < 20_000; i++) {
            b.row(i, i - 1);
        }
        CountTable<Integer, String> t = b.add(19_999, "x", 3).build();

        assertThat(t.count(0, "x")).isEqualTo(3);
        assertThat(t.rows()).hasSize(20_001);
    }

    @Test
    void suppressNeedsAMinimumOfOneOrMoreAndFollowsAPolicy() {
        CountTable<String, String> t = SuppressedTableTest.threeByThree();

        assertThatThrownBy(() -> t.suppress(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or more");
        assertThat(t.suppress(DisclosurePolicy.forAudience(Audience.PUBLIC))).isEqualTo(t.suppress(3));
        assertThat(t.suppress(DisclosurePolicy.forAudience(Audience.GROUP)).suppressedCells()).isEmpty();
    }

    @Test
    void everyHeadingWithChildrenIsTheSumOfThem() {
        qt().withExamples(200).forAll(SuppressedTableTest.specs(3, 3, 2)).checkAssert(spec -> {
            CountTable<String, String> t = spec.table(false);
            long given = spec.counts().stream().mapToLong(c -> (Long) c[2]).sum();

            assertThat(t.total()).isEqualTo(given);
            for (Heading<String> row : t.rows()) {
                for (Heading<String> column : t.columns()) {
                    long sumOfRowChildren = t.rows().stream()
                            .filter(r -> t.rowParent(r).filter(row::equals).isPresent())
                            .mapToLong(r -> t.count(r, column)).sum();
                    long sumOfColumnChildren = t.columns().stream()
                            .filter(c -> t.columnParent(c).filter(column::equals).isPresent())
                            .mapToLong(c -> t.count(row, c)).sum();
                    boolean rowHasChildren = t.rows().stream().anyMatch(r -> t.rowParent(r).filter(row::equals)
                            .isPresent());
                    boolean columnHasChildren = t.columns().stream().anyMatch(c -> t.columnParent(c)
                            .filter(column::equals).isPresent());
                    if (rowHasChildren) {
                        assertThat(t.count(row, column)).isEqualTo(sumOfRowChildren);
                    }
                    if (columnHasChildren) {
                        assertThat(t.count(row, column)).isEqualTo(sumOfColumnChildren);
                    }
                }
            }
        });
    }

    @Test
    void equalsComparesHeadingsHierarchyAndCounts() {
        new EqualsTester()
                .addEqualityGroup(SuppressedTableTest.threeByThree(), SuppressedTableTest.threeByThree())
                .addEqualityGroup(CountTable.<String, String>builder().add("a", "x", 1).add("b", "x", 0).build(),
                        CountTable.<String, String>builder().add("b", "x", 0).add("a", "x", 1).build())
                .addEqualityGroup(CountTable.<String, String>builder().add("a", "x", 2).add("b", "x", 0).build())
                .addEqualityGroup(CountTable.<String, String>builder().row("b", "a").add("b", "x", 1).build())
                .addEqualityGroup(CountTable.<String, String>builder().add("a", "x", 1).build())
                .testEquals();
    }
}
