package org.est4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFileAndTheShapeTheIssueAsksFor() throws IOException {
        Path a = Generator.write(dir.resolve("a.csv"), 5_000, 1);
        Path b = Generator.write(dir.resolve("b.csv"), 5_000, 1);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(5_001).first().isEqualTo(Generator.HEADER);
        long withPoint = lines.stream().skip(1).filter(l -> !l.endsWith(",")).count();
        assertThat(withPoint).isBetween(3_500L, 4_000L);
        assertThat(lines.stream().anyMatch(l -> l.contains("\"\"igen\"\""))).isTrue();
        assertThat(Generator.hierarchy().size()).isEqualTo(5_120);
        assertThat(Generator.categories()).hasSize(15);
        assertThat(Generator.head(a, dir.resolve("head.csv"), 10)).hasContent(String.join("\n",
                lines.subList(0, 11)) + "\n");
    }
}
