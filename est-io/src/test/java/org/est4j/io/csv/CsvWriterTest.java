package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvWriterTest {

    /** Writes with a writer and returns the text, byte-order mark included. */
    interface Cells {
        void write(CsvWriter csv) throws IOException;
    }

    static String written(CsvStyle style, Cells cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvWriter csv = CsvWriter.to(out, style);
            cells.write(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> formulaLikeTexts() {
        return Stream.of(
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
                Arguments.of("+46 70 123 45 67", "'+46 70 123 45 67"),
                Arguments.of("-3", "'-3"),
                Arguments.of("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)"),
                Arguments.of("\t=1", "'\t=1"),
                Arguments.of("\rx", "\"'\rx\""),
                Arguments.of("  =1+1", "'  =1+1"),
                Arguments.of("\u00a0-2", "'\u00a0-2"),
                Arguments.of("\uFF1D1+1", "'\uFF1D1+1"),
                Arguments.of("\uFF20x", "'\uFF20x"));
    }

    @ParameterizedTest
    @MethodSource("formulaLikeTexts")
    void textThatASpreadsheetCouldEvaluateGetsAnApostrophe(String text, String cell) {
        assertThat(CsvWriter.isFormulaLike(text)).isTrue();
        assertThat(written(CsvStyle.swedishExcel(), csv -> csv.text(text).endRow())).isEqualTo("\uFEFF" + cell + "\r\n");
    }

    @ParameterizedTest
    @MethodSource("harmlessTexts")
    void otherTextIsWrittenAsItIs(String text) {
        assertThat(CsvWriter.isFormulaLike(text)).isFalse();
        assertThat(CsvWriter.neutralise(text)).isSameAs(text);
    }

    static Stream<String> harmlessTexts() {
        return Stream.of("", "Torget", "a=b", "3-2", "'=already quoted", "Åborreviken", "   ", "x-1", "1e5",
                "mail@example.com");
    }

    @Test
    void numbersAreNeverNeutralisedSoMinusThreeStaysANumber() {
        assertThat(written(CsvStyle.swedishExcel(), csv -> csv.number(-3).text("-3").number(-2.5).endRow()))
                .isEqualTo("\uFEFF-3;'-3;-2,5\r\n");
        assertThat(written(CsvStyle.englishExcel(), csv -> csv.number(-2.5).decimal(-12.499, 2).endRow()))
                .isEqualTo("\uFEFF-2.5,-12.5\r\n");
    }

    @Test
    void numbersHaveTheStylesSeparatorAndNoExponent() {
        CsvStyle sv = CsvStyle.swedishExcel();
        assertThat(written(sv, csv -> csv.number(59.758).number(1e21).number(1e-7).number(-0.0).number(18.0)
                .decimal(2.675, 2).decimal(60.0, 1).endRow()))
                .isEqualTo("\uFEFF59,758;1000000000000000000000;0,0000001;0;18;2,67;60\r\n");
        assertThatThrownBy(() -> written(sv, csv -> csv.number(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> written(sv, csv -> csv.decimal(1, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cellsAreQuotedAsRfc4180Says() {
        assertThat(written(CsvStyle.swedishExcel(), csv -> csv.text("a;b").text("say \"hi\"").text("two\nlines")
                .text("cr\r").text("a,b").empty().endRow()))
                .isEqualTo("\uFEFF\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\r\";a,b;\r\n");
        assertThat(written(CsvStyle.englishExcel(), csv -> csv.text("a,b").text("a;b").endRow()))
                .isEqualTo("\uFEFF\"a,b\",a;b\r\n");
    }

    @Test
    void theByteOrderMarkAndLineEndingFollowTheStyle() {
        CsvStyle plain = CsvStyle.builder().byteOrderMark(false).lineEnding(CsvStyle.LineEnding.LF).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvWriter csv = CsvWriter.to(out, plain);
            csv.row(List.of("område", "antal")).text("Åborreviken").number(3).endRow().flush();
            assertThat(csv.rows()).isEqualTo(2);
            assertThat(csv.style()).isEqualTo(plain);
            assertThat(csv.toString()).contains("2 rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.toByteArray()).isEqualTo("område;antal\nÅborreviken;3\n".getBytes(StandardCharsets.UTF_8));
        byte[] withBom = written(CsvStyle.swedishExcel(), csv -> csv.text("a").endRow()).getBytes(StandardCharsets.UTF_8);
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void datesAreIso8601() {
        assertThat(written(CsvStyle.swedishExcel(), csv -> csv.date(LocalDate.of(2026, 11, 18)).endRow()))
                .isEqualTo("\uFEFF2026-11-18\r\n");
    }

    @Test
    void theStreamIsFlushedButNeverClosed() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CsvWriter csv = CsvWriter.to(out, CsvStyle.swedishExcel());
        csv.text("x").endRow().flush();
        assertThat(closed[0]).isFalse();
        assertThat(bytes.size()).isEqualTo(3 + 3);
    }

    /**
     * Any cells written and read back with est4j's reader give the neutralised texts, in the same rows (with line
     * breaks inside cells as LF, which is how the reader gives them).
     */
    @Test
    void whatIsWrittenReadsBackCellForCell() {
        List<String> alphabet = List.of("a", "Å", ";", ",", "\"", "\n", "\r\n", "\t", " ", "=", "+", "-", "@", "'",
                "1", "😀", "\u00a0");
        qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, alphabet.size() - 1))
                .ofSizeBetween(0, 6)).ofSizeBetween(1, 6), integers().between(1, 5)).checkAssert((cellCodes, rows) -> {
            List<String> cells = new ArrayList<>();
            cells.add("first"); // a row whose cells are all blank would be skipped by the reader, as blank lines are
            for (List<Integer> codes : cellCodes) {
                StringBuilder s = new StringBuilder();
                codes.forEach(i -> s.append(alphabet.get(i)));
                cells.add(s.toString());
            }
            for (CsvStyle style : List.of(CsvStyle.swedishExcel(), CsvStyle.englishExcel(),
                    CsvStyle.builder().delimiter('\t').lineEnding(CsvStyle.LineEnding.LF).build())) {
                String text = written(style, csv -> {
                    for (int r = 0; r < rows; r++) {
                        for (String c : cells) {
                            csv.text(c);
                        }
                        csv.endRow();
                    }
                });
                CsvReader reader = CsvReader.open(Source.of("x.csv", text.getBytes(StandardCharsets.UTF_8)),
                        CsvFormat.builder().delimiter(style.delimiter()).charset(StandardCharsets.UTF_8).build());
                List<String> expected = new ArrayList<>();
                // The reader gives every line break inside a quoted field as LF, as it documents.
                cells.forEach(c -> expected.add(CsvWriter.neutralise(c).replace("\r\n", "\n").replace('\r', '\n')));
                for (int r = 0; r < rows; r++) {
                    Optional<CsvRecord> record = reader.next();
                    assertThat(record).as("row %d of %s", r, text).isPresent();
                    assertThat(record.get().problem()).isEmpty();
                    assertThat(record.get().fields()).as(style.toString()).isEqualTo(expected);
                }
                assertThat(reader.next()).isEmpty();
            }
        });
    }

    @Test
    void theSameCellsGiveTheSameBytes() {
        qt().withExamples(100).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> {
            Cells cells = csv -> csv.text(s).number(s.length()).number(s.length() / 3.0).endRow();
            assertThat(written(CsvStyle.swedishExcel(), cells)).isEqualTo(written(CsvStyle.swedishExcel(), cells));
        });
    }

    @Test
    void theJvmsDefaultLocaleChangesNothing() {
        Cells cells = csv -> csv.number(1234567.5).decimal(0.25, 1).number(-7).date(LocalDate.of(2026, 1, 2)).endRow();
        String expected = written(CsvStyle.swedishExcel(), cells);
        Locale before = Locale.getDefault();
        try {
            for (String tag : List.of("de-DE", "ar-EG", "hi-IN", "sv-SE", "en-US")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(written(CsvStyle.swedishExcel(), cells)).as(tag).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(before);
        }
        assertThat(expected).isEqualTo("\uFEFF1234567,5;0,3;-7;2026-01-02\r\n");
    }
}
