package org.est4j.core.spi.contract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a plugin from source at test time, outside est4j, and makes it available the two ways a host would:
 * as a class-path directory with {@code META-INF/services} ({@link #onClassPath()}), or as a named module with
 * {@code provides} in its own {@link ModuleLayer} ({@link #inModuleLayer()}). Discovery tests use it to prove that
 * a provider written without est4j's source is found on both paths.
 *
 * <pre>{@code
 * ClassLoader loader = PluginSandbox.named("my.scale")
 *     .source("my/scale/MyScale.java", "package my.scale; public final class MyScale implements ScaleProvider {…}")
 *     .provides(ScaleProvider.class, "my.scale.MyScale")
 *     .onClassPath();
 * }</pre>
 *
 * <p>Implementation requirements: mutable and not thread-safe; use one per test.
 */
public final class PluginSandbox {
    static {
        // On the module path this class is patched into a named module, which must be made to read javax.tools.
        ModuleLayer.boot().findModule("java.compiler").ifPresent(PluginSandbox.class.getModule()::addReads);
    }

    private final String moduleName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> provides = new LinkedHashMap<>();

    private PluginSandbox(String moduleName) {
        this.moduleName = moduleName;
    }

    /**
     * Starts a sandbox plugin.
     *
     * @param moduleName the module name it gets in {@link #inModuleLayer()}, such as {@code test.scale}
     * @return an empty sandbox
     */
    public static PluginSandbox named(String moduleName) {
        return new PluginSandbox(requireNonNull(moduleName, "moduleName"));
    }

    /**
     * Adds a source file.
     *
     * @param path its path below the source root, such as {@code my/scale/MyScale.java}
     * @param code the Java source
     * @return this sandbox
     */
    public PluginSandbox source(String path, String code) {
        sources.put(requireNonNull(path, "path"), requireNonNull(code, "code"));
        return this;
    }

    /**
     * Declares a provider, both as a {@code META-INF/services} line and as a {@code provides} clause.
     *
     * @param service the service interface
     * @param implementation the fully qualified class name of the provider
     * @return this sandbox
     */
    public PluginSandbox provides(Class<?> service, String implementation) {
        provides.computeIfAbsent(service.getName(), k -> new ArrayList<>()).add(implementation);
        return this;
    }

    /**
     * Compiles the plugin against the test's class path and returns a class loader that holds it as a class-path
     * plugin: its classes and its {@code META-INF/services} files.
     *
     * @return a new class loader whose parent is this class's loader
     */
    public ClassLoader onClassPath() {
        Path out = compile(false);
        try {
            return new URLClassLoader(new URL[] {out.toUri().toURL()}, PluginSandbox.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles the plugin as a named module (with {@code requires} of every named module the test runs with, and
     * {@code provides} for each declared provider) and defines it in a new layer above the boot layer.
     *
     * @return the layer holding the plugin module
     * @throws IllegalStateException when est4j is not itself running as a named module (class-path test run)
     */
    public ModuleLayer inModuleLayer() {
        if (!PluginSandbox.class.getModule().isNamed() && !ModuleLayer.boot().findModule("org.est4j.core").isPresent()) {
            throw new IllegalStateException("A module-layer plugin needs est4j on the module path");
        }
        Path out = compile(true);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(ModuleFinder.of(out), ModuleFinder.of(), Set.of(moduleName));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, PluginSandbox.class.getClassLoader());
    }

    private Path compile(boolean asModule) {
        try {
            Path root = Files.createTempDirectory("est4j-plugin-");
            Path src = root.resolve("src");
            Path out = root.resolve("classes");
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                files.add(write(src.resolve(e.getKey()), e.getValue()));
            }
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-Xlint:none"));
            if (asModule) {
                files.add(write(src.resolve("module-info.java"), moduleInfo()));
                options.addAll(List.of("--module-path", bootModulePath()));
            } else {
                options.addAll(List.of("-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator
                        + bootModulePath()));
                for (Map.Entry<String, List<String>> e : provides.entrySet()) {
                    write(out.resolve("META-INF/services/" + e.getKey()), String.join("\n", e.getValue()) + "\n");
                }
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new ArrayList<>(options);
            files.forEach(f -> args.add(f.toString()));
            java.io.StringWriter errors = new java.io.StringWriter();
            int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    errors.write(b);
                }
            }, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("The sandbox plugin did not compile:\n" + errors);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String moduleInfo() {
        StringBuilder sb = new StringBuilder("module ").append(moduleName).append(" {\n");
        ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("org.est4j."))
                .map(Module::getName).sorted().forEach(n -> sb.append("  requires ").append(n).append(";\n"));
        Set<String> packages = sources.keySet().stream().filter(p -> p.contains("/"))
                .map(p -> p.substring(0, p.lastIndexOf('/')).replace('/', '.')).collect(Collectors.toSet());
        packages.stream().sorted().forEach(p -> sb.append("  exports ").append(p).append(";\n"));
        provides.forEach((service, impls) ->
                sb.append("  provides ").append(service).append(" with ").append(String.join(", ", impls)).append(";\n"));
        return sb.append("}\n").toString();
    }

    /** The file locations of the named modules in the boot layer that are not part of the JDK. */
    private static String bootModulePath() {
        return ModuleLayer.boot().configuration().modules().stream()
                .map(m -> m.reference().location())
                .filter(l -> l.isPresent() && "file".equals(l.get().getScheme()))
                .map(l -> Path.of(l.get()).toString())
                .sorted()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
