package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    static List<CsvRecord> read(byte[] bytes, CsvFormat format) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(Source.of("test.csv", bytes), format)) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    static List<CsvRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), CsvFormat.detect());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------- detection

    static Stream<Arguments> delimiters() {
        return Stream.of(
                Arguments.of("a;b;c\n1;2;3\n", ';', List.of("1", "2", "3")),
                Arguments.of("a,b,c\n1,2,3\n", ',', List.of("1", "2", "3")),
                Arguments.of("a\tb\tc\n1\t2\t3\n", '\t', List.of("1", "2", "3")),
                Arguments.of("a;b,c\n1;2,3\n", ';', List.of("1", "2,3")),
                Arguments.of("\"a;b;c\",d\n1,2\n", ',', List.of("1", "2")),
                Arguments.of("\n\nenda\nvärde\n", ',', List.of("värde")),
                Arguments.of("lat,lon;namn;id\n59,1 18,2;x;1\n", ';', List.of("59,1 18,2", "x", "1")));
    }

    @ParameterizedTest
    @MethodSource("delimiters")
    void detectsTheDelimiterFromTheHeaderOutsideQuotes(String text, char delimiter, List<String> secondRecord) {
        try (CsvReader reader = CsvReader.open(Source.of("t.csv", text.getBytes(StandardCharsets.UTF_8)),
                CsvFormat.detect())) {
            assertThat(reader.delimiter()).isEqualTo(delimiter);
            reader.next();
            assertThat(reader.next().orElseThrow().fields()).isEqualTo(secondRecord);
        }
    }

    static Stream<Arguments> encodings() {
        String text = "område;plats\nHåbo;Torget – öster\n";
        return Stream.of(
                Arguments.of("UTF-8", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                Arguments.of("UTF-8 with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                Arguments.of("Windows-1252", text.getBytes(CP1252), CP1252),
                Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        text.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        text.getBytes(StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void detectsTheEncodingAndDropsTheByteOrderMark(String name, byte[] bytes, Charset expected) {
        try (CsvReader reader = CsvReader.open(Source.of("t.csv", bytes), CsvFormat.detect())) {
            assertThat(reader.charset()).isEqualTo(expected);
            assertThat(reader.next().orElseThrow().fields()).containsExactly("område", "plats");
            assertThat(reader.next().orElseThrow().fields()).containsExactly("Håbo", "Torget – öster");
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void windows1252IsDetectedEvenWhenTheFirstNonAsciiByteComesLate() {
        StringBuilder text = new StringBuilder("a;b\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(";x\n");
        }
        text.append("sist;Säffle\n");
        List<CsvRecord> records = read(text.toString().getBytes(CP1252), CsvFormat.detect());
        assertThat(records).hasSize(20_002);
        assertThat(records.get(20_001).fields()).containsExactly("sist", "Säffle");
    }

    @Test
    void aGivenEncodingFlagsBytesThatAreNotValidInIt() {
        byte[] bytes = "a;b\nHåbo;x\n".getBytes(CP1252);
        List<CsvRecord> records = read(bytes, CsvFormat.builder().charset(StandardCharsets.UTF_8).build());
        assertThat(records.get(1).problem()).get().asString().contains("not valid UTF-8");
        assertThat(records.get(1).problemColumn()).isEqualTo(1);
        assertThat(records.get(0).problem()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- records

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() {
        List<CsvRecord> records = read("id;text;x\r\n1;\"rad ett\r\nrad två; med \"\"citat\"\"\";z\r\n2;\"\";\"\"\"\"\r\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("1", "rad ett\nrad två; med \"citat\"", "z");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).raw()).isEqualTo("1;\"rad ett\r\nrad två; med \"\"citat\"\"\";z");
        assertThat(records.get(2).fields()).containsExactly("2", "", "\"");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).problem()).isEmpty();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() {
        assertThat(read("a;b\n5\" rör;x\n").get(1).fields()).containsExactly("5\" rör", "x");
    }

    @Test
    void blankLinesAndLinesOfBareDelimitersAreNotRecordsButCountAsLines() {
        List<CsvRecord> records = read("a;b\n\n;;;;\n  ; \n1;2\n\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(5);
        assertThat(records.get(1).fields()).containsExactly("1", "2");
    }

    @Test
    void everyKindOfLineEndEndsARecord() {
        List<CsvRecord> records = read("a;b\r1;2\n3;4\r\n5;6");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(3).fields()).containsExactly("5", "6");
        assertThat(records.get(3).raw()).isEqualTo("5;6");
    }

    @Test
    void aQuoteThatIsNeverClosedTakesTheRestAndSaysWhereItOpened() {
        List<CsvRecord> records = read("a;b\n1;2\n3;\"öppen\n4;5\n");
        assertThat(records).hasSize(3);
        CsvRecord broken = records.get(2);
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.problemColumn()).isEqualTo(2);
        assertThat(broken.problem()).get().asString().contains("opened on line 3").contains("never closed");
        assertThat(broken.fields()).containsExactly("3", "öppen\n4;5\n");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemAndReadingGoesOn() {
        List<CsvRecord> records = read("a;b;c\n\"x\"y;2;3\n4;5;6\n");
        assertThat(records.get(1).problem()).get().asString().contains("after the closing quote");
        assertThat(records.get(1).problemColumn()).isEqualTo(1);
        assertThat(records.get(1).fields()).containsExactly("xy", "2", "3");
        assertThat(records.get(2).problem()).isEmpty();
        assertThat(records.get(2).fields()).containsExactly("4", "5", "6");
    }

    @Test
    void aFieldLongerThanTheLimitIsCutAndFlaggedAndTheNextRecordIsFine() {
        String huge = "x".repeat(5_000);
        List<CsvRecord> records = read(("a;b\n1;" + huge + "\n2;y\n").getBytes(StandardCharsets.UTF_8),
                CsvFormat.builder().maxFieldLength(100).build());
        CsvRecord big = records.get(1);
        assertThat(big.problem()).get().asString().contains("longer than 100 characters");
        assertThat(big.problemColumn()).isEqualTo(2);
        assertThat(big.fields().get(1)).hasSize(100);
        assertThat(big.raw()).hasSizeLessThan(Rejection.MAX_RAW_LENGTH + 40).endsWith("(5002 characters)");
        assertThat(records.get(2).fields()).containsExactly("2", "y");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void anEmptyInputHasNoRecords() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }

    @Test
    void aGivenDelimiterIsUsedAsIs() {
        List<CsvRecord> records = read("a|b;c\n1|2;3\n".getBytes(StandardCharsets.UTF_8),
                CsvFormat.builder().delimiter('|').build());
        assertThat(records.get(1).fields()).containsExactly("1", "2;3");
    }

    // ------------------------------------------------------------------------------------------- limits and failures

    @Test
    void anInputLargerThanTheByteLimitStopsWithAnImportException() {
        byte[] bytes = ("a;b\n" + "1;2\n".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        CsvFormat small = CsvFormat.builder().maxBytes(500).build();
        assertThatThrownBy(() -> read(bytes, small)).isInstanceOf(ImportException.class)
                .hasMessageContaining("larger than the limit of 500 bytes");
        CsvFormat given = CsvFormat.builder().maxBytes(500).charset(StandardCharsets.UTF_8).delimiter(';').build();
        assertThatThrownBy(() -> read(bytes, given)).isInstanceOf(ImportException.class)
                .hasMessageContaining("test.csv").hasMessageContaining("(maxBytes)");
    }

    @Test
    void aSourceThatCannotBeOpenedStopsWithAnImportException() {
        Source broken = new Source() {
            @Override
            public String name() {
                return "trasig.csv";
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> CsvReader.open(broken, CsvFormat.detect())).isInstanceOf(ImportException.class)
                .hasMessageContaining("trasig.csv").hasMessageContaining("disk gone");
    }

    @Test
    void describesItself() {
        try (CsvReader reader = CsvReader.open(Source.of("t.csv", "a;b\n".getBytes(StandardCharsets.UTF_8)),
                CsvFormat.detect())) {
            assertThat(reader.toString()).isEqualTo("CsvReader[t.csv, UTF-8, delimiter ;, line 1]");
            assertThat(reader.sourceName()).isEqualTo("t.csv");
        }
    }
}
