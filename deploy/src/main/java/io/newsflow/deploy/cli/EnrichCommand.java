package io.newsflow.deploy.cli;

import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich}: the Kafka Streams enrichment and de-duplication service, configured from the environment. */
@Command(name = "enrich", description = {"Run the enrich service: pages.clean -> articles, articles.duplicates, enrich.dlq.",
        "Configured by environment: KAFKA_BOOTSTRAP_SERVERS and KAFKA_*, ENRICH_APPLICATION_ID, ENRICH_STATE_DIR,"
                + " ENRICH_THREADS, ENRICH_LANGUAGES, ENRICH_URL_WINDOW, ENRICH_EXACT_WINDOW, ENRICH_NEAR_WINDOW,"
                + " ENRICH_TAXONOMY_FILE, ENRICH_SUMMARY_CHARS, ENRICH_KEYWORDS, ENRICH_HTTP_PORT (8081: /health/live,"
                + " /health/ready, /metrics), INGEST_MAX_PAGE_BYTES (the page-size contract, as ingest's).",
        "Exits with status 1 when Kafka Streams shuts down after repeated stream thread failures."})
final class EnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EnrichConfig config;
        EnrichService service;
        try {
            config = EnrichConfig.fromEnv(Env.system());
            service = EnrichService.start(config);
        } catch (ConfigException | UncheckedIOException e) {
            spec.commandLine().getErr().println("newsflow enrich: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "enrich-shutdown"));
        spec.commandLine().getOut().println("enrich " + config.applicationId() + " running; health and metrics on"
                + " port " + service.httpPort() + "; Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        // a client that gave up (stream threads failing again and again) must not sit there looking alive
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (service.state() == KafkaStreams.State.ERROR) {
                spec.commandLine().getErr().println("newsflow enrich: Kafka Streams shut down after repeated stream"
                        + " thread failures; the last: " + service.lastFailure().orElse("see the log"));
                service.close();
                return 1;
            }
        }
        return 0;
    }
}
