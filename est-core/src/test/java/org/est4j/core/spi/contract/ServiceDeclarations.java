package org.est4j.core.spi.contract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the two declarations of a jar's (or class directory's) plugin providers: the {@code provides} clauses of its
 * {@code module-info.class}, and its {@code META-INF/services} files. The module path reads only the first, the
 * class path only the second, so a plugin must declare every provider in both.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ServiceDeclarations {
    private final Map<String, Set<String>> provides;
    private final Map<String, Set<String>> services;

    private ServiceDeclarations(Map<String, Set<String>> provides, Map<String, Set<String>> services) {
        this.provides = provides;
        this.services = services;
    }

    /**
     * Reads the declarations of the jar or directory a class was loaded from.
     *
     * @param anyClass any class of that jar or directory
     * @return its declarations
     */
    public static ServiceDeclarations of(Class<?> anyClass) {
        try {
            Path location = Path.of(requireNonNull(anyClass, "anyClass").getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return read(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return read(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceDeclarations read(Path root) throws IOException {
        Map<String, Set<String>> provides = new TreeMap<>();
        Path moduleInfo = root.resolve("module-info.class");
        if (Files.exists(moduleInfo)) {
            try (InputStream in = Files.newInputStream(moduleInfo)) {
                for (ModuleDescriptor.Provides p : ModuleDescriptor.read(in).provides()) {
                    provides.put(p.service(), new TreeSet<>(p.providers()));
                }
            }
        }
        Map<String, Set<String>> services = new TreeMap<>();
        Path dir = root.resolve("META-INF/services");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.collect(Collectors.toList())) {
                    Set<String> lines = Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\\R"))
                            .map(l -> l.replaceAll("#.*", "").trim())
                            .filter(l -> !l.isEmpty())
                            .collect(Collectors.toCollection(TreeSet::new));
                    services.put(file.getFileName().toString(), lines);
                }
            }
        }
        return new ServiceDeclarations(provides, services);
    }

    /**
     * Returns the {@code provides} clauses of the module descriptor, by service interface.
     *
     * @return an empty map when there is no {@code module-info.class}
     */
    public Map<String, Set<String>> provides() {
        return provides;
    }

    /**
     * Returns the {@code META-INF/services} entries, by service interface.
     *
     * @return the entries, comments and blank lines left out
     */
    public Map<String, Set<String>> services() {
        return services;
    }

    /**
     * Tells whether a provider is declared both ways.
     *
     * @param service the service interface
     * @param provider the provider class
     * @return an explanation of what is missing, or empty when both declarations name it
     */
    public Optional<String> missing(Class<?> service, Class<?> provider) {
        boolean inModule = provides.getOrDefault(service.getName(), Set.of()).contains(provider.getName());
        boolean inServices = services.getOrDefault(service.getName(), Set.of()).contains(provider.getName());
        if (inModule && inServices) {
            return Optional.empty();
        }
        return Optional.of(provider.getName() + " is not declared " + (inModule ? "" : "with 'provides "
                + service.getName() + " with …' in module-info.java") + (inModule || inServices ? "" : " nor ")
                + (inServices ? "" : "in META-INF/services/" + service.getName()));
    }
}
