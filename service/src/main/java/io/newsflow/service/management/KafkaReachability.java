package io.newsflow.service.management;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a service reaches Kafka, for its readiness. Kafka's clients ride out an outage without telling their owner:
 * Kafka Streams stays RUNNING, a consumer's poll just returns nothing. So a thread of its own asks a broker to
 * describe the cluster every {@link #INTERVAL}, waiting at most {@link #TIMEOUT}, and {@link #readiness()} reports
 * the last answer without waiting for Kafka.
 *
 * <pre>{@code
 * KafkaReachability kafka = KafkaReachability.watch("enrich", config.kafka());
 * Readiness now = kafka.gate(serviceReadiness);   // not ready while Kafka does not answer, whatever the service says
 * kafka.close();
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class KafkaReachability implements AutoCloseable {

    /** How often Kafka is asked. */
    public static final Duration INTERVAL = Duration.ofSeconds(5);
    /** How long an answer may take before Kafka counts as unreachable. */
    public static final Duration TIMEOUT = Duration.ofSeconds(4);

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReachability.class);

    /** One look at the cluster: how many brokers it has; throws when no broker answered in time. */
    @FunctionalInterface
    public interface Probe {
        int brokers() throws Exception;
    }

    private final String service;
    private final String bootstrap;
    private final Probe probe;
    private final Clock clock;
    private final Admin admin;
    private final ScheduledExecutorService checks;
    private volatile Readiness last;
    private Instant unreachableSince;

    KafkaReachability(String service, String bootstrap, Probe probe, Clock clock, Admin admin,
                      ScheduledExecutorService checks) {
        this.service = Objects.requireNonNull(service, "service");
        this.bootstrap = bootstrap;
        this.probe = Objects.requireNonNull(probe, "probe");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.admin = admin;
        this.checks = checks;
        this.last = Readiness.notReady("Kafka at " + bootstrap + " not reached yet");
    }

    /**
     * Starts watching the Kafka of {@code kafka} (client settings as from
     * {@link io.newsflow.service.config.Env#kafkaClientProperties()}): the first check at once, then every
     * {@link #INTERVAL}.
     */
    public static KafkaReachability watch(String service, Map<?, ?> kafka) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        Admin admin = Admin.create(props);
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kafka-reachability");
            thread.setDaemon(true);
            return thread;
        });
        KafkaReachability reachability = new KafkaReachability(service,
                String.valueOf(props.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)), () -> describe(admin),
                Clock.systemUTC(), admin, checks);
        checks.scheduleWithFixedDelay(reachability::check, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return reachability;
    }

    private static int describe(Admin admin) throws Exception {
        return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                .get(TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS).size();
    }

    /** Asks Kafka once and remembers the answer; logs when Kafka is lost and when it is back. */
    void check() {
        int brokers;
        String failure;
        try {
            brokers = probe.brokers();
            failure = brokers > 0 ? null : "the cluster has no broker";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            brokers = 0;
            failure = reason(e);
        }
        synchronized (this) {
            if (failure == null) {
                if (unreachableSince != null) {
                    LOG.info("{}: Kafka at {} answers again after {} s", service, bootstrap,
                            Duration.between(unreachableSince, clock.instant()).toSeconds());
                }
                unreachableSince = null;
                last = Readiness.ready("Kafka at " + bootstrap + " answers (" + brokers + " broker(s))");
            } else {
                if (unreachableSince == null) {
                    unreachableSince = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    LOG.warn("{}: Kafka at {} does not answer ({}); not ready until it does", service, bootstrap,
                            failure);
                }
                last = Readiness.notReady("Kafka at " + bootstrap + " unreachable since " + unreachableSince + ": "
                        + failure);
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof TimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Ready when the last check reached Kafka; otherwise not ready, saying since when and why. Never waits. */
    public Readiness readiness() {
        return last;
    }

    /**
     * {@code service} while Kafka is reachable; otherwise not ready, with Kafka's reason first and the service's
     * own detail after it.
     */
    public Readiness gate(Readiness service) {
        Readiness kafka = last;
        return kafka.ready() ? service : Readiness.notReady(kafka.detail() + "; " + service.detail());
    }

    /** Stops checking. */
    @Override
    public void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
