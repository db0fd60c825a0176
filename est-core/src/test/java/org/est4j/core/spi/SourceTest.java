package org.est4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTest {
    private static final byte[] CSV = "datum;plats;kategori\n2026-11-20;Torget;klotter\n".getBytes(StandardCharsets.UTF_8);

    private static String read(Source source) throws IOException {
        try (InputStream in = source.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ofHasTheNameAndTheContent() throws IOException {
        Source source = Source.of("observations.csv", CSV);

        assertThat(source.name()).isEqualTo("observations.csv");
        assertThat(read(source)).isEqualTo("datum;plats;kategori\n2026-11-20;Torget;klotter\n");
    }

    @Test
    void eachOpenIsANewStreamFromTheStart() throws IOException {
        Source source = Source.of("observations.csv", CSV);

        try (InputStream first = source.open(); InputStream second = source.open()) {
            assertThat(first).isNotSameAs(second);
            assertThat(first.read()).isEqualTo('d');
            assertThat(first.read()).isEqualTo('a');
            assertThat(second.read()).as("the second stream is not advanced by the first").isEqualTo('d');
        }
        assertThat(read(source)).as("after streams were read and closed").startsWith("datum");
    }

    @Test
    void ofCopiesTheBytesSoTheCallerCannotChangeTheSource() throws IOException {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        Source source = Source.of("x", bytes);
        bytes[0] = 'z';

        assertThat(read(source)).isEqualTo("abc");
    }

    @Test
    void anEmptySourceOpensToAnEmptyStream() throws IOException {
        assertThat(read(Source.of("empty.csv", new byte[0]))).isEmpty();
    }

    @Test
    void ofRefusesNullsByName() {
        assertThatNullPointerException().isThrownBy(() -> Source.of(null, CSV)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> Source.of("x", null)).withMessage("bytes");
    }

    @Test
    void noneIsNamedNoneAndCannotBeOpened() {
        Source none = Source.none();

        assertThat(none.name()).isEqualTo("none");
        assertThatThrownBy(none::open).isInstanceOf(IOException.class)
                .hasMessageContaining("Source.none()").hasMessageContaining("needs a real source");
    }

    @Test
    void toStringNamesTheSourceAndItsSize() {
        assertThat(Source.of("observations.csv", CSV)).hasToString("Source[observations.csv, " + CSV.length + " bytes]");
        assertThat(Source.none()).hasToString("Source[none]");
    }
}
