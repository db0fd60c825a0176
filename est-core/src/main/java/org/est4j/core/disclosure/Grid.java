package org.est4j.core.disclosure;

import java.util.List;
import java.util.function.BiFunction;

/** Lays out a table as text, right-aligned, for {@code toString()} in JShell. */
final class Grid {
    private Grid() {}

    static <R, C> String format(String title, List<Heading<R>> rows, List<Heading<C>> columns,
            BiFunction<Integer, Integer, String> cell) {
        String[][] text = new String[rows.size() + 1][columns.size() + 1];
        text[0][0] = "";
        for (int j = 0; j < columns.size(); j++) {
            text[0][j + 1] = columns.get(j).toString();
        }
        for (int i = 0; i < rows.size(); i++) {
            text[i + 1][0] = rows.get(i).toString();
            for (int j = 0; j < columns.size(); j++) {
                text[i + 1][j + 1] = cell.apply(i, j);
            }
        }
        int[] width = new int[columns.size() + 1];
        for (String[] line : text) {
            for (int j = 0; j < line.length; j++) {
                width[j] = Math.max(width[j], line[j].length());
            }
        }
        StringBuilder b = new StringBuilder(title);
        for (String[] line : text) {
            b.append('\n').append(line[0]).append(" ".repeat(width[0] - line[0].length()));
            for (int j = 1; j < line.length; j++) {
                b.append("  ").append(" ".repeat(width[j] - line[j].length())).append(line[j]);
            }
        }
        return b.toString();
    }
}
