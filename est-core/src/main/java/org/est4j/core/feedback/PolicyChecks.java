package org.est4j.core.feedback;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Redactor;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;

/**
 * The checks a report's builder makes against the report's own policy, shared by {@link FeedbackReport} and
 * {@link StatutoryReport}, so that no one — this package's engine or a host building a report by hand — can build a
 * report that holds what its policy forbids.
 */
final class PolicyChecks {
    private static final Redactor SCANNER = Redactor.swedish();

    private PolicyChecks() {}

    static void table(Problems problems, DisclosurePolicy policy, SuppressedTable<?, ?> table, String path) {
        problems.require(table.minimumCount() == policy.minimumCount(), path, "must be suppressed for the policy's"
                + " minimum count " + policy.minimumCount(), table.minimumCount());
    }

    static void reasons(Problems problems, DisclosurePolicy policy, boolean showsReasons) {
        problems.require(!showsReasons || (policy.minimumCount() == 1 && policy.clearance() == Visibility.GROUP),
                "showsReasons", "must be false unless the clearance is GROUP and nothing is suppressed: reasons are"
                        + " written from all the data and quote counts", showsReasons);
    }

    static void areas(Problems problems, DisclosurePolicy policy, boolean showsReasons, List<AreaRow> areas,
            String prefix) {
        boolean suppresses = policy.minimumCount() > 1;
        Set<AreaId> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaRow a = areas.get(i);
            String path = prefix + "[" + i + "]";
            problems.require(seen.add(a.id()), path + ".id", "must be unique", a.id());
            if (!showsReasons) {
                problems.require(a.reasons().isEmpty() && a.decidedBy().isEmpty() && a.suggestedLevel().isEmpty(),
                        path + ".reasons", "must be empty, with no suggested level nor decider, in a report that does"
                                + " not show reasons", a.reasons().size());
            }
            if (policy.clearance() == Visibility.PUBLIC) {
                problems.require(a.coverage().isEmpty(), path + ".coverage", "must be empty for a PUBLIC clearance:"
                        + " it counts people", a.coverage().orElse(null));
            }
            if (policy.clearance() != Visibility.GROUP) {
                problems.require(a.coverage().map(c -> c.silentReporters().isEmpty() && c.nothingToReport().isEmpty())
                        .orElse(true), path + ".coverage", "must name no silent reporter and give no \"nothing to"
                        + " report\" count outside the group", null);
            }
            for (int h = 0; h < a.hotspots().size(); h++) {
                problems.require(!suppresses || a.hotspots().get(h).reasons().isEmpty(),
                        path + ".hotspots[" + h + "].reasons", "must be empty for a policy that suppresses small"
                                + " counts: they quote counts", a.hotspots().get(h).reasons().size());
            }
        }
    }

    static void focusAreas(Problems problems, boolean showsReasons, List<FocusArea> focusAreas, String prefix) {
        for (int i = 0; i < focusAreas.size(); i++) {
            problems.require(showsReasons || focusAreas.get(i).reasons().isEmpty(), prefix + "[" + i + "].reasons",
                    "must be empty in a report that does not show reasons", focusAreas.get(i).reasons().size());
        }
    }

    static void measures(Problems problems, DisclosurePolicy policy, boolean showsReasons, List<MeasureRow> measures,
            String prefix) {
        for (int i = 0; i < measures.size(); i++) {
            MeasureRow m = measures.get(i);
            String path = prefix + "[" + i + "]";
            problems.require(policy.allows(m.visibility()), path + ".visibility", "must be allowed by the policy"
                    + " (clearance " + policy.clearance() + ")", m.visibility());
            m.latestFollowUp().ifPresent(f -> problems.require(showsReasons
                            || (f.reasons().isEmpty() && f.readings().isEmpty()),
                    path + ".latestFollowUp.reasons", "must be empty in a report that does not show reasons",
                    f.reasons().size() + f.readings().size()));
        }
    }

    static void texts(Problems problems, DisclosurePolicy policy, List<String> texts) {
        if (policy.redactPersonalData()) {
            for (int i = 0; i < texts.size(); i++) {
                problems.require(!SCANNER.redact(texts.get(i)).found(), "texts[" + i + "]",
                        "must hold no personal data: the policy redacts it", null);
            }
        }
    }
}
