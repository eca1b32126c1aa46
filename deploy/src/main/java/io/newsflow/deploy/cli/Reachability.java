package io.newsflow.deploy.cli;

import io.newsflow.deploy.logging.QuietConsole;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.KafkaPreflight;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The first thing the tools that read or write Kafka do: ask a broker for the cluster, briefly, so that a broker
 * that is down or misnamed is one clear line within seconds rather than minutes of client retries.
 */
final class Reachability {

    /** A local or nearby broker answers well within this; a refused connection is known at once. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Reachability() {
    }

    /**
     * Empty when a broker answered; otherwise the line to print, {@code newsflow COMMAND: cannot reach Kafka at
     * HOST:PORT (...)}, or what was wrong with the settings (a refused login, an untrusted certificate).
     */
    static Optional<String> kafka(String command, Map<?, ?> clientProperties) {
        String problem;
        try {
            if (KafkaPreflight.verify(clientProperties, TIMEOUT)) {
                return Optional.empty();
            }
            problem = "cannot reach Kafka at " + clientProperties.get(Env.BOOTSTRAP_SERVERS) + " (is it running? set "
                    + Env.KAFKA_BOOTSTRAP_SERVERS + " or --bootstrap-servers)";
        } catch (ConfigException e) {
            problem = e.getMessage();
        }
        // the client's retries are in the log file; this line says what they mean
        QuietConsole.explained();
        return Optional.of("newsflow " + command + ": " + problem);
    }
}
