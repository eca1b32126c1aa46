package io.newsflow.testkit;

import io.newsflow.localstack.LocalKafka;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real {@link LocalKafka} without each class paying for its own start-up.
 *
 * <ul>
 *   <li>{@code @ExtendWith(LocalKafkaExtension.class)} or {@code @RegisterExtension static final
 *       LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();}: one single-broker cluster for the whole test
 *       run (every class that asks for it shares it; it is closed when the run ends). Tests on it must not stop
 *       its broker and should use their own topic names or record ids.</li>
 *   <li>{@code @RegisterExtension static final LocalKafkaExtension KAFKA =
 *       LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults().brokers(3));}: a cluster for this class
 *       only, started before its first test and closed after its last; for fault tests that stop brokers.</li>
 * </ul>
 *
 * <p>Either way, a {@link LocalKafka} parameter of a test, {@code @BeforeAll} or {@code @BeforeEach} method is
 * resolved to it, and {@link #kafka()} / {@link #bootstrapServers()} return it once {@code beforeAll} ran.
 */
public final class LocalKafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalKafka.class);
    private static final String SHARED_KEY = "shared-single-broker";

    private final LocalKafka.Options ownOptions;
    private volatile LocalKafka kafka;

    /** The shared single-broker cluster; the constructor {@code @ExtendWith} uses. */
    public LocalKafkaExtension() {
        this(null);
    }

    private LocalKafkaExtension(LocalKafka.Options ownOptions) {
        this.ownOptions = ownOptions;
    }

    /** The single-broker cluster shared by every test class of the run. */
    public static LocalKafkaExtension shared() {
        return new LocalKafkaExtension();
    }

    /** A cluster for the registering class only, closed after its tests. */
    public static LocalKafkaExtension ownCluster(LocalKafka.Options options) {
        return new LocalKafkaExtension(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = ownOptions == null
                ? context.getRoot().getStore(NAMESPACE)
                        .getOrComputeIfAbsent(SHARED_KEY, key -> LocalKafka.start(LocalKafka.Options.defaults()),
                                LocalKafka.class)
                : context.getStore(NAMESPACE)
                        .getOrComputeIfAbsent(this, key -> LocalKafka.start(ownOptions), LocalKafka.class);
    }

    /** The running cluster. */
    public LocalKafka kafka() {
        LocalKafka started = kafka;
        if (started == null) {
            throw new IllegalStateException("LocalKafkaExtension is used before its beforeAll ran; register it"
                    + " on a static field or with @ExtendWith");
        }
        return started;
    }

    public String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return kafka();
    }
}
