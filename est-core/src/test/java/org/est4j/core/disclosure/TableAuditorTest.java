package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.est4j.core.testing.TableAttacker;
import org.junit.jupiter.api.Test;

/**
 * The production attacker ({@link TableAuditor}) and the test's own ({@link TableAttacker}) on patterns whose
 * answer is known, and the quick null-space test of the pruning step against a fresh audit.
 */
class TableAuditorTest {

    /** A 4×4 table with totals, every cell worth {@code value}. */
    private static CountTable<Integer, Integer> square(long value) {
        CountTable.Builder<Integer, Integer> b = CountTable.builder();
        for (int r = 1; r <= 4; r++) {
            for (int c = 1; c <= 4; c++) {
                b.add(r, c, value);
            }
        }
        return b.build();
    }

    /** The cell index of row r and column c (1-based) in {@link #square(long)}: 5 columns with the total. */
    private static int cell(int r, int c) {
        return (r - 1) * 5 + (c - 1);
    }

    private static boolean[] pattern(int... cells) {
        boolean[] suppressed = new boolean[25];
        for (int c : cells) {
            suppressed[c] = true;
        }
        return suppressed;
    }

    private static long[] values(CountTable<Integer, Integer> t) {
        long[] v = new long[t.rows().size() * t.columns().size()];
        for (int i = 0; i < t.rows().size(); i++) {
            for (int j = 0; j < t.columns().size(); j++) {
                v[i * t.columns().size() + j] = t.count(t.rows().get(i), t.columns().get(j));
            }
        }
        return v;
    }

    /** The table as published with a given pattern, for the test's attacker. */
    private static SuppressedTable<Integer, Integer> published(CountTable<Integer, Integer> t, boolean[] suppressed) {
        byte[] state = new byte[suppressed.length];
        for (int c = 0; c < state.length; c++) {
            state[c] = suppressed[c] ? Suppressor.COMPLEMENTARY : Suppressor.SHOWN;
        }
        Dimension<Integer> rows = Dimension.of(List.of(1, 2, 3, 4), java.util.Map.of(), Set.of());
        return new SuppressedTable<>(rows, rows, values(t), state, 3);
    }

    @Test
    void twoBlocksJoinedByOneCellGiveThatCellAwayThoughEveryRowAndColumnHidesTwo() {
        CountTable<Integer, Integer> t = square(5);
        int bridge = cell(2, 3);
        boolean[] p = pattern(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2), bridge,
                cell(3, 3), cell(3, 4), cell(4, 3), cell(4, 4));
        TableAttacker attacker = TableAttacker.of(published(t, p));

        // row 1 + row 2 − column 1 − column 2 leaves the bridge alone
        assertThat(new TableAuditor(values(t), t.relations()).audit(p).disclosed()).containsExactly(bridge);
        assertThat(attacker.byLinearAlgebra()).containsExactly(bridge);
        assertThat(attacker.bySubtraction()).as("the brief's attacker misses it").isEmpty();
        assertThat(attacker.byBounds()).isEmpty();
    }

    @Test
    void suppressedOnesThatSumToTheirNumberArePinnedByBounds() {
        CountTable<Integer, Integer> t = square(1);
        boolean[] p = pattern(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2));
        TableAttacker attacker = TableAttacker.of(published(t, p));

        assertThat(new TableAuditor(values(t), t.relations()).audit(p).disclosed())
                .containsExactly(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2));
        assertThat(attacker.byBounds()).containsOnlyKeys(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2));
        assertThat(attacker.byLinearAlgebra()).isEmpty();
    }

    @Test
    void aRectangleOfLargerCellsIsSafeAndALoneCellIsNot() {
        CountTable<Integer, Integer> t = square(5);
        TableAuditor auditor = new TableAuditor(values(t), t.relations());

        assertThat(auditor.audit(pattern(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2))).disclosed()).isEmpty();
        assertThat(auditor.audit(pattern(cell(3, 3))).disclosed()).containsExactly(cell(3, 3));
        assertThat(auditor.pinnedByBounds(pattern(cell(3, 3)))).isTrue();
        assertThat(auditor.pinnedByBounds(pattern())).isFalse();
    }

    /**
     * The pruning step asks the null space of the last audit whether a cell may be shown, and updates it when it
     * is; both answers must be those of an audit made afresh.
     */
    @Test
    void theQuickTestOfShowingACellAgreesWithAFreshAudit() {
        qt().withExamples(150).forAll(SuppressedTableTest.specs(3, 2, 1)).checkAssert(spec -> {
            CountTable<String, String> counts = spec.table(false);
            SuppressedTable<String, String> published = counts.suppress(spec.minimum());
            int nc = published.columns().size();
            boolean[] suppressed = new boolean[published.rows().size() * nc];
            long[] values = new long[suppressed.length];
            for (int i = 0; i < published.rows().size(); i++) {
                for (int j = 0; j < nc; j++) {
                    suppressed[i * nc + j] = published.cell(published.rows().get(i), published.columns().get(j))
                            .isSuppressed();
                    values[i * nc + j] = counts.count(counts.rows().get(i), counts.columns().get(j));
                }
            }
            TableAuditor auditor = new TableAuditor(values, counts.relations());
            TableAuditor.Audit audit = auditor.audit(suppressed);
            assertThat(audit.disclosed()).isEmpty();

            Set<Integer> shownNow = new HashSet<>();
            for (int c = 0; c < suppressed.length; c++) {
                if (!suppressed[c]) {
                    continue;
                }
                boolean[] without = suppressed.clone();
                without[c] = false;
                TableAuditor.Audit fresh = auditor.audit(without);
                boolean freshSafe = true;
                for (int x = 0; x < without.length; x++) {
                    freshSafe &= !without[x] || !fresh.isDetermined(x);
                }
                assertThat(audit.linearlySafeWithout(c)).as("cell %s", c).isEqualTo(freshSafe);
                if (freshSafe && shownNow.isEmpty()) {
                    audit.show(c);
                    shownNow.add(c);
                    for (int x = 0; x < without.length; x++) {
                        if (without[x]) {
                            assertThat(audit.isDetermined(x)).as("cell %s after showing %s", x, c)
                                    .isEqualTo(fresh.isDetermined(x));
                        }
                    }
                    suppressed[c] = false;
                }
            }
        });
    }
}
