package io.newsflow.testkit;

import io.newsflow.localstack.LocalOpenSearch;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests one real {@link LocalOpenSearch} node for the whole test run (its start-up is slow):
 * {@code @RegisterExtension static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();}.
 * It is closed when the run ends. Tests on it use their own index names; a test that stops the node must start
 * it again. A {@link LocalOpenSearch} parameter of a test or {@code @BeforeAll} method is resolved to it.
 */
public final class LocalOpenSearchExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalOpenSearch.class);
    private static final String SHARED_KEY = "shared-node";

    private volatile LocalOpenSearch node;

    @Override
    public void beforeAll(ExtensionContext context) {
        node = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SHARED_KEY,
                key -> LocalOpenSearch.start(LocalOpenSearch.Options.defaults()), LocalOpenSearch.class);
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
