package org.est4j.io.report;

import java.util.List;
import org.est4j.core.Problems;

/** Checks shared by the view types. Package-private. */
final class Checks {
    private Checks() {}

    /** Requires a text that is present and not blank. */
    static Problems text(Problems problems, String value, String path) {
        if (value == null) {
            return problems.add(path, "is required", null);
        }
        return problems.require(!value.isBlank(), path, "must not be blank", value);
    }

    /** Requires every text of a list to be not blank. */
    static Problems texts(Problems problems, List<String> values, String path) {
        for (int i = 0; i < values.size(); i++) {
            problems.require(!values.get(i).isBlank(), path + "[" + i + "]", "must not be blank", values.get(i));
        }
        return problems;
    }
}
