package org.est4j.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.est4j.core.plugin.PluginException;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.EstPlugin;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.FollowUpEvaluatorProvider;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.TrendTestProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code est plugins}: every installed plugin of every SPI kind, with its id, priority, description and class, and
 * every provider that failed to load ({@link org.est4j.core.plugin.EstPlugins#failures(Class)}). Exits with 1 when a
 * provider failed, so that a deployment check can use it.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = EstCli.Version.class,
        description = {"List the installed plugins of every kind: id (what --importer, --areas-provider, --scale, "
                + "--model and --format take), priority, description and class, and any provider that failed to "
                + "load.",
            "Plugins are jars on the class path or module path; a higher priority wins when two claim one id."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every provider loaded", "1:some provider failed to load (listed under its kind)",
            "2:usage error"})
final class PluginsCommand implements Callable<Integer> {
    /** The kinds, in the order a coordinator meets them, with what selects each. */
    private static final List<Kind> KINDS = List.of(
            new Kind(ObservationImporterProvider.class, "importers of observations", "--importer"),
            new Kind(AreaHierarchyProvider.class, "area hierarchies", "--areas-provider"),
            new Kind(ScaleProvider.class, "scales", "--scale"),
            new Kind(AssessmentModelProvider.class, "assessment models", "--model"),
            new Kind(ExportFormatProvider.class, "export formats", "--format"),
            new Kind(TrendTestProvider.class, "trend tests", null),
            new Kind(HotspotDetectorProvider.class, "hotspot detectors", null),
            new Kind(FollowUpEvaluatorProvider.class, "follow-up evaluators", null));

    @ParentCommand
    EstCli.Root root;

    @Spec
    CommandSpec spec;

    PluginsCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        out.println("Installed est4j plugins, by kind: id, priority and description, with the class below.");
        out.println();
        for (Kind kind : KINDS) {
            List<String> ids = root.plugins.ids(kind.type);
            List<PluginException> failures = root.plugins.failures(kind.type);
            out.println(kind.type.getSimpleName() + " — " + kind.what + (kind.option != null ? " (" + kind.option
                    + ")" : "") + ": " + ids.size() + " installed" + (failures.isEmpty() ? "" : ", "
                    + failures.size() + " failed"));
            for (String id : ids) {
                EstPlugin p = root.plugins.find(kind.type, id).orElseThrow();
                out.printf(Locale.ROOT, "  %-20s %4d  %s%n", id, p.priority(), p.description());
                out.printf(Locale.ROOT, "  %-20s %4s  %s%s%n", "", "", p.getClass().getName(), details(p));
            }
            for (PluginException f : failures) {
                out.println("  FAILED: " + f.getMessage());
                failed++;
            }
            out.println();
        }
        if (failed > 0) {
            spec.commandLine().getErr().println("est plugins: " + failed + (failed == 1 ? " provider" : " providers")
                    + " failed to load; see FAILED above. Remove or fix the jar named, or its META-INF/services entry");
            return EstCli.INPUT_REJECTED;
        }
        return EstCli.OK;
    }

    /** Returns what else a coordinator needs to know of some kinds: a format's file type, a hierarchy's input. */
    private static String details(EstPlugin p) {
        if (p instanceof ExportFormatProvider) {
            ExportFormatProvider f = (ExportFormatProvider) p;
            return "  [." + f.fileExtension() + ", " + f.mediaType() + "; writes " + f.documentTypes().stream()
                    .map(Class::getSimpleName).sorted().collect(Collectors.joining(", ")) + "]";
        }
        if (p instanceof AreaHierarchyProvider) {
            return ((AreaHierarchyProvider) p).readsSource() ? "  [reads an --areas file]" : "  [built in]";
        }
        return "";
    }

    /** One SPI kind. */
    private static final class Kind {
        final Class<? extends EstPlugin> type;
        final String what;
        final String option;

        Kind(Class<? extends EstPlugin> type, String what, String option) {
            this.type = type;
            this.what = what;
            this.option = option;
        }
    }
}
