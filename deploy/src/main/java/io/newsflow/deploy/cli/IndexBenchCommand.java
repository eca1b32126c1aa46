package io.newsflow.deploy.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.events.Article;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Entities;
import io.newsflow.events.Extraction;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import io.newsflow.index.bulk.Backoff;
import io.newsflow.index.bulk.BatchSettler;
import io.newsflow.index.bulk.BulkMetrics;
import io.newsflow.index.bulk.BulkWriter;
import io.newsflow.index.bulk.IndexItem;
import io.newsflow.index.bulk.Origin;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench index}: documents per second into OpenSearch, through the bulk path alone (first writes,
 * then a full replay that OpenSearch answers with 409s) and through the whole index service from a Kafka topic.
 * Starts a local OpenSearch node (and Kafka broker) unless told where they are.
 */
@Command(name = "index", description = "Measure the indexer: documents per second into OpenSearch.")
final class IndexBenchCommand implements Callable<Integer> {

    private static final String[] WORDS = ("the port authority said on thursday that shipping schedules would"
            + " recover within the week after dock workers in rotterdam ended a strike over wages and safety while"
            + " officials in brussels and berlin urged talks between unions and terminal operators as container"
            + " traffic backed up along the north sea coast and freight rates rose for importers of grain steel"
            + " and consumer goods according to analysts at several banks who expect a gradual return to normal")
            .split(" ");

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "20000", description = "Articles to index (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--batch", defaultValue = "1000", description = "Articles per bulk request (default: "
            + "${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--words", defaultValue = "600", description = "Words per article body (default: "
            + "${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--opensearch-url", paramLabel = "URL", description = "Use this OpenSearch instead of starting"
            + " a local node.")
    String url;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Use this Kafka instead of"
            + " starting a local broker.")
    String bootstrapServers;

    @Option(names = "--no-kafka", description = "Measure only the bulk path, not the service from Kafka.")
    boolean noKafka;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = articles(docs, words, new Random(42));
        long bytes = articles.stream().mapToLong(a -> JsonSerde.article().serialize(null, a).length).sum();
        out.printf(Locale.ROOT, "bench index: %d articles of %d words (%.1f MB of JSON), bulk of %d%n", docs, words,
                bytes / 1e6, batch);
        LocalOpenSearch node = url == null ? LocalOpenSearch.start(LocalOpenSearch.Options.defaults().heap("1g"))
                : null;
        String openSearchUrl = node != null ? node.url() : url;
        try {
            bulkPath(out, openSearchUrl, articles, bytes);
            if (!noKafka) {
                throughKafka(out, openSearchUrl, articles);
            }
        } finally {
            if (node != null) {
                node.close();
            }
        }
        out.flush();
        return 0;
    }

    private void bulkPath(PrintWriter out, String openSearchUrl, List<Article> articles, long bytes)
            throws Exception {
        OpenSearchClient client = OpenSearchClients.create(OpenSearchSettings.of(openSearchUrl));
        try {
            List<List<IndexItem>> batches = batches(articles);
            // a fresh node compiles its indexing path on the first requests: warm it up on a throw-away index
            BatchSettler warmUp = settler(client, install(client, "bench-warmup-"));
            for (List<IndexItem> items : batches.subList(0, Math.min(2, batches.size()))) {
                warmUp.settle(items, List.of(), (delay, why) -> LockSupport.parkNanos(delay.toNanos()));
            }
            IndexNames names = install(client, "bench-bulk-");
            BatchSettler settler = settler(client, names);
            for (String pass : List.of("first write", "replay (409s)")) {
                List<Long> latencies = new ArrayList<>();
                long started = System.nanoTime();
                for (List<IndexItem> items : batches) {
                    long t = System.nanoTime();
                    settler.settle(items, List.of(), (delay, why) -> LockSupport.parkNanos(delay.toNanos()));
                    latencies.add(System.nanoTime() - t);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                latencies.sort(null);
                out.printf(Locale.ROOT, "  bulk path, %-14s %8.0f docs/s  %6.1f MB/s  bulk p50 %5d ms  p99 %5d ms%n",
                        pass + ":", articles.size() / seconds, bytes / 1e6 / seconds,
                        TimeUnit.NANOSECONDS.toMillis(latencies.get(latencies.size() / 2)),
                        TimeUnit.NANOSECONDS.toMillis(latencies.get((int) Math.min(latencies.size() - 1,
                                Math.ceil(latencies.size() * 0.99) - 1))));
            }
            client.indices().delete(d -> d.index(names.readAlias() + "-0*", "bench-warmup-*"));
        } finally {
            client._transport().close();
        }
    }

    static IndexNames install(OpenSearchClient client, String prefix) throws Exception {
        IndexNames names = new IndexNames(prefix + System.currentTimeMillis());
        new IndexBootstrap(client, names, 1, 0).install();
        return names;
    }

    static BatchSettler settler(OpenSearchClient client, IndexNames names) {
        return new BatchSettler(new BulkWriter(client, names), letters -> {
            throw new IllegalStateException("bench articles must all be indexable: " + letters);
        }, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5)), new BulkMetrics(new SimpleMeterRegistry()),
                new Random());
    }

    private void throughKafka(PrintWriter out, String openSearchUrl, List<Article> articles) throws Exception {
        LocalKafka kafka = bootstrapServers == null ? LocalKafka.start(LocalKafka.Options.defaults()) : null;
        String bootstrap = kafka != null ? kafka.bootstrapServers() : bootstrapServers;
        String topic = "bench-articles-" + System.currentTimeMillis();
        try {
            if (kafka != null) {
                kafka.createTopic(topic, 4);
            }
            long produceStarted = System.nanoTime();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                for (Article article : articles) {
                    producer.send(new ProducerRecord<>(topic, article.id().getBytes(StandardCharsets.UTF_8),
                            JsonSerde.article().serialize(topic, article)));
                }
            }
            double produceSeconds = (System.nanoTime() - produceStarted) / 1e9;
            IndexConfig config = IndexConfig.defaults()
                    .withKafkaBootstrap(bootstrap)
                    .withOpenSearch(OpenSearchSettings.of(openSearchUrl))
                    .withSource(topic, topic)
                    .withNames(new IndexNames("bench-service-" + System.currentTimeMillis()))
                    .withReplicas(0)
                    .withHttpPort(0)
                    .withBulkMaxDocs(batch);
            try (Indexer indexer = new Indexer(config)) {
                long started = System.nanoTime();
                indexer.start();
                while (indexer.metrics().indexed() < articles.size()) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(10)) {
                        throw new IllegalStateException("the indexer did not index " + articles.size()
                                + " articles within 10 minutes: " + indexer.health());
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "  index service from Kafka:  %8.0f docs/s  (%d articles in %.1f s, including"
                        + " template install and consumer group join; producing them took %.1f s)%n",
                        articles.size() / seconds, articles.size(), seconds, produceSeconds);
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }

    private List<List<IndexItem>> batches(List<Article> articles) {
        List<List<IndexItem>> batches = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += batch) {
            List<IndexItem> items = new ArrayList<>();
            for (int i = from; i < Math.min(articles.size(), from + batch); i++) {
                Article article = articles.get(i);
                items.add(new IndexItem(article, new Origin("bench", 0, i, null, null)));
            }
            batches.add(items);
        }
        return batches;
    }

    private static List<Article> articles(int count, int words, Random random) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Instant published = Instant.parse("2026-11-20T08:00:00Z");
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 80 == 79 ? ".\n\n" : " ");
            }
            String url = "https://bench.example.org/2026/11/20/story-" + i;
            String id = HexFormat.of().formatHex(sha.digest(url.getBytes(StandardCharsets.UTF_8)));
            String body = text.toString().strip();
            Page page = new Page(id, url, url, "example.org", "Bench News", "Story " + i + ": "
                    + body.substring(0, 60), "Desk", published.plusSeconds(i), "jsonld", "en", body, List.of(),
                    HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8))), published,
                    published, "http", new Extraction("jsonld", 0.9));
            Enrichment enrichment = new Enrichment("en", 0.99,
                    new Entities(List.of("Anna de Vries"), List.of("Port of Rotterdam"), List.of("Rotterdam")),
                    List.of("port", "strike"), List.of("economy"), body.substring(0, 200), words, null);
            articles.add(new Article(page, enrichment, Story.created(id, 1, 1)));
        }
        return articles;
    }
}
