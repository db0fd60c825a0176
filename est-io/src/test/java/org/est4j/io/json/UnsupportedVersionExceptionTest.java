package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class UnsupportedVersionExceptionTest {

    @Test
    void isAValidationExceptionThatNamesTheVersionAndWhatIsSupported() {
        UnsupportedVersionException e = new UnsupportedVersionException("3.1",
                List.of(new Problem("version", "is not supported", "\"3.1\"")));
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.version()).isEqualTo("3.1");
        assertThat(e.supported()).isEqualTo("1.x");
        assertThat(e).hasMessage("Invalid est4j JSON (1 problem): version: is not supported (was \"3.1\")");
    }

    @Test
    void isThrownByEstJsonForEveryOtherMajorVersion() {
        for (String version : List.of("0.9", "2.0", "10.0")) {
            String json = "{\"format\":\"est4j\",\"version\":\"" + version + "\",\"kind\":\"actors\",\"content\":[]}";
            try {
                EstJson.readString(DocumentKind.ACTORS, json);
                throw new AssertionError("accepted version " + version);
            } catch (UnsupportedVersionException e) {
                assertThat(e.version()).isEqualTo(version);
            }
        }
        assertThat(EstJson.readString(DocumentKind.ACTORS,
                "{\"format\":\"est4j\",\"version\":\"1.17\",\"kind\":\"actors\",\"content\":[]}")).isEmpty();
    }
}
