package org.est4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code jshell} code block of the README in a JShell with est4j on the class path, snippet by snippet,
 * and fails on the first snippet that does not compile or throws — so the README's sessions never rot. A
 * {@code System.out.println(…);   // text} line must print that text.
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("```jshell\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*// (.+)$");

    static {
        // On the module path the tests are patched into org.est4j.examples, which must be made to read jdk.jshell.
        ModuleLayer.boot().findModule("jdk.jshell").ifPresent(ReadmeSnippetsTest.class.getModule()::addReads);
    }

    @TestFactory
    Stream<DynamicTest> everyJshellBlockOfTheReadmeRuns() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("est.readme", "../README.md")), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("jshell blocks in the README").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            tests.add(DynamicTest.dynamicTest("README jshell block " + (i + 1), () -> run(block)));
        }
        return tests.stream();
    }

    private static void run(String block) {
        StringBuilder printed = new StringBuilder();
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : classPath()) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = block;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                String source = info.source() != null ? info.source() : remaining;
                String output = evalCapturingOutput(shell, source);
                printed.append(output);
                remaining = info.remaining();
                // The comment after a println is the rest of its line, which the analysis leaves in `remaining`.
                String line = source.strip() + remaining.lines().findFirst().orElse("");
                Matcher expected = EXPECTED.matcher(line.lines().reduce((a, b) -> b).orElse(""));
                if (expected.find()) {
                    assertThat(output).as("output of %s", source.strip()).contains(expected.group(1).strip());
                }
            }
        }
        assertThat(printed.toString()).as("the block prints something").isNotBlank();
    }

    private static String evalCapturingOutput(JShell shell, String source) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            for (SnippetEvent event : shell.eval(source)) {
                assertThat(event.status()).as("status of %s%n%s", source.strip(),
                        shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
                        .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
                assertThat(event.exception()).as("exception thrown by %s", source.strip()).isNull();
            }
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> classPath() {
        List<String> entries = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.addAll(List.of(value.split(java.io.File.pathSeparator)));
            }
        }
        return entries;
    }
}
