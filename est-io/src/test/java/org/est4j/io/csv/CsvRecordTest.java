package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void fieldsAreNumberedAsPeopleCountColumns() {
        CsvRecord r = CsvRecordTest.record("1;två;3");
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.field(1)).isEqualTo("1");
        assertThat(r.field(2)).isEqualTo("två");
        assertThat(r.field(0)).isEmpty();
        assertThat(r.field(4)).isEmpty();
        assertThat(r.problemColumn()).isZero();
        assertThat(r).hasToString("CsvRecord[line 2, 3 fields]");
    }

    @Test
    void describesItsProblem() {
        List<CsvRecord> records = CsvReaderTest.read("a;b\n\"x\"y;2\n");
        assertThat(records.get(1).toString()).startsWith("CsvRecord[line 2, 2 fields, problem in column 1: has text"
                + " after the closing quote");
    }

    static CsvRecord record(String line) {
        return CsvReaderTest.read("a;b;c\n" + line + "\n").get(1);
    }
}
