package io.newsflow.service.config;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * The start-up check of a service's Kafka client settings. Kafka clients treat a refused login or an untrusted
 * broker certificate like any other failure: producers block, consumers retry, health probes say "unreachable".
 * Such a failure never heals by itself, so every service asks for the cluster description once at start and
 * stops with a {@link ConfigException} naming the broker, the variable to fix and Kafka's reason. A broker that
 * does not answer at all is a different case: it may simply not be up yet, and the service starts and retries.
 *
 * <p>Stateless and thread-safe.
 */
public final class KafkaPreflight {

    /** Long enough for a TLS and SCRAM handshake on a busy host; a refused login is reported well within it. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private KafkaPreflight() {
    }

    /**
     * Connects with {@code clientProperties} (as from {@link Env#kafkaClientProperties()}) and waits at most
     * {@code timeout} for a broker to describe the cluster.
     *
     * @return true when a broker answered; false when none did within {@code timeout}
     * @throws ConfigException when a broker refused the login or the TLS handshake failed, or the settings are not
     *                         valid Kafka client settings; the message names the bootstrap servers and the cause
     */
    public static boolean verify(Map<?, ?> clientProperties, Duration timeout) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        String bootstrap = String.valueOf(props.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            if (reasons(e).contains("No resolvable bootstrap urls")) {
                // the client's own words for a host name that resolves to no address: a typo, or DNS
                throw new ConfigException(Env.KAFKA_BOOTSTRAP_SERVERS, null, "no host name in " + bootstrap
                        + " resolves to an address");
            }
            throw new ConfigException("KAFKA_*", null, "not valid Kafka client settings for " + bootstrap + ": "
                    + reasons(e));
        }
        try (admin) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes()
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException refused) {
                throw refusal(refused, bootstrap);
            }
            return false;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ConfigException refusal(AuthenticationException e, String bootstrap) {
        if (e instanceof SslAuthenticationException) {
            return new ConfigException("KAFKA_SSL_TRUSTSTORE_LOCATION", null, "TLS handshake with Kafka at "
                    + bootstrap + " failed (is the broker's certificate signed by a CA in the trust store, for this"
                    + " host name?): " + reasons(e));
        }
        String variable = e instanceof SaslAuthenticationException ? "KAFKA_SASL_JAAS_CONFIG"
                : "KAFKA_SECURITY_PROTOCOL";
        return new ConfigException(variable, null, "Kafka at " + bootstrap + " refused the authentication: "
                + reasons(e));
    }

    /** The messages of the exception and its causes, which is where Kafka and the JDK say what went wrong. */
    private static String reasons(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
