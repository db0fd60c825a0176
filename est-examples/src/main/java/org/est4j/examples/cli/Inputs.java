package org.est4j.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.io.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options and the reading shared by {@code report} and {@code validate}: the observations file and its
 * importer, the areas (a file or a built-in hierarchy), and strict mode.
 */
final class Inputs {
    @Option(names = "--observations", paramLabel = "FILE", order = 1,
            description = "The file of observations, read by the --importer.")
    Path observations;

    @Option(names = "--importer", paramLabel = "ID", defaultValue = "csv", order = 2,
            description = "The importer that reads the observations file: csv (default; a survey tool's or a "
                    + "spreadsheet's export with Swedish headers such as datum, område, kategori), polisen-events "
                    + "(the Police events API's JSON), open311, or an installed plugin's id (see 'est plugins').")
    String importer;

    @Option(names = "--importer-setting", paramLabel = "KEY=VALUE", order = 3, mapFallbackValue = "",
            description = "A setting of the importer, repeatable, such as header.area=Stadsdel, delimiter=, or "
                    + "default.severity=3 for csv; the importer's documentation lists them. An unknown setting is "
                    + "an error.")
    Map<String, String> importerSettings = new LinkedHashMap<>();

    @Option(names = "--areas", paramLabel = "FILE", order = 4,
            description = "The file of areas, read by --areas-provider (csv unless given): one area a row with "
                    + "id;name;level;parent, optional lat;lon, and external codes such as kommunkod.")
    Path areas;

    @Option(names = "--areas-provider", paramLabel = "ID", order = 5,
            description = "The area hierarchy provider: csv (for an --areas file), se-municipalities or se-deso "
                    + "(built in: Sweden's counties, municipalities, RegSO and DeSO; no --areas file), or an "
                    + "installed plugin's id.")
    String areasProvider;

    @Option(names = "--areas-setting", paramLabel = "KEY=VALUE", order = 6, mapFallbackValue = "",
            description = "A setting of the area provider, repeatable, such as kommun=0188 for se-deso (keeps one "
                    + "municipality) or delimiter=; for csv.")
    Map<String, String> areasSettings = new LinkedHashMap<>();

    @Option(names = "--strict", order = 7,
            description = "Stop at the first row that cannot be accepted, instead of reading on and listing them "
                    + "all.")
    boolean strict;

    Inputs() {}

    /**
     * Loads the area hierarchy from the file or the built-in provider given.
     *
     * @throws CommandLine.ParameterException when neither or a wrong combination is given
     */
    AreaHierarchy hierarchy(EstPlugins plugins, CommandSpec spec) {
        if (areas == null && areasProvider == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing the areas: give a file with --areas FILE, or a built-in hierarchy with "
                            + "--areas-provider ID (such as se-municipalities or se-deso)");
        }
        String id = areasProvider != null ? areasProvider : "csv";
        AreaHierarchyProvider provider = plugins.get(AreaHierarchyProvider.class, id);
        Source source = Source.none();
        if (provider.readsSource()) {
            if (areas == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "The area provider '" + id
                        + "' reads a file: give it with --areas FILE");
            }
            source = Sources.of(readable(areas, "areas file"));
        } else if (areas != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The area provider '" + id
                    + "' has its areas built in and reads no file: leave out --areas " + areas
                    + ", or give --areas-provider csv (or another provider that reads files)");
        }
        AreaHierarchy hierarchy = provider.load(source, PluginConfig.of(areasSettings));
        if (hierarchy.isEmpty()) {
            throw new CommandFailure(EstCli.INPUT_REJECTED, "The areas " + (areas != null ? "file " + areas
                    : "of provider '" + id + "'") + " hold no area: every observation needs one to be in");
        }
        return hierarchy;
    }

    /**
     * Reads the observations, checking them against the areas and the taxonomy.
     *
     * @throws CommandFailure in strict mode at the first bad row, after printing it
     */
    ImportResult read(EstPlugins plugins, AreaHierarchy hierarchy, Taxonomy taxonomy, CommandSpec spec,
            PrintWriter err) {
        if (observations == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--observations=FILE'");
        }
        ObservationImporterProvider provider = plugins.get(ObservationImporterProvider.class, importer);
        Source source = Sources.of(readable(observations, "observations file"));
        ObservationImporterProvider.Importer reader = provider.create(PluginConfig.of(importerSettings));
        ImportContext context = ImportContext.builder().hierarchy(hierarchy).taxonomy(taxonomy).strict(strict)
                .build();
        try {
            return reader.read(source, context);
        } catch (ImportException e) {
            Rejection at = e.rejection();
            if (at == null || EstCli.exitCode(e) == EstCli.IO_ERROR) {
                throw e;
            }
            print(at, err);
            throw new CommandFailure(EstCli.INPUT_REJECTED, (strict ? "stopped at the first row that was not "
                    + "accepted (--strict)" : "stopped: the rest of the file cannot be read") + ": " + at, e);
        }
    }

    /** Prints every rejected row: where, why, and for errors the row as read. */
    static void printRejections(ImportResult result, PrintWriter err) {
        for (Rejection r : result.rejected()) {
            print(r, err);
        }
        err.flush();
    }

    private static void print(Rejection r, PrintWriter err) {
        err.println(r);
        if (!r.excluded() && !r.raw().isEmpty()) {
            err.println("    | " + r.raw().strip().replace("\r", "").replace("\n", "\n    | "));
        }
    }

    /** Returns {@code observations.csv: 120 read, 117 accepted, 3 rejected (1 excluded)}. */
    static String summary(ImportResult result) {
        return result.source() + ": " + result.rowsRead() + " read, " + result.accepted().size() + " accepted, "
                + result.rejected().size() + " rejected (" + result.excluded().size() + " excluded)";
    }

    /** Checks that a file can be read before an importer tries, so that a typo in a path is an I/O error. */
    static Path readable(Path path, String what) {
        if (!Files.exists(path)) {
            throw new CommandFailure(EstCli.IO_ERROR, "cannot read the " + what + " " + path + ": there is no such "
                    + "file");
        }
        if (Files.isDirectory(path)) {
            throw new CommandFailure(EstCli.IO_ERROR, "cannot read the " + what + " " + path + ": it is a folder, "
                    + "not a file");
        }
        if (!Files.isReadable(path)) {
            throw new CommandFailure(EstCli.IO_ERROR, "cannot read the " + what + " " + path + ": not allowed to "
                    + "read it");
        }
        return path;
    }
}
