package io.newsflow.deploy.cli;

import io.newsflow.localstack.LocalKafka;
import io.newsflow.events.Json;
import io.newsflow.events.Topics;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import java.time.Duration;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench ingest}: how many pages per second {@code POST /v1/pages/batch} takes into Kafka, each page
 * cleaned and acknowledged by the broker before the batch is answered. Starts a local broker unless one is given.
 */
@Command(name = "ingest",
        description = "Measure the pages/s the HTTP batch endpoint sustains into Kafka (a local broker unless"
                + " --bootstrap-servers is given) and print the figures.")
final class IngestBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "20000", description = "Pages to send after the warm-up (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--batch", defaultValue = "200", description = "Pages per batch request (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--warmup", defaultValue = "4000", description = "Pages sent first and not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--bootstrap-servers", description = "Use this Kafka instead of starting a local broker.")
    String bootstrapServers;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalKafka kafka = null;
        try {
            String bootstrap = bootstrapServers;
            if (bootstrap == null) {
                out.println("starting a local Kafka broker ...");
                out.flush();
                kafka = LocalKafka.start(LocalKafka.Options.defaults());
                kafka.createTopic(Topics.PAGES_CLEAN, 4);
                bootstrap = kafka.bootstrapServers();
            }
            IngestConfig config = IngestConfig.defaults()
                    .withKafkaBootstrap(bootstrap)
                    .withHttp("127.0.0.1", 0)
                    .withConsumeRaw(false)
                    .withAckTimeout(Duration.ofSeconds(60))
                    .withMaxBatchPages(Math.max(batch, 1_000));
            try (IngestService service = IngestService.start(config)) {
                URI uri = URI.create("http://127.0.0.1:" + service.httpPort() + "/v1/pages/batch");
                run(uri, warmup, "warmup");
                Result result = run(uri, pages, "run");
                out.printf("ingest bench: %d pages in %d batches of %d from %d clients, %.1f MB of HTML%n",
                        result.pages, result.latenciesMillis.size(), batch, clients, result.bytes / 1e6);
                out.printf("pages/s=%.0f MB/s=%.2f elapsed_s=%.2f%n", result.pages / result.seconds,
                        result.bytes / 1e6 / result.seconds, result.seconds);
                out.printf("batch latency ms: p50=%d p95=%d max=%d%n", result.percentile(50), result.percentile(95),
                        result.percentile(100));
                out.flush();
            }
            return 0;
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }

    private Result run(URI uri, int total, String label) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        long bytes = 0;
        for (int sent = 0; sent < total; sent += batch) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = sent; i < Math.min(total, sent + batch); i++) {
                String url = "https://bench.example.org/" + label + "/" + System.nanoTime() + "/" + i + ".html";
                ndjson.append(Json.mapper().createObjectNode().put("url", url).put("html", article(i))).append('\n');
            }
            byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
            bytes += body.length;
            bodies.add(body);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        long sentAt = System.nanoTime();
                        post(client, uri, bodies.get(i));
                        latencies.add((System.nanoTime() - sentAt) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(total, bytes, (System.nanoTime() - start) / 1e9, latencies);
    }

    private static void post(HttpClient client, URI uri, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202 || !response.body().contains("\"rejected\":0")) {
            throw new IllegalStateException("batch answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    /** A news article of about 3 KB of HTML, different for every {@code n}. */
    private static String article(int n) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Regional council report " + n + " | Bench News</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Regional council report "
                + n + "</h1><p class=\"byline\">By Staff Reporter</p>");
        for (int p = 0; p < 8; p++) {
            html.append("<p>In session ").append(n).append('.').append(p).append(", the council reviewed the ")
                    .append("water plan, heard from ").append(3 + (n + p) % 17).append(" farmers' groups and asked")
                    .append(" the panel for a report on the river's fish populations before the vote planned for")
                    .append(" the spring. Residents of ").append((n * 7 + p) % 40).append(" villages said they had")
                    .append(" not been invited to the hearings and would write to the regional court.</p>");
        }
        return html.append("</article><footer>Copyright 2026 Bench News</footer></body></html>").toString();
    }

    private record Result(int pages, long bytes, double seconds, List<Long> latenciesMillis) {

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(latenciesMillis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }
}
