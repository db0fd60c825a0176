package org.est4j.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
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
}
