package org.est4j.core.plugin;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.est4j.core.spi.EstPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin registry: finds the providers of each SPI in {@code org.est4j.core.spi} and answers which provider
 * has a given id.
 *
 * <p>Providers come from {@link ServiceLoader} — on the module path through {@code provides}, on the class path
 * through {@code META-INF/services}, or from a {@link ModuleLayer} a host builds — and from providers registered
 * in code, for hosts that manage their own class loading. For each kind the registry
 * <ul>
 *   <li>loads once, lazily, and caches the result;</li>
 *   <li>resolves two providers with the same id by {@linkplain EstPlugin#priority() priority}: the
 *       <strong>higher</strong> wins; with equal priorities neither is used and asking for that id throws a
 *       {@link PluginException} that names both classes;</li>
 *   <li>never swallows a provider that fails to load or to answer its {@code id()}: the failure is logged,
 *       {@link #all(Class)} throws it, and {@link #get(Class, String)} throws it when the id asked for is not
 *       among the healthy providers (it might have been the failed one); providers with other ids keep
 *       working;</li>
 *   <li>orders providers deterministically: priority descending, then id.</li>
 * </ul>
 *
 * <p>A provider that is <em>slow</em> — its construction, its answers or a factory call through
 * {@link #call(EstPlugin, String, Function)} take longer than {@link #SLOW_MILLIS} ms — is logged as a warning that
 * names its class and the time, and is still used: est4j does not interrupt a provider (a thread cannot be stopped
 * safely), so a host that needs a deadline runs the lookup on its own executor. Loading one kind never blocks
 * lookups of another kind, and a provider may look up providers of another kind while it is being loaded.
 *
 * <p>{@link #global()} is the registry most code uses; {@link #builder()} makes others (for a class loader, a
 * module layer, or providers registered in code), and {@link #setGlobal(EstPlugins)} replaces the global one in a
 * container or a test.
 *
 * <p>Implementation requirements: this class is thread-safe; a registry never changes what it answers once a
 * kind has been loaded.
 */
public final class EstPlugins {
    private static final Logger LOG = LoggerFactory.getLogger(EstPlugins.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9._\\-]{0,63}");
    private static final Pattern PROVIDER_IN_MESSAGE = Pattern.compile("Provider (\\S+)");
    private static final int MAX_DESCRIPTION = 200;
    /** A provider that takes longer than this, in milliseconds, to load, answer or create is logged as slow. */
    public static final long SLOW_MILLIS = 1_000;

    private static volatile EstPlugins global;

    private final ClassLoader classLoader;
    private final ModuleLayer layer;
    private final boolean discover;
    private final Map<Class<?>, List<EstPlugin>> registered;
    private final Map<Class<?>, Lazy> catalogues = new ConcurrentHashMap<>();

    private EstPlugins(Builder builder) {
        this.classLoader = builder.classLoader;
        this.layer = builder.layer;
        this.discover = builder.discover;
        Map<Class<?>, List<EstPlugin>> copy = new LinkedHashMap<>();
        builder.registered.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
        this.registered = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the registry that discovers providers with the class loader that loaded est4j (which on the module
     * path also sees every module in the boot layer).
     *
     * @return the global registry
     */
    public static EstPlugins global() {
        EstPlugins g = global;
        if (g == null) {
            synchronized (EstPlugins.class) {
                g = global;
                if (g == null) {
                    g = builder().build();
                    global = g;
                }
            }
        }
        return g;
    }

    /**
     * Replaces the global registry, for containers that manage plugins themselves and for tests.
     *
     * @param registry the registry {@link #global()} returns from now on; null to go back to discovery
     */
    public static void setGlobal(EstPlugins registry) {
        synchronized (EstPlugins.class) {
            LOG.info("Global est4j plugin registry replaced by {}", registry);
            global = registry;
        }
    }

    /**
     * Starts building a registry.
     *
     * @return a builder that discovers with est4j's own class loader and registers nothing in code
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the provider of a kind that has an id.
     *
     * @param kind the provider interface, such as {@code ScaleProvider.class}
     * @param id the id, such as {@code est-5}
     * @param <P> the provider type
     * @return the provider that won for that id
     * @throws UnknownPluginException when no healthy provider has that id and none failed (it lists the known ids)
     * @throws PluginException when two providers claim the id with equal priority, or when the id is unknown and
     *     some provider of the kind failed to load
     */
    public <P extends EstPlugin> P get(Class<P> kind, String id) {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        Catalogue catalogue = catalogue(kind);
        EstPlugin winner = catalogue.byId.get(id);
        if (winner != null) {
            return kind.cast(winner);
        }
        PluginException conflict = catalogue.conflicts.get(id);
        if (conflict != null) {
            throw conflict;
        }
        if (!catalogue.failures.isEmpty()) {
            throw new PluginException(catalogue.failures.get(0).providerClass(),
                    "No healthy " + kind.getSimpleName() + " with id '" + id + "'; known ids: "
                            + String.join(", ", catalogue.byId.keySet()) + ". It may be one that failed: "
                            + describe(catalogue.failures), catalogue.failures.get(0));
        }
        throw new UnknownPluginException(kind.getSimpleName(), id, new ArrayList<>(catalogue.byId.keySet()));
    }

    /**
     * Returns the provider of a kind that has an id, if a healthy one does.
     *
     * @param kind the provider interface
     * @param id the id
     * @param <P> the provider type
     * @return the winning provider, or empty
     */
    public <P extends EstPlugin> Optional<P> find(Class<P> kind, String id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(catalogue(requireNonNull(kind, "kind")).byId.get(id)).map(kind::cast);
    }

    /**
     * Returns every provider of a kind, one per id, highest priority first, then by id.
     *
     * @param kind the provider interface
     * @param <P> the provider type
     * @return an unmodifiable list
     * @throws PluginException when a provider of that kind failed to load or two claim an id with equal priority
     */
    public <P extends EstPlugin> List<P> all(Class<P> kind) {
        Catalogue catalogue = catalogue(requireNonNull(kind, "kind"));
        if (!catalogue.failures.isEmpty()) {
            throw catalogue.failures.get(0);
        }
        if (!catalogue.conflicts.isEmpty()) {
            throw catalogue.conflicts.values().iterator().next();
        }
        return catalogue.ordered.stream().map(kind::cast).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the ids of the healthy providers of a kind.
     *
     * @param kind the provider interface
     * @return sorted ids
     */
    public List<String> ids(Class<? extends EstPlugin> kind) {
        return List.copyOf(catalogue(requireNonNull(kind, "kind")).byId.keySet());
    }

    /**
     * Returns what went wrong loading the providers of a kind: providers that failed and ids claimed twice with
     * equal priority.
     *
     * @param kind the provider interface
     * @return the failures, in the order found; empty when all is well
     */
    public List<PluginException> failures(Class<? extends EstPlugin> kind) {
        Catalogue catalogue = catalogue(requireNonNull(kind, "kind"));
        List<PluginException> all = new ArrayList<>(catalogue.failures);
        all.addAll(catalogue.conflicts.values());
        return List.copyOf(all);
    }

    /** Returns where this registry looks, such as {@code EstPlugins[discovery: class loader app, registered: 2]}. */
    @Override
    public String toString() {
        String source = !discover ? "no discovery" : layer != null ? "discovery: module layer " + layer
                : "discovery: class loader " + classLoader.getName();
        int count = registered.values().stream().mapToInt(List::size).sum();
        return "EstPlugins[" + source + ", registered: " + count + "]";
    }

    /**
     * Calls a provider's factory method, such as {@code create(config)} or {@code scale()}, and checks its answer,
     * so that a provider that throws or returns null is named in the error instead of failing later, elsewhere.
     *
     * @param provider the provider
     * @param method the method called, for the message, such as {@code create(config)}
     * @param call the call
     * @param <P> the provider type
     * @param <T> the type of its answer
     * @return the provider's answer, never null
     * @throws PluginException naming the provider's class and id when the call throws or returns null
     */
    public static <P extends EstPlugin, T> T call(P provider, String method, Function<? super P, ? extends T> call) {
        requireNonNull(provider, "provider");
        requireNonNull(method, "method");
        requireNonNull(call, "call");
        String className = provider.getClass().getName();
        String named = className + " ('" + Described.safeId(provider) + "')";
        long started = System.nanoTime();
        T answer;
        try {
            answer = call.apply(provider);
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new PluginException(className, "The provider " + named + " failed in " + method + ": " + e, e);
        }
        warnIfSlow(named, method, started);
        if (answer == null) {
            throw new PluginException(className, "The provider " + named + " broke the plugin contract: " + method
                    + " returned null", null);
        }
        return answer;
    }

    private static void warnIfSlow(String provider, String what, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        if (millis > SLOW_MILLIS) {
            LOG.warn("est4j plugin {} is slow: {} took {} ms (more than {} ms)", provider, what, millis, SLOW_MILLIS);
        }
    }

    private Catalogue catalogue(Class<? extends EstPlugin> kind) {
        // Not computeIfAbsent(kind, this::load): a provider that looks up another kind while being loaded would
        // update the map recursively, and a slow provider would block other kinds that share the map's bin.
        return catalogues.computeIfAbsent(kind, k -> new Lazy()).get(kind);
    }

    /** One kind's catalogue, loaded once by the first thread that asks. */
    private final class Lazy {
        private volatile Catalogue catalogue;
        private Thread loading;

        Catalogue get(Class<? extends EstPlugin> kind) {
            Catalogue c = catalogue;
            if (c != null) {
                return c;
            }
            synchronized (this) {
                if (catalogue == null) {
                    if (loading == Thread.currentThread()) {
                        throw new PluginException("a provider of " + kind.getName(), "A " + kind.getSimpleName()
                                + " provider asked for providers of its own kind while they were being loaded; "
                                + "look them up when used, not in the constructor or id()", null);
                    }
                    loading = Thread.currentThread();
                    try {
                        catalogue = load(kind);
                    } finally {
                        loading = null;
                    }
                }
                return catalogue;
            }
        }
    }

    private Catalogue load(Class<?> kind) {
        List<EstPlugin> candidates = new ArrayList<>();
        List<PluginException> failures = new ArrayList<>();
        if (discover) {
            discover(kind, candidates, failures);
        }
        candidates.addAll(registered.getOrDefault(kind, List.of()));
        Catalogue catalogue = new Catalogue();
        catalogue.failures.addAll(failures);
        Map<String, List<Described>> byId = new TreeMap<>();
        for (EstPlugin candidate : candidates) {
            try {
                Described d = Described.of(candidate);
                byId.computeIfAbsent(d.id, k -> new ArrayList<>()).add(d);
            } catch (PluginException e) {
                catalogue.failures.add(e);
            }
        }
        byId.forEach((id, claims) -> {
            claims.sort(Comparator.comparingInt((Described d) -> -d.priority).thenComparing(d -> d.className));
            Described first = claims.get(0);
            if (claims.size() > 1 && claims.get(1).priority == first.priority) {
                catalogue.conflicts.put(id, new PluginException(first.className, "Two " + kind.getSimpleName()
                        + " providers claim the id '" + id + "' with the same priority " + first.priority + ": "
                        + first.className + " and " + claims.get(1).className
                        + ". Remove one, or give the one that should win a higher priority()", null));
            } else {
                catalogue.byId.put(id, first.plugin);
                catalogue.priorities.put(id, first.priority);
            }
        });
        catalogue.ordered.addAll(catalogue.byId.values());
        catalogue.ordered.sort(Comparator.comparingInt((EstPlugin p) -> -catalogue.priorities.get(Described.idOf(p)))
                .thenComparing(Described::idOf));
        for (PluginException failure : catalogue.failures) {
            LOG.error("est4j plugin failed: {}", failure.getMessage(), failure.getCause());
        }
        for (PluginException conflict : catalogue.conflicts.values()) {
            LOG.error("est4j plugin conflict: {}", conflict.getMessage());
        }
        return catalogue;
    }

    private void discover(Class<?> kind, List<EstPlugin> candidates, List<PluginException> failures) {
        Module own = EstPlugins.class.getModule();
        if (own.isNamed() && !own.canUse(kind)) {
            own.addUses(kind);
        }
        ServiceLoader<?> loader = layer != null ? ServiceLoader.load(layer, kind) : ServiceLoader.load(kind, classLoader);
        Iterator<?> it = loader.iterator();
        // ServiceLoader makes a best effort to go on after a broken provider; a bound stops a loader that cannot.
        for (int errors = 0; errors < 100; ) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                long started = System.nanoTime();
                EstPlugin next = (EstPlugin) it.next();
                warnIfSlow(next.getClass().getName(), "construction", started);
                candidates.add(next);
            } catch (ServiceConfigurationError e) {
                errors++;
                Matcher m = PROVIDER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
                String className = m.find() ? m.group(1) : "a provider of " + kind.getName();
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                failures.add(new PluginException(className, "The " + kind.getSimpleName() + " provider " + className
                        + " failed to load: " + cause, cause));
            }
        }
    }

    private static String describe(List<PluginException> failures) {
        return failures.stream().map(PluginException::getMessage).collect(Collectors.joining("; "));
    }

    /** The resolved providers of one kind. Filled once, then only read. */
    private static final class Catalogue {
        final Map<String, EstPlugin> byId = new TreeMap<>();
        final Map<String, Integer> priorities = new TreeMap<>();
        final List<EstPlugin> ordered = new ArrayList<>();
        final Map<String, PluginException> conflicts = new TreeMap<>();
        final List<PluginException> failures = new ArrayList<>();
    }

    /** A provider with its answers read once, checked against the {@link EstPlugin} contract. */
    private static final class Described {
        final EstPlugin plugin;
        final String id;
        final int priority;
        final String className;

        private Described(EstPlugin plugin, String id, int priority) {
            this.plugin = plugin;
            this.id = id;
            this.priority = priority;
            this.className = plugin.getClass().getName();
        }

        static Described of(EstPlugin plugin) {
            String className = plugin.getClass().getName();
            String id;
            String description;
            int priority;
            long started = System.nanoTime();
            try {
                id = plugin.id();
                description = plugin.description();
                priority = plugin.priority();
            } catch (RuntimeException | LinkageError e) {
                throw new PluginException(className, "The provider " + className + " failed to answer id(), "
                        + "description() or priority(): " + e, e);
            }
            warnIfSlow(className, "id(), description() and priority()", started);
            if (id == null || !ID.matcher(id).matches()) {
                throw new PluginException(className, "The provider " + className + " breaks the plugin contract: id "
                        + (id == null ? "is null" : "'" + id + "' is not lower-case letters, digits and - . _ "
                        + "starting with a letter, at most 64 characters"), null);
            }
            if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION
                    || description.indexOf('\n') >= 0 || description.indexOf('\r') >= 0) {
                throw new PluginException(className, "The provider " + className + " ('" + id + "') breaks the plugin "
                        + "contract: description() must be one non-blank line of at most " + MAX_DESCRIPTION
                        + " characters", null);
            }
            return new Described(plugin, id, priority);
        }

        static String idOf(EstPlugin plugin) {
            return plugin.id();
        }

        /** The id for a message, whatever the provider does. */
        static String safeId(EstPlugin plugin) {
            try {
                return String.valueOf(plugin.id());
            } catch (RuntimeException | LinkageError e) {
                return "id() failed";
            }
        }
    }

    /**
     * Builds an {@link EstPlugins} registry.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     */
    public static final class Builder {
        private ClassLoader classLoader = EstPlugins.class.getClassLoader();
        private ModuleLayer layer;
        private boolean discover = true;
        private final Map<Class<?>, List<EstPlugin>> registered = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Discovers providers with a class loader (its named modules' {@code provides} and its
         * {@code META-INF/services}) instead of est4j's own.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = requireNonNull(loader, "loader");
            this.layer = null;
            return this;
        }

        /**
         * Discovers providers in a module layer (and its parents) that a host built for its plugins.
         *
         * @param moduleLayer the layer
         * @return this builder
         */
        public Builder moduleLayer(ModuleLayer moduleLayer) {
            this.layer = requireNonNull(moduleLayer, "moduleLayer");
            return this;
        }

        /**
         * Turns discovery with {@link ServiceLoader} off, so that only providers registered in code count.
         *
         * @return this builder
         */
        public Builder withoutDiscovery() {
            this.discover = false;
            return this;
        }

        /**
         * Registers a provider in code. It takes part in id resolution exactly like a discovered one.
         *
         * @param kind the provider interface it is registered as
         * @param provider the provider
         * @param <P> the provider type
         * @return this builder
         */
        public <P extends EstPlugin> Builder register(Class<P> kind, P provider) {
            requireNonNull(kind, "kind");
            registered.computeIfAbsent(kind, k -> new ArrayList<>()).add(kind.cast(requireNonNull(provider, "provider")));
            return this;
        }

        /**
         * Builds the registry. Nothing is loaded until a kind is first asked for.
         *
         * @return the registry
         */
        public EstPlugins build() {
            return new EstPlugins(this);
        }
    }
}
