package org.est4j.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code est validate}: reads a file of observations against the areas, prints every rejected row to standard
 * error and a summary to standard output, and exits with 1 when any row is an error (rows excluded on purpose, such
 * as the Police's night summaries, are not errors). Without {@code --observations} it checks the areas alone.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = EstCli.Version.class,
        description = {"Check a file of observations (and its areas) before a report: print every rejected row "
                + "with its line, column, field and reason, and a summary.",
            "Without --observations, only the areas are checked."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row was accepted or excluded on purpose",
            "1:some row is an error, or the areas are not a valid hierarchy",
            "2:usage error",
            "3:a file could not be read"},
        footer = {"", "Examples:",
            "  est validate --observations observations.csv --areas areas.csv",
            "  est validate --importer polisen-events --observations events.json \\",
            "      --areas-provider se-municipalities"})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    EstCli.Root root;

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    ValidateCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AreaHierarchy hierarchy = inputs.hierarchy(root.plugins, spec);
        String areasName = inputs.areas != null ? inputs.areas.getFileName().toString()
                : "--areas-provider " + inputs.areasProvider;
        if (inputs.observations == null) {
            out.println(areasName + ": " + hierarchy.size() + " areas, a valid hierarchy");
            return EstCli.OK;
        }
        ImportResult result = inputs.read(root.plugins, hierarchy, Taxonomy.standard(), spec, err);
        Inputs.printRejections(result, err);
        out.println(Inputs.summary(result));
        if (!result.isClean()) {
            err.println("est validate: " + result.errors().size() + (result.errors().size() == 1 ? " row is an error"
                    : " rows are errors") + "; fix them (or map them with --importer-setting) and validate again");
            return EstCli.INPUT_REJECTED;
        }
        return EstCli.OK;
    }
}
