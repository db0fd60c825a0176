package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three example plugins of est-plugin-examples — the scale {@code skola-4}, the export format {@code markdown}
 * and the area hierarchy provider {@code outline}, each its own jar — put beside est4j on the class path and on the
 * module path of a new JVM, as a host would: {@code est plugins} lists them, and {@code est report} reads areas from
 * an outline, grades on the school's scale and writes Markdown.
 */
class PluginExamplesTest {
    private static final List<String> JARS = List.of("scale/target/est-example-scale",
            "markdown/target/est-example-markdown", "outline/target/est-example-outline");
    private static final String OUTLINE = "# Skolans område\nSjövikens kommun [kommun]\n  Sjöviken [tätort]\n"
            + "    Solbackaskolan [område]\n      Skolgården [plats]\n      Cykelstället [plats]\n";

    @TempDir
    Path dir;

    /** The jars of the example plugins, as the build left them. */
    private static List<Path> pluginJars() {
        Path root = Path.of(System.getProperty("est.plugin.examples"));
        List<Path> jars = new ArrayList<>();
        for (String jar : JARS) {
            Path path = root.resolve(jar + "-" + System.getProperty("est.version") + ".jar");
            assertThat(path).as("build the example plugins first: mvn -B verify from the project root").exists();
            jars.add(path);
        }
        return jars;
    }

    /** est-examples' classes and its runtime dependencies, then the plugins. */
    private static String path() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(System.getProperty("est.classes"));
        entries.add(Files.readString(Path.of(System.getProperty("est.runtime.path"))).strip());
        pluginJars().forEach(p -> entries.add(p.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** Runs the command line in a new JVM with est4j and the plugins on the class path or the module path. */
    private static String est(String mode, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (mode.equals("module-path")) {
            command.addAll(List.of("-p", path(), "-m", "org.est4j.examples/org.est4j.examples.cli.EstCli"));
        } else {
            command.addAll(List.of("-cp", path(), "org.est4j.examples.cli.EstCli"));
        }
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("est %s finished", String.join(" ", args)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @ParameterizedTest
    @ValueSource(strings = {"class-path", "module-path"})
    void estFindsEachPluginByItsId(String mode) throws Exception {
        String plugins = est(mode, "plugins");
        assertThat(plugins).containsPattern("\n  skola-4 +0  A school's four-level safety scale")
                .contains("org.est4j.example.scale.SchoolScaleProvider")
                .containsPattern("\n  markdown +0  Feedback report as a Markdown page")
                .contains("org.est4j.example.markdown.MarkdownFormatProvider")
                .containsPattern("\n  outline +0  Area hierarchy from an indented text outline")
                .contains("org.est4j.example.outline.OutlineAreasProvider")
                .doesNotContain("FAILED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class-path", "module-path"})
    void aReportUsesAllThree(String mode) throws Exception {
        Path areas = Files.writeString(dir.resolve("omraden.txt"), OUTLINE);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            observations.add(Observation.builder().id(ObservationId.of("s-" + i)).source(Source.REPORTER)
                    .reporter(ReporterId.of("r-" + i % 4))
                    .area(AreaId.of("sjovikens-kommun/sjoviken/solbackaskolan/" + (i % 3 == 0 ? "cykelstallet"
                            : "skolgarden"))).category(CategoryId.of(i % 2 == 0 ? "littering" : "property-damage"))
                    .severity(Severity.of(2)).occurredAtLocal(LocalDateTime.of(2026, 3, 2 + i % 5, 12, 0))
                    .visibility(Visibility.PUBLIC).description("Rast " + i).build());
        }
        Path csv = Files.writeString(dir.resolve("iakttagelser.csv"), DemoFiles.observations(observations));
        Path out = dir.resolve("ut");
        est(mode, "report", "--observations", csv.toString(), "--areas-provider", "outline", "--areas",
                areas.toString(), "--scale", "skola-4", "--period", "2026-W10", "--format", "markdown", "--out",
                out.toString());
        String markdown = Files.readString(out.resolve("lagesbild-2026-W10-est-gruppen.md"));
        List<String> schoolLevels = List.of("Trygg", "Mest trygg", "Otrygg", "Mycket otrygg");
        assertThat(markdown).startsWith("# Lägesrapport – ").contains("| Sjövikens kommun |", "Solbackaskolan",
                "Skolgården", "| 24 |");
        assertThat(markdown.lines().filter(l -> l.contains("Skolgården")).collect(Collectors.joining()))
                .as("graded on the school's scale").containsAnyOf(schoolLevels.toArray(new String[0]));
    }
}
