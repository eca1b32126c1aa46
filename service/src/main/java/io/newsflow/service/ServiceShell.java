package io.newsflow.service;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.service.config.KafkaPreflight;
import io.newsflow.service.management.KafkaReachability;
import io.newsflow.service.management.ManagementEndpoints;
import io.newsflow.service.management.ManagementServer;
import io.newsflow.service.management.Readiness;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every newsflow service starts with and stops last: the start-up check of its Kafka settings, a Prometheus
 * registry with the JVM's metrics, and (for services without an HTTP API of their own) the management server of
 * {@code /health/live}, {@code /health/ready} and {@code /metrics}. The served readiness is the service's own, and
 * not ready whenever Kafka does not answer (see {@link KafkaReachability}).
 *
 * <pre>{@code
 * ServiceShell shell = ServiceShell.open("index", config.kafka());   // refuses a wrong password at once
 * ... build the clients, binding their metrics to shell.registry() ...
 * shell.serve(config.httpHost(), config.httpPort(), IndexConfig.INDEX_HTTP_PORT, this::readiness);
 * ...
 * shell.close();                                                       // after the service's own clients
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class ServiceShell implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceShell.class);

    private final String service;
    private final Map<?, ?> kafka;
    private final PrometheusMeterRegistry registry;
    private final boolean kafkaAnswered;
    private volatile ManagementServer management;
    private KafkaReachability reachability;

    private ServiceShell(String service, Map<?, ?> kafka, PrometheusMeterRegistry registry, boolean kafkaAnswered) {
        this.service = service;
        this.kafka = kafka;
        this.registry = registry;
        this.kafkaAnswered = kafkaAnswered;
    }

    /**
     * Checks that Kafka accepts {@code kafka}'s settings and opens the metrics registry. A Kafka that does not answer
     * is logged and tolerated (the clients keep trying); one that refuses the login or the TLS handshake is not.
     *
     * @throws io.newsflow.service.config.ConfigException when Kafka refuses the login or the TLS handshake
     */
    public static ServiceShell open(String service, Map<?, ?> kafka) {
        boolean answered = KafkaPreflight.verify(kafka, KafkaPreflight.TIMEOUT);
        if (!answered) {
            LOG.warn("{}: Kafka at {} did not answer within {} s; starting anyway and still trying", service,
                    kafka.get("bootstrap.servers"), KafkaPreflight.TIMEOUT.toSeconds());
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return new ServiceShell(service, Map.copyOf(kafka), registry, answered);
    }

    /** Whether Kafka answered when the shell was opened: a service need not wait on it for more at start. */
    public boolean kafkaAnswered() {
        return kafkaAnswered;
    }

    /** The service's metrics, as {@code /metrics} serves them. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Serves the health and metrics endpoints on {@code host}:{@code port} (0 for a free port), ready as
     * {@code readiness} says while Kafka answers, and not ready, saying since when Kafka is unreachable, while it
     * does not.
     *
     * @throws java.io.UncheckedIOException when the port cannot be bound; the message names {@code portVariable}
     */
    public synchronized void serve(String host, int port, String portVariable, Supplier<Readiness> readiness) {
        if (management != null) {
            throw new IllegalStateException(service + " already serves its health and metrics");
        }
        KafkaReachability kafkaReachability = KafkaReachability.watch(service, kafka);
        try {
            management = ManagementServer.start(host, port, portVariable,
                    new ManagementEndpoints(() -> kafkaReachability.gate(readiness.get()), registry::scrape));
        } catch (RuntimeException e) {
            kafkaReachability.close();
            throw e;
        }
        reachability = kafkaReachability;
    }

    /** The port of the health and metrics endpoints, once {@link #serve} bound it. */
    public int port() {
        ManagementServer served = management;
        if (served == null) {
            throw new IllegalStateException(service + " does not serve its health and metrics yet");
        }
        return served.port();
    }

    /** Stops serving and closes the registry; call it after the service's own clients are closed. */
    @Override
    public synchronized void close() {
        if (management != null) {
            management.close();
        }
        if (reachability != null) {
            reachability.close();
        }
        registry.close();
    }
}
