package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.est4j.core.EstException;
import org.est4j.core.ValidationException;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link ExportFormatProvider}, beside what every plugin meets: a media type and a file extension,
 * document types that the samples cover, deterministic output, the stream left open, foreign documents refused with
 * an {@link EstException} naming the types written, and unknown settings refused. est-core's test-jar has no export
 * contract yet; this one is est-io's, for its own formats.
 *
 * @param <P> the provider type under test
 */
abstract class ExportFormatProviderContract<P extends ExportFormatProvider> extends EstPluginContract<P> {

    @Override
    protected Class<ExportFormatProvider> kind() {
        return ExportFormatProvider.class;
    }

    /**
     * Returns documents the format writes, at least one of each declared type.
     *
     * @return sample documents
     */
    protected abstract List<Object> samples();

    static byte[] write(ExportFormatProvider.Writer writer, Object document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(document, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void mediaTypeAndExtensionAreGiven() {
        P p = provider();
        assertThat(p.mediaType()).isNotBlank().doesNotContain("\n").matches("[a-z]+/[a-z0-9.+\\-]+(;.*)?");
        assertThat(p.fileExtension()).matches("[a-z0-9]+");
        assertThat(p.documentTypes()).isNotEmpty().doesNotContainNull();
        assertThat(p.documentTypes()).isEqualTo(provider().documentTypes());
    }

    @Test
    void theSamplesCoverEveryDocumentType() {
        for (Class<?> type : provider().documentTypes()) {
            assertThat(samples()).as("a sample of %s", type.getName()).anyMatch(type::isInstance);
        }
    }

    @Test
    void everySampleIsWrittenTheSameWayEveryTime() {
        ExportFormatProvider.Writer a = provider().create(PluginConfig.empty());
        ExportFormatProvider.Writer b = provider().create(PluginConfig.empty());
        for (Object sample : samples()) {
            byte[] first = write(a, sample);
            assertThat(first).as("%s", sample).isNotEmpty();
            assertThat(write(a, sample)).isEqualTo(first);
            assertThat(write(b, sample)).isEqualTo(first);
        }
    }

    @Test
    void theStreamIsFlushedAndLeftOpen() throws IOException {
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
        Object sample = samples().get(0);
        provider().create(PluginConfig.empty()).write(sample, out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toByteArray()).isEqualTo(write(provider().create(PluginConfig.empty()), sample));
    }

    @Test
    void foreignDocumentsAreRefusedNamingTheTypesWritten() {
        ExportFormatProvider.Writer w = provider().create(PluginConfig.empty());
        assertThatThrownBy(() -> w.write(new Object(), new ByteArrayOutputStream()))
                .isInstanceOf(EstException.class)
                .satisfies(e -> provider().documentTypes().forEach(t ->
                        assertThat(e.getMessage()).contains(t.getSimpleName())));
    }

    @Test
    void unknownSettingsAreRefused() {
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("no-such-setting", "x"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no-such-setting");
    }

    @Test
    void theRegistryFindsTheFormat() {
        ExportFormatProvider found = EstPlugins.global().get(ExportFormatProvider.class, provider().id());
        assertThat(found.documentTypes()).isEqualTo(provider().documentTypes());
        assertThat(found.create(PluginConfig.empty()).toString()).startsWith(provider().id() + " writer");
    }
}
