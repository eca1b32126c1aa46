package io.newsflow.ingest.publish;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether Kafka is reachable right now, for the readiness probe: a cluster description within a short timeout,
 * remembered for a second so that frequent probes do not load the cluster. Thread-safe.
 */
public final class KafkaHealth implements BooleanSupplier, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long CACHE_NANOS = Duration.ofSeconds(1).toNanos();

    private final Admin admin;
    private long checkedAt;
    private boolean reachable;
    private boolean checked;

    public KafkaHealth(Properties kafka) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-ingest-health");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        this.admin = Admin.create(props);
    }

    /** True when a broker answered within 2 s (checked at most once a second). */
    @Override
    public synchronized boolean getAsBoolean() {
        long now = System.nanoTime();
        if (!checked || now - checkedAt > CACHE_NANOS) {
            reachable = describe();
            checkedAt = System.nanoTime();
            checked = true;
        }
        return reachable;
    }

    private boolean describe() {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
