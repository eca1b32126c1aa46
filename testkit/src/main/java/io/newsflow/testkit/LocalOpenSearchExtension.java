package io.newsflow.testkit;

import io.newsflow.localstack.LocalOpenSearch;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real {@link LocalOpenSearch} node.
 *
 * <ul>
 *   <li>{@code @RegisterExtension static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();}:
 *       one node for the whole test run (its start-up is slow), closed when the run ends. Tests on it use their own
 *       index names; a test that stops the node must start it again.</li>
 *   <li>{@code @RegisterExtension static final LocalOpenSearchExtension OPENSEARCH =
 *       LocalOpenSearchExtension.ownNode(LocalOpenSearch.Options.defaults().setting("thread_pool.write.size", "1"));}:
 *       a node for this class only, started before its first test and closed after its last; for tests that need
 *       node settings of their own.</li>
 * </ul>
 *
 * <p>A {@link LocalOpenSearch} parameter of a test or {@code @BeforeAll} method is resolved to it.
 */
public final class LocalOpenSearchExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalOpenSearch.class);
    private static final String SHARED_KEY = "shared-node";

    private final LocalOpenSearch.Options ownOptions;
    private volatile LocalOpenSearch node;

    /** The node shared by every test class of the run. */
    public LocalOpenSearchExtension() {
        this(null);
    }

    private LocalOpenSearchExtension(LocalOpenSearch.Options ownOptions) {
        this.ownOptions = ownOptions;
    }

    /** A node for the registering class only, started with {@code options} and closed after its tests. */
    public static LocalOpenSearchExtension ownNode(LocalOpenSearch.Options options) {
        return new LocalOpenSearchExtension(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        node = ownOptions == null
                ? context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SHARED_KEY,
                        key -> LocalOpenSearch.start(LocalOpenSearch.Options.defaults()), LocalOpenSearch.class)
                : context.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> LocalOpenSearch.start(ownOptions),
                        LocalOpenSearch.class);
    }

    /** The running node. */
    public LocalOpenSearch node() {
        LocalOpenSearch started = node;
        if (started == null) {
            throw new IllegalStateException("LocalOpenSearchExtension is used before its beforeAll ran; register it"
                    + " on a static field");
        }
        return started;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalOpenSearch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return node();
    }
}
