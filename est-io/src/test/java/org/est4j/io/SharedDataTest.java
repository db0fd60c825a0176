package org.est4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data files the tests read are the published files, byte for byte: each one's SHA-256 equals that of the file
 * in the project's {@code shared/data}, as published by its source (see {@code src/test/data/SOURCES.md}). Nobody
 * may edit them to make a test pass.
 */
class SharedDataTest {

    static Stream<Arguments> publishedFiles() {
        return Stream.of(
                Arguments.of("kommuner-med-lan.csv", "ab8886ad34a144aff11cf69a77b855a59c20b5691cb4073504172df4cd4d7e16"),
                Arguments.of("lan.csv", "1d8eccc083da1ecb6c39a3998b2aba16dfc8a93710b3ae1466052053c3228d15"),
                Arguments.of("open311-bloomington-requests.json",
                        "7cd3afb9ceba6ae426ac94907a4db4aba5d00eea6b5977db77e766476ad87881"),
                Arguments.of("open311-bloomington-services.json",
                        "0b157ee3c96117bd864c1d88ae505aeed3c5f4b8ab217db58be9a9f5043973aa"),
                Arguments.of("polisen-events-2023-03-25.json",
                        "b4a7aa8e4748185eb26d776974f631b24c47cef00d4640ee870b13163b69415a"),
                Arguments.of("scb-kopplingstabell-deso-regso-20210702.csv",
                        "aba0ec70e2b58d93fb30772d189f24471e3be159b64e88ac68f892d179f92a3f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedFiles")
    void isThePublishedFile(String name, String sha256) throws IOException, NoSuchAlgorithmException {
        byte[] bytes = Files.readAllBytes(SharedData.path(name));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(sha256);
    }
}
