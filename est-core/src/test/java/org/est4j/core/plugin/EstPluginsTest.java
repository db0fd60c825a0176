package org.est4j.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Scale;
import org.est4j.core.cycle.EstCycle;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.EstPlugin;
import org.est4j.core.spi.contract.PluginSandbox;
import org.junit.jupiter.api.Test;

class EstPluginsTest {

    /** A plugin kind that exists only in this test. */
    public interface Greeter extends EstPlugin {}

    static class FixedGreeter implements Greeter {
        private final String id;
        private final int priority;

        FixedGreeter(String id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "Greets as " + id;
        }

        @Override
        public int priority() {
            return priority;
        }
    }

    static final class OtherGreeter implements Greeter {
        @Override
        public String id() {
            return "hej";
        }

        @Override
        public String description() {
            return "Another hej";
        }
    }

    static final class ThrowingGreeter implements Greeter {
        @Override
        public String id() {
            throw new IllegalStateException("boom");
        }

        @Override
        public String description() {
            return "Never answers";
        }
    }

    private static EstPlugins registry(Greeter... greeters) {
        EstPlugins.Builder builder = EstPlugins.builder().withoutDiscovery();
        for (Greeter g : greeters) {
            builder.register(Greeter.class, g);
        }
        return builder.build();
    }

    private static List<String> ids(List<? extends EstPlugin> plugins) {
        return plugins.stream().map(EstPlugin::id).collect(Collectors.toList());
    }

    @Test
    void getReturnsTheProviderWithTheId() {
        FixedGreeter hej = new FixedGreeter("hej", 0);
        EstPlugins plugins = registry(new FixedGreeter("hello", 0), hej);
        assertThat(plugins.get(Greeter.class, "hej")).isSameAs(hej);
        assertThat(plugins.find(Greeter.class, "hej")).containsSame(hej);
        assertThat(plugins.find(Greeter.class, "moi")).isEmpty();
    }

    @Test
    void allIsOrderedByPriorityDescendingThenId() {
        EstPlugins plugins = registry(new FixedGreeter("b", 0), new FixedGreeter("a", 0), new FixedGreeter("z", 5),
                new FixedGreeter("c", -1));
        assertThat(ids(plugins.all(Greeter.class))).containsExactly("z", "a", "b", "c");
        assertThat(plugins.ids(Greeter.class)).containsExactly("a", "b", "c", "z");
    }

    @Test
    void unknownIdListsTheKnownIds() {
        EstPlugins plugins = registry(new FixedGreeter("hej", 0), new FixedGreeter("hello", 0));
        assertThatThrownBy(() -> plugins.get(Greeter.class, "moi"))
                .isInstanceOfSatisfying(UnknownPluginException.class, e -> {
                    assertThat(e.kind()).isEqualTo("Greeter");
                    assertThat(e.id()).isEqualTo("moi");
                    assertThat(e.knownIds()).containsExactly("hej", "hello");
                })
                .hasMessageContaining("known ids: hej, hello")
                .hasMessageContaining("register it");
    }

    @Test
    void unknownIdOfAKindWithNoProvidersSaysNone() {
        assertThatThrownBy(() -> registry().get(Greeter.class, "x")).hasMessageContaining("known ids: none");
    }

    @Test
    void higherPriorityWinsADuplicateId() {
        FixedGreeter high = new FixedGreeter("hej", 10);
        EstPlugins plugins = registry(new FixedGreeter("hej", 0), high, new FixedGreeter("hej", -3));
        assertThat(plugins.get(Greeter.class, "hej")).isSameAs(high);
        assertThat(plugins.all(Greeter.class)).containsExactly(high);
        assertThat(plugins.failures(Greeter.class)).isEmpty();
    }

    @Test
    void equalPriorityForTheSameIdFailsNamingBothClassesAndLeavesOtherIdsWorking() {
        EstPlugins plugins = registry(new FixedGreeter("hej", 0), new OtherGreeter(), new FixedGreeter("hello", 0));
        assertThatThrownBy(() -> plugins.get(Greeter.class, "hej"))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(FixedGreeter.class.getName())
                .hasMessageContaining(OtherGreeter.class.getName())
                .hasMessageContaining("same priority");
        assertThat(plugins.get(Greeter.class, "hello").id()).isEqualTo("hello");
        assertThatThrownBy(() -> plugins.all(Greeter.class)).isInstanceOf(PluginException.class);
        assertThat(plugins.failures(Greeter.class)).hasSize(1);
    }

    @Test
    void aProviderThatThrowsIsNamedWithItsCauseAndOthersKeepWorking() {
        EstPlugins plugins = registry(new ThrowingGreeter(), new FixedGreeter("hello", 0));
        assertThat(plugins.get(Greeter.class, "hello").id()).isEqualTo("hello");
        assertThatThrownBy(() -> plugins.get(Greeter.class, "hej"))
                .isInstanceOfSatisfying(PluginException.class,
                        e -> assertThat(e.providerClass()).isEqualTo(ThrowingGreeter.class.getName()))
                .hasMessageContaining("boom");
        assertThatThrownBy(() -> plugins.all(Greeter.class))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(ThrowingGreeter.class.getName())
                .hasRootCauseMessage("boom");
    }

    @Test
    void providersThatBreakTheContractAreReportedNotUsed() {
        EstPlugins plugins = registry(new FixedGreeter("Not An Id", 0), new FixedGreeter("ok", 0) {
            @Override
            public String description() {
                return "two\nlines";
            }
        });
        assertThat(plugins.ids(Greeter.class)).isEmpty();
        assertThat(plugins.failures(Greeter.class)).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("'Not An Id' is not lower-case"))
                .anySatisfy(m -> assertThat(m).contains("description() must be one non-blank line"));
    }

    @Test
    void registeredProvidersOfOneKindAreInvisibleToAnother() {
        EstPlugins plugins = registry(new FixedGreeter("hej", 0));
        assertThat(plugins.ids(EstPlugin.class)).isEmpty();
    }

    @Test
    void discoversAClassPathPluginThroughMetaInfServices() {
        ClassLoader loader = sandboxPlugin("cp.hello").onClassPath();
        EstPlugins plugins = EstPlugins.builder().classLoader(loader).build();
        EstPlugin found = plugins.get(EstPlugin.class, "sandbox-hello");
        assertThat(found.description()).isEqualTo("Compiled at test time");
        assertThat(found.getClass().getModule().isNamed()).isFalse();
    }

    /**
     * On the module path, a plugin module in its own layer is found through its {@code provides}; on the class path
     * (the second surefire run) the same test proves discovery through the class path of the test itself.
     */
    @Test
    void discoversAModulePluginThroughProvidesWhenEst4jIsAModule() {
        if (EstPlugins.class.getModule().isNamed()) {
            ModuleLayer layer = sandboxPlugin("mod.hello").inModuleLayer();
            EstPlugin found = EstPlugins.builder().moduleLayer(layer).build().get(EstPlugin.class, "sandbox-hello");
            assertThat(found.getClass().getModule().getName()).isEqualTo("mod.hello");
            assertThat(found.getClass().getModule().getDescriptor().provides())
                    .anySatisfy(p -> assertThat(p.service()).isEqualTo(EstPlugin.class.getName()));
        } else {
            assertThatThrownBy(() -> sandboxPlugin("mod.hello").inModuleLayer())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("module path");
        }
    }

    @Test
    void aBrokenServiceEntryIsReportedWithTheClassName() {
        ClassLoader loader = PluginSandbox.named("cp.broken")
                .source("cp/broken/Broken.java", "package cp.broken; public final class Broken implements "
                        + "org.est4j.core.spi.EstPlugin { public Broken() { throw new IllegalStateException(\"no\"); }"
                        + " public String id() { return \"broken\"; } public String description() { return \"x\"; } }")
                .provides(EstPlugin.class, "cp.broken.Broken")
                .onClassPath();
        EstPlugins plugins = EstPlugins.builder().classLoader(loader).build();
        assertThat(plugins.failures(EstPlugin.class)).singleElement()
                .satisfies(e -> assertThat(e.providerClass()).isEqualTo("cp.broken.Broken"));
        assertThatThrownBy(() -> plugins.get(EstPlugin.class, "broken")).hasMessageContaining("cp.broken.Broken");
    }

    @Test
    void setGlobalReplacesDiscoveryUntilReset() {
        EstPlugins mine = registry(new FixedGreeter("hej", 0));
        try {
            EstPlugins.setGlobal(mine);
            assertThat(EstPlugins.global()).isSameAs(mine);
        } finally {
            EstPlugins.setGlobal(null);
        }
        assertThat(EstPlugins.global()).isNotSameAs(mine);
        assertThat(EstPlugins.global().toString()).contains("discovery");
    }

    private static PluginSandbox sandboxPlugin(String module) {
        String pkg = module.replace('.', '/');
        return PluginSandbox.named(module)
                .source(pkg + "/Hello.java", "package " + module + "; public final class Hello implements "
                        + "org.est4j.core.spi.EstPlugin { public Hello() {} public String id() { return \"sandbox-hello\"; }"
                        + " public String description() { return \"Compiled at test time\"; } }")
                .provides(EstPlugin.class, module + ".Hello");
    }

    // ------------------------------------------------------------------------------------------ misbehaving plugins

    /** A second kind, to show that one kind's trouble stays with it. */
    public interface Waver extends EstPlugin {}

    static final class NullScale implements ScaleProvider {
        @Override
        public String id() {
            return "null-scale";
        }

        @Override
        public String description() {
            return "Answers null";
        }

        @Override
        public Scale scale() {
            return null;
        }
    }

    static final class ThrowingScale implements ScaleProvider {
        @Override
        public String id() {
            return "throwing-scale";
        }

        @Override
        public String description() {
            return "Throws";
        }

        @Override
        public Scale scale() {
            throw new UnsupportedOperationException("no scale today");
        }
    }

    @Test
    void callNamesAProviderWhoseFactoryReturnsNullOrThrows() {
        assertThatThrownBy(() -> EstPlugins.call(new NullScale(), "scale()", ScaleProvider::scale))
                .isInstanceOfSatisfying(PluginException.class,
                        e -> assertThat(e.providerClass()).isEqualTo(NullScale.class.getName()))
                .hasMessageContaining("'null-scale'").hasMessageContaining("scale() returned null");
        assertThatThrownBy(() -> EstPlugins.call(new ThrowingScale(), "scale()", ScaleProvider::scale))
                .isInstanceOf(PluginException.class).hasMessageContaining(ThrowingScale.class.getName())
                .hasMessageContaining("failed in scale()").hasRootCauseMessage("no scale today");
        assertThat(EstPlugins.call(new FixedGreeter("hej", 0), "description()", Greeter::description))
                .isEqualTo("Greets as hej");
        PluginException own = new PluginException("x", "already named", null);
        assertThatThrownBy(() -> EstPlugins.call(new FixedGreeter("hej", 0), "m", g -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void aCycleNamesTheScaleProviderThatAnswersNullOrThrowsAndOtherPluginsKeepWorking() {
        EstPlugins plugins = EstPlugins.builder().withoutDiscovery().register(ScaleProvider.class, new NullScale())
                .register(ScaleProvider.class, new ThrowingScale()).register(Greeter.class, new FixedGreeter("hej", 0))
                .build();
        AreaHierarchy areas = AreaHierarchy.of(Area.of(AreaId.of("k"), "Kommunen", AreaLevel.MUNICIPALITY));
        assertThatThrownBy(() -> EstCycle.builder(areas).plugins(plugins).scale("null-scale").build())
                .isInstanceOf(PluginException.class).hasMessageContaining(NullScale.class.getName())
                .hasMessageContaining("returned null");
        assertThatThrownBy(() -> EstCycle.builder(areas).plugins(plugins).scale("throwing-scale").build())
                .isInstanceOf(PluginException.class).hasMessageContaining(ThrowingScale.class.getName());
        assertThat(plugins.get(Greeter.class, "hej").id()).isEqualTo("hej");
        assertThat(plugins.ids(ScaleProvider.class)).containsExactly("null-scale", "throwing-scale");
    }

    @Test
    void aProviderMayLookUpAnotherKindWhileItIsBeingLoaded() {
        AtomicReference<EstPlugins> registry = new AtomicReference<>();
        EstPlugins plugins = EstPlugins.builder().withoutDiscovery()
                .register(Waver.class, new Waver() {
                    @Override
                    public String id() {
                        // looks up another kind during its own kind's loading
                        return "wave-" + registry.get().get(Greeter.class, "hej").id();
                    }

                    @Override
                    public String description() {
                        return "Waves";
                    }
                })
                .register(Greeter.class, new FixedGreeter("hej", 0)).build();
        registry.set(plugins);
        assertThat(plugins.ids(Waver.class)).containsExactly("wave-hej");
    }

    @Test
    void aProviderThatAsksForItsOwnKindWhileLoadingIsReportedNotHung() {
        AtomicReference<EstPlugins> registry = new AtomicReference<>();
        EstPlugins plugins = EstPlugins.builder().withoutDiscovery()
                .register(Greeter.class, new FixedGreeter("hello", 0) {
                    @Override
                    public String id() {
                        return "x" + registry.get().ids(Greeter.class).size();
                    }
                })
                .register(Greeter.class, new FixedGreeter("hej", 0)).build();
        registry.set(plugins);
        assertThat(plugins.ids(Greeter.class)).containsExactly("hej");
        assertThat(plugins.failures(Greeter.class)).singleElement().extracting(Throwable::getMessage).asString()
                .contains("asked for providers of its own kind");
    }

    @Test
    void aSlowProviderBlocksNeitherOtherKindsNorTheLookupsAfterIt() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EstPlugins plugins = EstPlugins.builder().withoutDiscovery()
                .register(Waver.class, new Waver() {
                    @Override
                    public String id() {
                        loading.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "slow";
                    }

                    @Override
                    public String description() {
                        return "Takes its time";
                    }
                })
                .register(Greeter.class, new FixedGreeter("hej", 0)).build();
        CompletableFuture<List<String>> slow = CompletableFuture.supplyAsync(() -> plugins.ids(Waver.class));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        // while the slow kind is still loading, another kind answers at once
        assertThat(CompletableFuture.supplyAsync(() -> plugins.get(Greeter.class, "hej").id())
                .get(5, TimeUnit.SECONDS)).isEqualTo("hej");
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).containsExactly("slow");
        assertThat(plugins.ids(Waver.class)).containsExactly("slow");
        assertThat(EstPlugins.SLOW_MILLIS).isEqualTo(1_000);
    }
}
