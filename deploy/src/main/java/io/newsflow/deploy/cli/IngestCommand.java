package io.newsflow.deploy.cli;

import io.newsflow.service.config.Env;
import io.newsflow.service.config.ConfigException;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: runs the ingest service until interrupted. */
@Command(name = "ingest",
        description = {"Run the ingest service: the HTTP API (POST /v1/pages, /v1/pages/batch) and the pages.raw"
                + " consumer, publishing cleaned pages to pages.clean.",
                "Configured by environment variables (KAFKA_BOOTSTRAP_SERVERS, INGEST_HTTP_PORT, INGEST_API_TOKEN,"
                        + " INGEST_MAX_PAGE_BYTES, ...); options override them."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--port", description = "HTTP port (INGEST_HTTP_PORT, default 8080).")
    String port;

    @Option(names = "--host", description = "HTTP bind address (INGEST_HTTP_HOST, default 127.0.0.1;"
            + " 0.0.0.0 for every interface, then set INGEST_API_TOKEN).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        options.put(Env.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
        options.put(IngestConfig.INGEST_HTTP_PORT, port);
        options.put(IngestConfig.INGEST_HTTP_HOST, host);
        IngestService service;
        IngestConfig config;
        try {
            config = IngestConfig.from(CliEnv.withOptions(options));
            service = IngestService.start(config);
        } catch (ConfigException | UncheckedIOException e) {
            spec.commandLine().getErr().println("newsflow ingest: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "ingest-shutdown"));
        // an address that means every interface is not one a browser can open: this machine is
        String host = config.httpHost().equals("0.0.0.0") || config.httpHost().equals("::") ? "localhost"
                : config.httpHost();
        spec.commandLine().getOut().println("ingest API on port " + service.httpPort() + ", status page http://"
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + service.httpPort() + "/; Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
