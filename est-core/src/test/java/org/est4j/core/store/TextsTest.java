package org.est4j.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everyTextReadsBackAsWrittenAcrossPagesOfEverySize() {
        qt().withExamples(15).forAll(lists().of(strings().allPossible().ofLengthBetween(0, 1500))
                .ofSizeBetween(0, 200)).checkAssert(list -> {
                    Texts texts = new Texts();
                    List<Long> at = new ArrayList<>();
                    list.forEach(s -> at.add(texts.add(s)));
                    for (int i = 0; i < list.size(); i++) {
                        String expected = new String(list.get(i).getBytes(StandardCharsets.UTF_8),
                                StandardCharsets.UTF_8); // lone surrogates become '?', as UTF-8 has no room for them
                        assertThat(texts.text(at.get(i))).isEqualTo(expected);
                        assertThat(Texts.text(texts.pages(), at.get(i))).isEqualTo(expected);
                        assertThat(texts.hash(at.get(i))).isEqualTo(hashOfBytes(expected));
                    }
                });
    }

    @Test
    void theEmptyTextIsPositionZeroAndEqualsOnlyItself() {
        Texts texts = new Texts();
        assertThat(texts.add("")).isZero();
        long x = texts.add("x");
        assertThat(texts.text(0L)).isEmpty();
        assertThat(texts.equals(0L, new byte[0], 0, 0)).isTrue();
        assertThat(texts.equals(x, new byte[0], 0, 0)).isFalse();
        assertThat(texts.equals(0L, texts, x)).isFalse();
        assertThat(texts.hash(0L)).isZero();
    }

    @Test
    void aCopyIsEqualToItsOriginalAndAsciiHashesAreTheStringHashes() {
        Texts from = new Texts();
        Texts to = new Texts();
        for (String s : List.of("e1001", "Fönster krossat", "a/b:c-d_e.f", "𝄞 klav")) {
            long at = from.add(s);
            long copy = to.copy(from, at);
            assertThat(to.text(copy)).isEqualTo(s);
            assertThat(to.equals(copy, from, at)).isTrue();
        }
        long id = from.add("e1001");
        assertThat(from.hash(id)).isEqualTo("e1001".hashCode());
    }

    @Test
    void clearingKeepsThePagesForTheNextTexts() {
        Texts texts = new Texts();
        texts.add("x".repeat(10_000));
        long capacity = texts.capacityBytes();
        texts.clear();
        long again = texts.add("y".repeat(10_000));
        assertThat(texts.text(again)).isEqualTo("y".repeat(10_000));
        assertThat(texts.capacityBytes()).isEqualTo(capacity);
    }

    private static int hashOfBytes(String s) {
        int h = 0;
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + (x & 0xFF);
        }
        return h;
    }
}
