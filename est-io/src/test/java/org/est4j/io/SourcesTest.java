package org.est4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.est4j.core.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @Test
    void aPathSourceIsNamedAfterTheFileAndOpensAFreshStreamEachTime(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("händelser.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);
        Source source = Sources.of(file);
        assertThat(source.name()).isEqualTo("händelser.csv");
        assertThat(source.toString()).contains(file.toString());
        for (int i = 0; i < 2; i++) {
            try (InputStream in = source.open()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a;b\n1;2\n");
            }
        }
    }

    @Test
    void aMissingFileFailsOnlyWhenOpened(@TempDir Path dir) {
        Source source = Sources.of(dir.resolve("saknas.csv"));
        assertThat(source.name()).isEqualTo("saknas.csv");
        assertThatThrownBy(source::open).isInstanceOf(IOException.class);
    }

    @Test
    void textIsUtf8WithoutAByteOrderMark() throws IOException {
        Source source = Sources.of("t.csv", "område\nÖrebro\n");
        try (InputStream in = source.open()) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes[0]).isEqualTo((byte) 'o');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("område\nÖrebro\n");
        }
        assertThat(source.name()).isEqualTo("t.csv");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> Sources.of((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> Sources.of("x", null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }
}
