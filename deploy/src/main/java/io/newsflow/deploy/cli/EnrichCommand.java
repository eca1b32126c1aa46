package io.newsflow.deploy.cli;

import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichTopics;
import io.newsflow.enrich.app.EnrichTopology;
import io.newsflow.events.config.Env;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code newsflow enrich}: the Kafka Streams enrichment and de-duplication service, configured from the environment. */
@Command(name = "enrich", description = "Run the enrich service: pages.clean -> articles, articles.duplicates, enrich.dlq.")
final class EnrichCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichCommand.class);

    @Override
    public Integer call() throws Exception {
        EnrichConfig config = EnrichConfig.fromEnv(Env.system());
        try (Admin admin = Admin.create(config.streamsProperties())) {
            EnrichTopics.ensure(admin, config);
        }
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config), config.streamsProperties());
        // a record error never reaches here (it goes to the DLQ); anything else gets a fresh thread
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("enrich stream thread failed, replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "enrich-shutdown"));
        LOG.info("enrich {} starting", config.applicationId());
        streams.start();
        stopped.await();
        return 0;
    }
}
