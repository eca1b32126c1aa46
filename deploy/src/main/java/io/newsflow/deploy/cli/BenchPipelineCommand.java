package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.deploy.run.LocalPipeline;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.Enricher;
import io.newsflow.enrich.dedup.EnrichedPage;
import io.newsflow.enrich.keywords.InMemoryFrequencies;
import io.newsflow.events.Article;
import io.newsflow.events.Json;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import io.newsflow.index.bulk.BatchSettler;
import io.newsflow.index.bulk.IndexItem;
import io.newsflow.index.bulk.Origin;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.localstack.FileTrees;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.localstack.LocalStackException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.opensearch.client.opensearch.OpenSearchClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench pipeline}: the whole pipeline on real pages, posted through {@code POST /v1/pages/batch},
 * as a burst from two clients (end-to-end pages/s: first POST to last document indexed) and at a paced rate, each
 * page posted when due (ingest→indexed latency of every document, from its {@code ingested_at} and
 * {@code indexed_at}), beside each stage alone on the same pages on one thread (clean, enrich, index bulk). One
 * fresh local stack, as {@code run} starts it, carries the bursts and the paced run: warm-up bursts first, of altered
 * copies of the pages (other URLs, every third word replaced, so that they are new stories, not copies), so that the
 * measured bursts meet services, Kafka and OpenSearch that have been running, their code compiled, as in a
 * deployment; then the measured bursts, the pages themselves and altered copies, of which the median counts; then
 * the paced run, of other altered copies when the bursts have posted the pages. Or one phase uses the stack given
 * by {@code --ingest-url} and {@code --opensearch-url}, which must see each page for the first time.
 */
@Command(name = "pipeline", description = {
        "Measure the whole pipeline on real pages posted through the HTTP batch API: end-to-end pages/s of bursts"
                + " from two clients (the median of three), ingest→indexed latency percentiles at a paced rate, each"
                + " stage alone on the same pages on one thread, and the ratio end-to-end ÷ slowest stage. The last"
                + " line is key=value pairs.",
        "Starts a fresh local stack (Kafka, OpenSearch, the three services, as `run` does) for the warm-up bursts,"
                + " the measured bursts and the paced run, unless --ingest-url and --opensearch-url name a running"
                + " one."})
final class BenchPipelineCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Clients of the burst, each posting its batches one after the other. */
    private static final int BURST_CLIENTS = 2;
    /**
     * Clients of the paced run: enough that a page is posted when it is due although the ones before are still
     * being answered (a request waits for Kafka's acknowledgement), as independent crawlers would post them.
     */
    private static final int PACED_CLIENTS = 8;
    private static final String BENCH_HOST = "https://bench.newsflow.invalid/";

    @Spec
    CommandSpec spec;

    @Mixin
    VocabularyOption vocabulary;

    @Option(names = "--pages", required = true, paramLabel = "DIR",
            description = "Directory of pages (*.html, *.htm, or the same gzipped).")
    Path pagesDir;

    @Option(names = "--rate", defaultValue = "10", paramLabel = "N",
            description = "Pages per second of the paced run (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--pages-limit", paramLabel = "N", description = "Use the first N pages only (default: all).")
    Integer pagesLimit;

    @Option(names = "--batch", defaultValue = "50", description = "Pages per request of the burst (default: "
            + "${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--only", paramLabel = "PHASE", description = "Run one phase: burst, paced or stages (default:"
            + " all three; one of burst or paced with a running stack).")
    Phase only;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the local stacks keep their state"
            + " (default: .newsflow/bench-pipeline, deleted at the end).")
    Path dataDir;

    @Option(names = "--ingest-url", paramLabel = "URL", description = "Post to this ingest API instead of starting"
            + " a local stack (with --opensearch-url).")
    String ingestUrl;

    @Option(names = "--opensearch-url", paramLabel = "URL", description = "Read indexed documents from this OpenSearch"
            + " (with --ingest-url).")
    String openSearchUrl;

    @Option(names = "--ingest-token-file", paramLabel = "FILE", description = "Bearer token of a running ingest API.")
    Path tokenFile;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "How long to wait for a run to be indexed"
            + " (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--bursts", defaultValue = "3", paramLabel = "N",
            description = "Measured bursts after the warm-up: the pages themselves, then altered copies (new"
                    + " stories); the figures are the median burst's, by end-to-end pages/s, one burst's figures"
                    + " varying by a fifth on a shared machine (default: ${DEFAULT-VALUE}).")
    int bursts;

    @Option(names = "--warm-ups", paramLabel = "N",
            description = "With a local stack, burst first on the burst's stack, with altered copies of the pages"
                    + " (new stories, not copies), while the services, Kafka and OpenSearch compile their hot code,"
                    + " then measure the bursts: the speed of a stack that has been running. Without N, until the"
                    + " JIT has settled (the JVMs' threads of their own, the JIT compiler and GC, use less than"
                    + " a fifth of the stack's CPU in a burst), at most " + MAX_WARM_UPS + " bursts; with N, N"
                    + " bursts (0: measure a cold stack). The first burst's figures are printed as cold_*.")
    Integer warmUps;

    /**
     * Warm-up bursts at most when warming up until the JIT has settled: on two cores the services' JIT still compiles
     * the entity rules' larger methods after ten bursts of the 711 extract-dev pages (about 4 ms a page then, 1.5 to
     * 2 ms in a stack that has run longer).
     */
    static final int MAX_WARM_UPS = 20;
    /**
     * The JIT has settled when the JVMs' own threads use less than this share of the stack's CPU (of the services'
     * alone where Kafka's and OpenSearch's threads cannot be read).
     */
    static final double SETTLED_JVM_SHARE = 0.2;

    /** The services' threads' CPU time by part of the pipeline, and the benchmark clients' own. */
    private final ThreadCpu threadCpu = new ThreadCpu(ThreadCpu.PIPELINE);
    /** The clients' connection: one for every run, so that its threads' time is read as the clients'. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    enum Phase { burst, paced, stages }

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean external = ingestUrl != null || openSearchUrl != null;
        if (external && (ingestUrl == null || openSearchUrl == null)) {
            throw new ParameterException(spec.commandLine(), "--ingest-url and --opensearch-url go together");
        }
        if (external && (only == null || only == Phase.stages)) {
            throw new ParameterException(spec.commandLine(), "with a running stack, choose --only burst or --only"
                    + " paced: each needs pages the stack has not seen");
        }
        if (warmUps != null && warmUps < 0) {
            throw new ParameterException(spec.commandLine(), "--warm-ups must be 0 or more");
        }
        if (bursts < 1) {
            throw new ParameterException(spec.commandLine(), "--bursts must be 1 or more");
        }
        if (rate <= 0) {
            throw new ParameterException(spec.commandLine(), "--rate must be positive");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(pagesDir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(html?|xhtml)(\\.gz)?"))
                    .sorted().limit(pagesLimit == null ? Long.MAX_VALUE : pagesLimit).toList();
        }
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("no pages in " + pagesDir);
            return 2;
        }
        List<BenchPage> pages = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] html = BenchCleanCommand.read(file);
            bytes += html.length;
            pages.add(BenchPage.of(BENCH_HOST + file.getFileName().toString().replaceFirst("(?i)\\.gz$", ""), html));
        }
        out.printf(Locale.ROOT, "bench pipeline: %d pages, %.1f MB of HTML, %d cores%n", pages.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        out.flush();

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("pages", Integer.toString(pages.size()));
        Path dir = dataDir != null ? dataDir : QuietConsoles.DATA_DIR.resolve("bench-pipeline");
        try {
            boolean untilSettled = warmUps == null && threadCpu.supported();
            int maxWarmUps = external || only == Phase.stages ? 0
                    : warmUps != null ? warmUps : untilSettled ? MAX_WARM_UPS : 2;
            boolean burstPhase = only == null || only == Phase.burst;
            boolean pacedPhase = only == null || only == Phase.paced;
            if (burstPhase || pacedPhase) {
                try (Stack stack = stack(out, dir.resolve("stack"))) {
                    int warmUpBursts = 0;
                    boolean settled = false;
                    while (warmUpBursts < maxWarmUps && !settled) {
                        warmUpBursts++;
                        String label = "warm-up burst " + warmUpBursts + (untilSettled ? "" : " of " + maxWarmUps)
                                + " (altered copies)";
                        Burst warmUp = burst(out, stack, WarmUpPages.altered(pages, warmUpBursts), label,
                                warmUpBursts == 1 ? "cold_" : "");
                        if (warmUpBursts == 1) {
                            figures.putAll(warmUp.figures());
                        }
                        double jvmShare = warmUp.jvmShare();
                        settled = untilSettled && jvmShare < SETTLED_JVM_SHARE;
                        if (settled) {
                            out.printf(Locale.ROOT, "the JIT has settled: the JVMs' own threads used %.1f %% of the"
                                    + " CPU in warm-up burst %d%n", 100 * jvmShare, warmUpBursts);
                        }
                    }
                    if (untilSettled && !settled) {
                        out.printf(Locale.ROOT, "the JIT had not settled after %d warm-up bursts%n", warmUpBursts);
                    }
                    figures.put("warm_ups", Integer.toString(warmUpBursts));
                    if (burstPhase) {
                        measuredBursts(out, stack, pages, warmUpBursts, figures);
                    }
                    if (pacedPhase) {
                        // after the bursts, the stack has seen the pages: the paced run posts other altered copies
                        paced(out, stack, burstPhase ? WarmUpPages.altered(pages, warmUpBursts + bursts) : pages,
                                burstPhase ? " (altered copies)" : "", figures);
                    }
                }
            }
            if (only == null || only == Phase.stages) {
                stages(out, pages, dir.resolve("stages"), figures);
            }
        } catch (IllegalStateException | LocalStackException e) {
            spec.commandLine().getErr().println("newsflow bench pipeline: " + e.getMessage());
            return 1;
        } finally {
            if (dataDir == null) {
                FileTrees.delete(dir);
            }
        }
        if (figures.containsKey("e2e_pages_per_s") && figures.containsKey("slowest_stage_pages_per_s")) {
            double ratio = Double.parseDouble(figures.get("e2e_pages_per_s"))
                    / Double.parseDouble(figures.get("slowest_stage_pages_per_s"));
            figures.put("ratio", String.format(Locale.ROOT, "%.2f", ratio));
            out.printf(Locale.ROOT, "end-to-end ÷ slowest stage alone (%s, one thread): %.2f%n",
                    figures.get("slowest_stage"), ratio);
        }
        StringBuilder last = new StringBuilder();
        figures.forEach((k, v) -> last.append(last.isEmpty() ? "" : " ").append(k).append('=').append(v));
        out.println(last);
        out.flush();
        return 0;
    }

    /**
     * The {@link #bursts} measured bursts: the pages themselves, then altered copies of rounds after the warm-ups';
     * puts the figures of the {@link #median} one, and the slowest and fastest bursts' rates.
     */
    private void measuredBursts(PrintWriter out, Stack stack, List<BenchPage> pages, int warmUpBursts,
                                Map<String, String> figures) throws Exception {
        List<Burst> measured = new ArrayList<>();
        for (int n = 1; n <= bursts; n++) {
            String label = (warmUpBursts > 0 ? "warm burst" : "burst") + (bursts == 1 ? "" : " " + n + " of " + bursts)
                    + (n == 1 ? "" : " (altered copies)");
            measured.add(burst(out, stack, n == 1 ? pages : WarmUpPages.altered(pages, warmUpBursts + n - 1), label,
                    ""));
        }
        Burst median = median(measured);
        if (bursts > 1) {
            out.printf(Locale.ROOT, "measured bursts: %s pages/s end to end; the figures are burst %d's, the median%n",
                    measured.stream().map(b -> String.format(Locale.ROOT, "%.1f", b.e2e()))
                            .collect(Collectors.joining(", ")), measured.indexOf(median) + 1);
        }
        figures.put("bursts", Integer.toString(bursts));
        figures.putAll(median.figures());
        figures.put("e2e_pages_per_s_min", String.format(Locale.ROOT, "%.1f",
                measured.stream().mapToDouble(Burst::e2e).min().orElseThrow()));
        figures.put("e2e_pages_per_s_max", String.format(Locale.ROOT, "%.1f",
                measured.stream().mapToDouble(Burst::e2e).max().orElseThrow()));
    }

    /** The burst of the median end-to-end pages/s; of an even number of bursts, the slower of the middle two. */
    static Burst median(List<Burst> bursts) {
        return bursts.stream().sorted(Comparator.comparingDouble(Burst::e2e)).toList().get((bursts.size() - 1) / 2);
    }

    /**
     * A burst's figures (keys as in the last line), its end-to-end pages/s, and the share of the stack's CPU its
     * JVMs' own threads (JIT compiler, GC) used (of the services' CPU alone where Kafka's and OpenSearch's threads
     * cannot be read), NaN where unknown.
     */
    record Burst(Map<String, String> figures, double e2e, double jvmShare) {
    }

    /**
     * Every page at once from {@link #BURST_CLIENTS} clients; end to end from the first POST to the last document
     * indexed. Prints its lines under {@code label}; its figures' keys start with {@code keyPrefix}.
     */
    private Burst burst(PrintWriter out, Stack stack, List<BenchPage> pages, String label, String keyPrefix)
            throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        out.println(label + ": posting " + pages.size() + " pages from " + BURST_CLIENTS + " clients in batches of "
                + batch + " ...");
        out.flush();
        collectOwnGarbage();
        Instant firstPost = Instant.now();
        CpuTimes cpuBefore = CpuTimes.now();
        ThreadCpu.Reading threadsBefore = threadCpu.read();
        CollectorTimes gcBefore = CollectorTimes.now();
        long accepted = post(stack, pages, batch, 0, BURST_CLIENTS);
        Instant posted = Instant.now();
        awaitIndexed(stack);
        // read before the documents are asked for: the figures are the pipeline's, not the benchmark's own query's
        CpuTimes cpu = CpuTimes.now().minus(cpuBefore);
        Map<String, Duration> byPart = threadCpu.between(threadsBefore, threadCpu.read());
        CollectorTimes gc = CollectorTimes.now().minus(gcBefore);
        List<Indexed> docs = stack.documentsIngestedSince(firstPost);
        double jvmShare = Double.NaN;
        Instant lastIndexed = docs.stream().map(Indexed::indexedAt).max(Instant::compareTo).orElse(posted);
        double seconds = Duration.between(firstPost, lastIndexed).toMillis() / 1e3;
        double e2e = accepted / seconds;
        out.printf(Locale.ROOT, "%s: %d pages accepted in %.1f s (%.1f pages/s into ingest), %d documents"
                        + " indexed; last one %.1f s after the first POST: %.1f pages/s end to end%n",
                label, accepted, Duration.between(firstPost, posted).toMillis() / 1e3,
                accepted / (Duration.between(firstPost, posted).toMillis() / 1e3), docs.size(), seconds, e2e);
        Latencies latencies = Latencies.of(docs);
        out.printf(Locale.ROOT, "%s: ingest→indexed %s%n", label, latencies);
        if (stack.pipeline != null) {
            out.printf(Locale.ROOT, "%s: CPU per page: services %.1f ms (ingest, enrich, index in this JVM),"
                            + " Kafka %.1f ms, OpenSearch %.1f ms; %.1f of %d cores busy on average%n",
                    label, cpu.jvmMillis() / accepted, cpu.kafkaMillis() / accepted,
                    cpu.openSearchMillis() / accepted, cpu.totalMillis() / 1e3 / seconds,
                    Runtime.getRuntime().availableProcessors());
            figures.put(keyPrefix + "cpu_ms_per_page", String.format(Locale.ROOT, "%.1f",
                    cpu.totalMillis() / accepted));
            if (cpu.childThreadsRead()) {
                out.printf(Locale.ROOT, "%s: of which their JVMs' own threads (JIT compiler, GC): Kafka %.1f ms,"
                                + " OpenSearch %.1f ms%n",
                        label, cpu.kafkaJvmMillis() / accepted, cpu.openSearchJvmMillis() / accepted);
                figures.put(keyPrefix + "kafka_jvm_cpu_ms_per_page", String.format(Locale.ROOT, "%.1f",
                        cpu.kafkaJvmMillis() / accepted));
                figures.put(keyPrefix + "opensearch_jvm_cpu_ms_per_page", String.format(Locale.ROOT, "%.1f",
                        cpu.openSearchJvmMillis() / accepted));
            }
            if (threadCpu.supported()) {
                StringBuilder parts = new StringBuilder();
                byPart.forEach((part, time) -> parts.append(parts.isEmpty() ? "" : ", ").append(part)
                        .append(String.format(Locale.ROOT, " %.1f ms", time.toNanos() / 1e6 / accepted)));
                out.printf(Locale.ROOT, "%s: the services' CPU per page by thread: %s%n", label, parts);
                out.printf(Locale.ROOT, "%s: the services' garbage collector: %s%n", label, gc);
                figures.put(keyPrefix + "enrich_cpu_ms_per_page", String.format(Locale.ROOT, "%.1f",
                        byPart.get("enrich").toNanos() / 1e6 / accepted));
                figures.put(keyPrefix + "jvm_cpu_ms_per_page", String.format(Locale.ROOT, "%.1f",
                        byPart.get(ThreadCpu.JVM).toNanos() / 1e6 / accepted));
                double servicesJvmMillis = byPart.get(ThreadCpu.JVM).toNanos() / 1e6;
                // the whole stack's JVMs where their threads can be read, else the services' alone
                jvmShare = cpu.childThreadsRead()
                        ? (servicesJvmMillis + cpu.kafkaJvmMillis() + cpu.openSearchJvmMillis()) / cpu.totalMillis()
                        : servicesJvmMillis * 1e6 / byPart.values().stream().mapToLong(Duration::toNanos).sum();
            }
        }
        out.flush();
        figures.put(keyPrefix + "e2e_pages_per_s", String.format(Locale.ROOT, "%.1f", e2e));
        figures.put(keyPrefix + "burst_indexed", Integer.toString(docs.size()));
        figures.put(keyPrefix + "burst_p50_s", latencies.seconds(50));
        figures.put(keyPrefix + "burst_p99_s", latencies.seconds(99));
        return new Burst(figures, e2e, jvmShare);
    }

    /**
     * Collects this JVM's garbage before a clock starts: the services share it with the benchmark, whose copies of
     * the pages (each burst's altered copies, a few hundred MB) outlive young collections, and a burst would
     * otherwise pay for the full collection that the last burst's copies bring on. A collection during the burst
     * is the services' own.
     */
    private static void collectOwnGarbage() {
        System.gc();
    }

    /** One page at a time at {@link #rate} pages/s, each when due; the latency of every document. */
    private void paced(PrintWriter out, Stack stack, List<BenchPage> pages, String what, Map<String, String> figures)
            throws Exception {
        out.printf(Locale.ROOT, "paced: posting %d pages%s at %.1f pages/s, each when due, from %d clients ...%n",
                pages.size(), what, rate, PACED_CLIENTS);
        out.flush();
        collectOwnGarbage();
        Instant start = Instant.now();
        long lateNanos = post(stack, pages, 1, (long) (1e9 / rate), PACED_CLIENTS);
        awaitIndexed(stack);
        List<Indexed> docs = stack.documentsIngestedSince(start);
        Latencies latencies = Latencies.of(docs);
        out.printf(Locale.ROOT, "paced at %.1f pages/s: %d documents, ingest→indexed %s%n", rate, docs.size(),
                latencies);
        if (lateNanos > 1e9) {
            out.printf(Locale.ROOT, "paced: the clients fell %.1f s behind the schedule (ingest too slow for the"
                    + " rate)%n", lateNanos / 1e9);
        }
        out.flush();
        String r = rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
        figures.put("paced_rate", r);
        figures.put("paced_p50_s", latencies.seconds(50));
        figures.put("paced_p90_s", latencies.seconds(90));
        figures.put("paced_p99_s", latencies.seconds(99));
    }

    /** Each stage alone on the same pages, one thread: the cleaner, the enricher, bulk requests to OpenSearch. */
    private void stages(PrintWriter out, List<BenchPage> pages, Path dir, Map<String, String> figures)
            throws Exception {
        out.println("stages alone, one thread, warm-up passes until the JIT has settled, then 2 measured passes ...");
        out.flush();
        PageCleaner cleaner = new PageCleaner(vocabulary.config(), Clock.systemUTC());
        List<Page> cleaned = new ArrayList<>();
        BestRate clean = best(() -> {
            cleaned.clear();
            for (BenchPage p : pages) {
                try {
                    cleaned.add(cleaner.clean(new ScrapedPage(p.url(), p.html(), null, ScrapedPage.Kind.DETECT, null,
                            "http")));
                } catch (PageRejectedException e) {
                    // not published by ingest either
                }
            }
        }, pages.size());
        Enricher enricher = new Enricher(EnrichConfig.defaults());
        List<Article> articles = new ArrayList<>();
        BestRate enrich = best(() -> {
            articles.clear();
            InMemoryFrequencies frequencies = new InMemoryFrequencies();
            for (Page p : cleaned) {
                EnrichedPage e = enricher.enrich(p, frequencies);
                articles.add(new Article(e.draft().page(), e.draft().enrichment(), Story.created(p.id(), 1, 1)));
            }
        }, cleaned.size());
        BestRate index;
        LocalOpenSearch node = null;
        String url = openSearchUrl;
        if (url == null) {
            out.println("stages: starting a local OpenSearch node for the index stage ...");
            out.flush();
            FileTrees.delete(dir);
            node = LocalOpenSearch.start(LocalOpenSearch.Options.defaults().dataDir(dir.resolve("opensearch")));
            url = node.url();
        }
        OpenSearchClient client = OpenSearchClients.create(OpenSearchSettings.of(url));
        try {
            List<List<IndexItem>> batches = new ArrayList<>();
            for (int i = 0; i < articles.size(); i += 1000) {
                List<IndexItem> items = new ArrayList<>();
                for (Article a : articles.subList(i, Math.min(articles.size(), i + 1000))) {
                    items.add(new IndexItem(a, new Origin("bench", 0, i + items.size(), null, null)));
                }
                batches.add(items);
            }
            // one fresh index per pass (one warm-up pass: the time is OpenSearch's, whose JIT this JVM does not see),
            // made before the clock starts
            List<IndexNames> made = new ArrayList<>();
            for (int pass = 0; pass < 3; pass++) {
                made.add(IndexBenchCommand.install(client, "bench-stage-" + pass + "-"));
            }
            int[] pass = {0};
            index = best(1, () -> {
                BatchSettler settler = IndexBenchCommand.settler(client, made.get(pass[0]++));
                for (List<IndexItem> items : batches) {
                    settler.settle(items, List.of(), (delay, why) -> LockSupport.parkNanos(delay.toNanos()));
                }
            }, articles.size());
            for (IndexNames names : made) {
                client.indices().delete(d -> d.index(names.readAlias() + "-0*"));
            }
        } finally {
            client._transport().close();
            if (node != null) {
                node.close();
            }
        }
        out.printf(Locale.ROOT, "  clean:  %7.1f pages/s, %7.1f pages per CPU-second (%d of %d pages kept; warm-ups:"
                + " %d)%n", clean.perSecond(), clean.perCpuSecond(), cleaned.size(), pages.size(), clean.warmUps());
        out.printf(Locale.ROOT, "  enrich: %7.1f pages/s, %7.1f pages per CPU-second (language, entities, keywords,"
                + " topics, summary, wire, fingerprint; warm-ups: %d)%n", enrich.perSecond(), enrich.perCpuSecond(),
                enrich.warmUps());
        out.printf(Locale.ROOT, "  index:  %7.1f pages/s, %7.1f pages per CPU-second of client and OpenSearch (bulk"
                + " requests of 1000; warm-ups: %d)%n", index.perSecond(), index.perCpuSecond(), index.warmUps());
        out.flush();
        for (Map.Entry<String, BestRate> stage : Map.of("clean", clean, "enrich", enrich, "index", index).entrySet()) {
            figures.put(stage.getKey() + "_pages_per_s", String.format(Locale.ROOT, "%.1f", stage.getValue()
                    .perSecond()));
            figures.put(stage.getKey() + "_pages_per_cpu_s", String.format(Locale.ROOT, "%.1f", stage.getValue()
                    .perCpuSecond()));
        }
        Map<String, Double> rates = Map.of("clean", clean.perSecond(), "enrich", enrich.perSecond(), "index",
                index.perSecond());
        Map.Entry<String, Double> slowest = rates.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        figures.put("slowest_stage", slowest.getKey());
        figures.put("slowest_stage_pages_per_s", String.format(Locale.ROOT, "%.1f", slowest.getValue()));
    }

    /**
     * Items per second of wall time and per second of CPU time (this thread's and the child processes', e.g. the
     * OpenSearch node's): the better of two measured passes after the warm-up passes ({@link BestRate#measure}).
     */
    private static BestRate best(BestRate.Pass pass, int items) throws Exception {
        return best(BestRate.MAX_WARM_UPS, pass, items);
    }

    private static BestRate best(int maxWarmUps, BestRate.Pass pass, int items) throws Exception {
        return BestRate.measure(maxWarmUps, 2, items, () -> {
            CpuTimes children = CpuTimes.now();
            return (long) ((children.kafkaMillis() + children.openSearchMillis()) * 1_000_000);
        }, pass);
    }

    private Stack stack(PrintWriter out, Path dir) throws Exception {
        if (ingestUrl != null) {
            String token = tokenFile == null ? null : Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            return new Stack(null, URI.create(ingestUrl.replaceAll("/+$", "") + "/v1/pages/batch"), openSearchUrl,
                    token, null);
        }
        FileTrees.delete(dir);
        out.println("starting a fresh local stack in " + dir + " ...");
        out.flush();
        LocalPipeline pipeline = LocalPipeline.start(new LocalPipeline.Options(dir, 0, 0, 0), step -> { });
        // Kafka and OpenSearch stop only when the pipeline closes: on Ctrl-C too
        Thread stop = new Thread(pipeline::close, "newsflow-bench-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        String token = System.getenv("INGEST_API_TOKEN");
        return new Stack(pipeline, URI.create(pipeline.ingestUrl() + "/v1/pages/batch"), pipeline.openSearchUrl(),
                token, stop);
    }

    /**
     * Posts every page from {@code clients} clients (client c posts requests c, c + clients, ...), {@code perRequest}
     * pages a request; paced when {@code intervalNanos} is positive (request i is due {@code i × interval} after the
     * start). Returns the pages accepted for a burst, the largest delay behind schedule for a paced run.
     */
    private long post(Stack stack, List<BenchPage> pages, int perRequest, long intervalNanos, int clients)
            throws Exception {
        List<List<BenchPage>> requests = new ArrayList<>();
        for (int i = 0; i < pages.size(); i += perRequest) {
            requests.add(pages.subList(i, Math.min(pages.size(), i + perRequest)));
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                task -> new Thread(task, "bench-client-" + threadNumber.incrementAndGet()));
        long start = System.nanoTime();
        long[] accepted = new long[clients];
        long[] late = new long[clients];
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    try {
                        postAll(stack, requests, client, clients, start, intervalNanos, accepted, late);
                    } finally {
                        threadCpu.charge();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return intervalNanos > 0 ? Arrays.stream(late).max().orElse(0) : Arrays.stream(accepted).sum();
    }

    /** Client {@code client}'s requests of {@link #post}: requests client, client + clients, ... */
    private void postAll(Stack stack, List<List<BenchPage>> requests, int client, int clients, long start,
                         long intervalNanos, long[] accepted, long[] late) throws IOException, InterruptedException {
        for (int r = client; r < requests.size(); r += clients) {
            if (intervalNanos > 0) {
                long due = start + r * intervalNanos;
                long now = System.nanoTime();
                if (due > now) {
                    LockSupport.parkNanos(due - now);
                } else {
                    late[client] = Math.max(late[client], now - due);
                }
            }
            accepted[client] += stack.post(http, requests.get(r));
        }
    }

    /**
     * Waits until the pipeline caught up (a local stack) or the document count held still for 10 s.
     *
     * @throws IllegalStateException when that did not happen within {@link #timeout}: figures of a part of the pages
     *                               would be wrong
     */
    private void awaitIndexed(Stack stack) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int stable = 0;
        long lastCount = -1;
        Instant lastChange = Instant.now();
        Optional<String> behind = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            if (stack.pipeline != null) {
                behind = stack.pipeline.behind();
                stable = behind.isEmpty() ? stable + 1 : 0;
                if (stable >= 2) {
                    return;
                }
            } else {
                long count = stack.count();
                if (count != lastCount) {
                    lastCount = count;
                    lastChange = Instant.now();
                } else if (count > 0 && Duration.between(lastChange, Instant.now()).toSeconds() >= 10) {
                    return;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the pages were not all indexed within " + timeout + " (" + stack.count()
                + " documents; " + behind.orElse("still changing") + "): no figures; a longer --timeout or a less"
                + " loaded machine");
    }

    /**
     * Altered copies of the pages for warm-up bursts: the same pages as HTML to clean, text to enrich and documents to
     * index, but other stories: another URL (and no canonical URL of their own), and every third word of the body
     * text replaced by another word of the same page in the same case (a name by another of its names, "Clinton"
     * for "Paris"; a common word of another language only where the page has no other), so that no run of four
     * words, the shingles copies are found by, stays whole, while the copies keep their page's language and names:
     * the enrichment takes the paths through its rules that the pages take (the code the JIT compiles for them).
     */
    static final class WarmUpPages {

        private static final String[] WORDS = {"river", "market", "council", "morning", "village", "report",
            "winter", "harbour", "garden", "school", "bridge", "station", "letter", "island", "museum", "forest",
            "engine", "doctor", "summer", "office", "farmer", "valley", "theatre", "budget", "ticket", "window"};
        private static final Pattern WORD = Pattern.compile("\\p{L}+");

        private WarmUpPages() {
        }

        static List<BenchPage> altered(List<BenchPage> pages, int round) {
            List<BenchPage> out = new ArrayList<>(pages.size());
            for (BenchPage page : pages) {
                Document doc;
                try {
                    doc = Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                doc.select("link[rel~=(?i)canonical], meta[property=og:url], meta[name=twitter:url]").remove();
                Map<Character, List<String>> byShape = new HashMap<>();
                doc.body().traverse((node, depth) -> {
                    if (node instanceof TextNode text && !text.isBlank()) {
                        var m = WORD.matcher(text.getWholeText());
                        while (m.find()) {
                            byShape.computeIfAbsent(shape(m.group()), s -> new ArrayList<>()).add(m.group());
                        }
                    }
                });
                int[] counter = {round};
                doc.body().traverse((node, depth) -> {
                    if (node instanceof TextNode text && !text.isBlank()) {
                        var m = WORD.matcher(text.getWholeText());
                        StringBuilder sb = new StringBuilder();
                        while (m.find()) {
                            int k = counter[0]++;
                            String word = m.group();
                            m.appendReplacement(sb, Matcher.quoteReplacement(k % 3 == 0
                                    ? replacement(word, byShape.get(shape(word)), k / 3, round) : word));
                        }
                        m.appendTail(sb);
                        text.text(sb.toString());
                    }
                });
                doc.charset(StandardCharsets.UTF_8);
                String url = page.url() + (page.url().contains("?") ? "&" : "?") + "warm-up=" + round;
                out.add(BenchPage.of(url, doc.outerHtml().getBytes(StandardCharsets.UTF_8)));
            }
            return out;
        }

        /**
         * The {@code nth} replacement of {@code word}: a word of the page in the same case ({@code alike}), picked
         * by position and round, other than {@code word} itself; a common word shaped like it when the page has none.
         */
        static String replacement(String word, List<String> alike, int nth, int round) {
            for (int attempt = 0; attempt < 4; attempt++) {
                String other = alike.get(Math.floorMod(nth * 31 + round * 7919 + attempt * 13, alike.size()));
                if (!other.equals(word)) {
                    return other;
                }
            }
            String common = shaped(WORDS[Math.floorMod(nth + round, WORDS.length)], word);
            return common.equals(word) ? shaped(WORDS[Math.floorMod(nth + round + 1, WORDS.length)], word) : common;
        }

        /** A word's case: 'U' all capitals ("NATO"), 'C' capitalised, 'l' the rest. */
        static char shape(String word) {
            if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT))) {
                return 'U';
            }
            return Character.isUpperCase(word.codePointAt(0)) ? 'C' : 'l';
        }

        /**
         * {@code word} in the case of {@code like} ("River" for "Paris", "RIVER" for "NATO"): a name stays a
         * capitalised word.
         */
        static String shaped(String word, String like) {
            return switch (shape(like)) {
                case 'U' -> word.toUpperCase(Locale.ROOT);
                case 'C' -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
                default -> word;
            };
        }
    }

    /**
     * The collections of this JVM's garbage collector and their pauses (its beans' counts and times): the young
     * and the old (full) generation's, as the collector names them ("PS Scavenge", "PS MarkSweep", "G1 Young
     * Generation"...).
     */
    record CollectorTimes(Map<String, Long> counts, Map<String, Long> millis) {

        static CollectorTimes now() {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> millis = new LinkedHashMap<>();
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                counts.put(bean.getName(), Math.max(0, bean.getCollectionCount()));
                millis.put(bean.getName(), Math.max(0, bean.getCollectionTime()));
            }
            return new CollectorTimes(counts, millis);
        }

        CollectorTimes minus(CollectorTimes before) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> millis = new LinkedHashMap<>();
            this.counts.forEach((name, n) -> counts.put(name, n - before.counts.getOrDefault(name, 0L)));
            this.millis.forEach((name, ms) -> millis.put(name, ms - before.millis.getOrDefault(name, 0L)));
            return new CollectorTimes(counts, millis);
        }

        /** {@code PS Scavenge 5 collections, 160 ms of pauses; PS MarkSweep 0} */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            counts.forEach((name, n) -> sb.append(sb.isEmpty() ? "" : "; ").append(name).append(' ').append(n)
                    .append(n == 1 ? " collection" : " collections")
                    .append(n == 0 ? "" : ", " + millis.get(name) + " ms of pauses"));
            return sb.toString();
        }
    }

    /** A page to post, with its line of the batch body made before any clock starts: the clients cost little. */
    record BenchPage(String url, byte[] html, byte[] line) {

        static BenchPage of(String url, byte[] html) {
            byte[] line = (Json.mapper().createObjectNode().put("url", url)
                    .put("html", new String(html, StandardCharsets.UTF_8)) + "\n").getBytes(StandardCharsets.UTF_8);
            return new BenchPage(url, html, line);
        }
    }

    /**
     * CPU time used so far by this JVM (the services) and by its child processes, Kafka's and OpenSearch's, told
     * apart by their command line; read from /proc, zero where it is not available.
     */
    record CpuTimes(double jvmMillis, double kafkaMillis, double openSearchMillis, ProcessThreads kafkaThreads,
                    ProcessThreads openSearchThreads) {

        static CpuTimes now() {
            double jvm = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
            double kafka = 0;
            double openSearch = 0;
            ProcessThreads kafkaThreads = ProcessThreads.NONE;
            ProcessThreads openSearchThreads = ProcessThreads.NONE;
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                String command = child.info().commandLine().orElse("");
                double millis = child.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
                if (command.contains("opensearch")) {
                    openSearch += millis;
                    openSearchThreads = openSearchThreads.plus(ProcessThreads.of(child.pid()));
                } else if (command.contains("kafka")) {
                    kafka += millis;
                    kafkaThreads = kafkaThreads.plus(ProcessThreads.of(child.pid()));
                }
            }
            return new CpuTimes(jvm, kafka, openSearch, kafkaThreads, openSearchThreads);
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(jvmMillis - earlier.jvmMillis, kafkaMillis - earlier.kafkaMillis,
                    openSearchMillis - earlier.openSearchMillis, kafkaThreads.minus(earlier.kafkaThreads),
                    openSearchThreads.minus(earlier.openSearchThreads));
        }

        double totalMillis() {
            return jvmMillis + kafkaMillis + openSearchMillis;
        }

        /** Whether the threads of Kafka's and OpenSearch's JVMs were read. */
        boolean childThreadsRead() {
            return kafkaThreads.all() > 0 && openSearchThreads.all() > 0;
        }

        /** Kafka's CPU time spent in its JVM's own threads (JIT compiler, GC). */
        double kafkaJvmMillis() {
            return kafkaMillis * kafkaThreads.jvmOwnShare();
        }

        /** OpenSearch's CPU time spent in its JVM's own threads (JIT compiler, GC). */
        double openSearchJvmMillis() {
            return openSearchMillis * openSearchThreads.jvmOwnShare();
        }
    }

    /**
     * When one document was ingested and when it was last indexed, its URL, and how many copies of it came later
     * (each indexed it again, with the copy: its {@code indexed_at} is then the last copy's time, not its own).
     */
    record Indexed(Instant ingestedAt, Instant indexedAt, String url, int copies) {

        Duration latency() {
            return Duration.between(ingestedAt, indexedAt);
        }
    }

    /**
     * Percentiles of the ingest→indexed latencies (nearest rank) of the documents no later copy indexed again (whose
     * own time is lost), the slowest one's URL (null for none), and how many were left out.
     */
    record Latencies(List<Duration> sorted, String slowest, int leftOut) {

        static Latencies of(List<Indexed> docs) {
            List<Indexed> own = docs.stream().filter(d -> d.copies() == 0).toList();
            List<Duration> all = new ArrayList<>(own.stream().map(Indexed::latency).toList());
            Collections.sort(all);
            return new Latencies(all, own.stream().max(Comparator.comparing(Indexed::latency)).map(Indexed::url)
                    .orElse(null), docs.size() - own.size());
        }

        String seconds(int percentile) {
            if (sorted.isEmpty()) {
                return "NaN";
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
            Duration d = sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
            return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1e3);
        }

        @Override
        public String toString() {
            return "p50 " + seconds(50) + " s, p90 " + seconds(90) + " s, p99 " + seconds(99) + " s, max "
                    + seconds(100) + " s" + (slowest == null ? "" : " (" + slowest + ")")
                    + (leftOut == 0 ? "" : "; " + leftOut + " indexed again by a later copy left out");
        }
    }

    /** The stack under test: a local pipeline this command started, or a running one's addresses. */
    private static final class Stack implements AutoCloseable {

        private final LocalPipeline pipeline;
        private final URI batchUri;
        private final String openSearch;
        private final String token;
        private final Thread stopHook;
        private final HttpClient http = HttpClient.newHttpClient();

        Stack(LocalPipeline pipeline, URI batchUri, String openSearch, String token, Thread stopHook) {
            this.pipeline = pipeline;
            this.stopHook = stopHook;
            this.batchUri = batchUri;
            this.openSearch = openSearch.replaceAll("/+$", "");
            this.token = token;
        }

        /** Posts one batch, retrying the pages answered 503 (busy, Kafka slow); returns the pages accepted. */
        int post(HttpClient client, List<BenchPage> pages) throws IOException, InterruptedException {
            List<BenchPage> todo = pages;
            int accepted = 0;
            for (int attempt = 0; !todo.isEmpty(); attempt++) {
                // the pages' lines as they are, not copied into one body: a client in another process would not
                // make the services' JVM collect its copies
                List<byte[]> lines = todo.stream().map(BenchPage::line).toList();
                long length = lines.stream().mapToLong(line -> line.length).sum();
                HttpRequest.Builder request = HttpRequest.newBuilder(batchUri)
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(lines),
                                length));
                if (token != null && !token.isBlank()) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                List<BenchPage> retry = new ArrayList<>();
                JsonNode body = Json.mapper().readTree(response.body());
                JsonNode results = body.path("results");
                if (!results.isArray()) {
                    if (response.statusCode() == 503 && attempt < 20) {
                        Thread.sleep(1_000);
                        continue;
                    }
                    throw new IllegalStateException("the batch was answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
                for (JsonNode result : results) {
                    int line = result.path("line").asInt();
                    int status = result.path("status").asInt();
                    if (status == 202) {
                        accepted++;
                    } else if (status == 503 && attempt < 20) {
                        retry.add(todo.get(line - 1));
                    }
                }
                if (!retry.isEmpty()) {
                    Thread.sleep(1_000);
                }
                todo = retry;
            }
            return accepted;
        }

        long count() throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(openSearch + "/" + IndexNames.DEFAULT.readAlias() + "/_count")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Json.mapper().readTree(response.body()).path("count").asLong() : 0;
        }

        /**
         * The ingested_at and indexed_at of every document ingested since {@code since}, in order of indexed_at, to the
         * millisecond: read from the fields' doc values, with no document's source read.
         */
        List<Indexed> documentsIngestedSince(Instant since) throws IOException, InterruptedException {
            URI uri = URI.create(openSearch + "/" + IndexNames.DEFAULT.readAlias() + "/_search");
            http.send(HttpRequest.newBuilder(URI.create(openSearch + "/" + IndexNames.DEFAULT.readAlias()
                    + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            List<Indexed> all = new ArrayList<>();
            ArrayNode after = null;
            while (true) {
                ObjectNode query = Json.mapper().createObjectNode().put("size", 1000).put("_source", false);
                query.putObject("query").putObject("range").putObject("ingested_at")
                        .put("gte", since.toEpochMilli()).put("format", "epoch_millis");
                ArrayNode fields = query.putArray("docvalue_fields");
                fields.addObject().put("field", "ingested_at").put("format", "epoch_millis");
                fields.addObject().put("field", "indexed_at").put("format", "epoch_millis");
                fields.addObject().put("field", "url");
                fields.addObject().put("field", "duplicate_count");
                ArrayNode sort = query.putArray("sort");
                sort.addObject().put("indexed_at", "asc");
                sort.addObject().put("id", "asc");
                if (after != null) {
                    query.set("search_after", after);
                }
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(query.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("OpenSearch answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
                JsonNode hits = Json.mapper().readTree(response.body()).path("hits").path("hits");
                if (hits.isEmpty()) {
                    return all;
                }
                for (JsonNode hit : hits) {
                    JsonNode fieldsOfHit = hit.path("fields");
                    all.add(new Indexed(epochMillis(fieldsOfHit.path("ingested_at")),
                            epochMillis(fieldsOfHit.path("indexed_at")), fieldsOfHit.path("url").path(0).asText(),
                            fieldsOfHit.path("duplicate_count").path(0).asInt(0)));
                    after = (ArrayNode) hit.path("sort");
                }
            }
        }

        /** A date doc value asked for as epoch_millis: a one-element array of a string of digits. */
        private static Instant epochMillis(JsonNode values) {
            return Instant.ofEpochMilli(Long.parseLong(values.path(0).asText()));
        }

        @Override
        public void close() {
            if (pipeline != null) {
                pipeline.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopHook);
                } catch (IllegalStateException e) {
                    // shutting down: the hook closes it (again; closing is idempotent)
                }
            }
        }
    }
}
