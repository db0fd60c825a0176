package org.est4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8Test {
    @Test
    void utf16LengthAgreesWithJavasStrictDecoderOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] pool = {0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xC3, (byte) 0xA5, (byte) 0xDF,
            (byte) 0xE0, (byte) 0xA0, (byte) 0xED, (byte) 0x9F, (byte) 0xEF, (byte) 0xF0, (byte) 0x90, (byte) 0xF4,
            (byte) 0x8F, (byte) 0xF5, (byte) 0xC0, (byte) 0xFF};
        qt().withExamples(400).forAll(integers().between(0, 12)).checkAssert(n -> {
            for (int trial = 0; trial < 50; trial++) {
                byte[] b = new byte[n + 2];
                for (int i = 0; i < b.length; i++) {
                    b[i] = pool[random.nextInt(pool.length)];
                }
                assertThat(Utf8.utf16Length(b, 1, 1 + n)).as("bytes %s", java.util.Arrays.toString(b))
                        .isEqualTo(strictLength(b, 1, n));
            }
        });
    }

    private static int strictLength(byte[] b, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, length)).length();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "A, 41, 1",
        "å, c3 a5, 2",
        "overlong slash, c0 af, -1",
        "lone continuation, 80, -1",
        "surrogate half, ed a0 80, -1",
        "last before surrogates, ed 9f bf, 3",
        "clef beyond the BMP, f0 9d 84 9e, 4",
        "above U+10FFFF, f4 90 80 80, -1",
        "cut short, e2 82, -1",
    })
    void nextStepsOverOneCharacterOrRefusesIt(String name, String hex, int length) {
        String[] parts = hex.split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        assertThat(Utf8.next(b, 0, b.length)).isEqualTo(length);
    }

    @Test
    void eightBytesAreAsciiOnlyWhenNoneHasItsHighBitSet() {
        byte[] b = "abcdefgh\u00e5bcdefghi".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.ascii8(b, 0)).isTrue();
        assertThat(Utf8.ascii8(b, 1)).isFalse();
        assertThat(Utf8.ascii8(b, 10)).isTrue();
    }
}
