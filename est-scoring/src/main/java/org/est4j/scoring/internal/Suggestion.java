package org.est4j.scoring.internal;

import java.util.List;

/**
 * What a model's own rule suggests before the rules common to every model (coverage, context, hotspots): a rank on
 * the scale and the reasons in words.
 *
 * @param rank 1 to the scale's size
 * @param reasons the reasons, in order
 */
record Suggestion(int rank, List<String> reasons) {
    Suggestion {
        reasons = List.copyOf(reasons);
    }
}
