package io.newsflow.deploy.cli;

import io.newsflow.deploy.logging.QuietConsole;
import io.newsflow.deploy.run.DataDirLock;
import io.newsflow.deploy.run.LocalPipeline;
import io.newsflow.deploy.run.SamplePages;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.localstack.ChildExit;
import io.newsflow.localstack.LocalStackException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow run}: the whole pipeline on this machine, with a real Kafka broker and a real OpenSearch node, on
 * the given pages or the bundled sample pages.
 */
@Command(name = "run", description = {
        "Run the whole pipeline on this machine: a local Kafka broker and OpenSearch node, and the ingest, enrich"
                + " and index services. Ingests PATHs (files, directories, WARCs; default: the bundled sample pages),"
                + " prints progress and, once everything is indexed, the URLs to use. Keeps running until Ctrl-C.",
        "Needs a Java 21+ for OpenSearch (found automatically, or set OPENSEARCH_JAVA_HOME)."})
final class RunCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(500);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Pages to ingest: files, directories, WARCs.")
    List<Path> paths = List.of();

    @Option(names = "--data-dir", defaultValue = ".newsflow",
            description = "Where Kafka, OpenSearch and Kafka Streams keep state (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--fresh", description = "Delete the data directory first and start empty.")
    boolean fresh;

    @Option(names = "--once", description = "Exit after the summary instead of running until Ctrl-C.")
    boolean once;

    @Option(names = "--ingest-port", defaultValue = "8080", converter = Bounded.Port.class,
            description = "Ingest API port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(names = "--kafka-port", defaultValue = "9092", converter = Bounded.Port.class,
            description = "Kafka port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--opensearch-port", defaultValue = "9200", converter = Bounded.Port.class,
            description = "OpenSearch port (default: ${DEFAULT-VALUE}).")
    int openSearchPort;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address saved pages were saved from: a page"
            + " without a canonical link gets URL + its path under the directory given, and its site from URL.")
    String baseUrl;

    @Option(names = "--timeout", defaultValue = "PT5M",
            description = "How long to wait for everything to be indexed (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // before anything in the directory is touched: a second run would start a broker on the first one's log
        DataDirLock lock;
        try {
            lock = DataDirLock.acquire(dataDir);
        } catch (LocalStackException e) {
            err.println("newsflow run: " + e.getMessage());
            return 1;
        }
        try (lock) {
            if (fresh) {
                lock.deleteContents();
            }
            QuietConsole quiet = QuietConsoles.open(spec, dataDir);
            try {
                return execute(out, err, quiet);
            } finally {
                if (quiet != null) {
                    quiet.close();
                }
            }
        }
    }

    private Integer execute(PrintWriter out, PrintWriter err, QuietConsole quiet) throws Exception {
        URI base;
        try {
            base = baseUrl == null ? null : FileIngester.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            err.println("newsflow run: --base-url: " + e.getMessage());
            return 2;
        }
        List<Path> inputs = paths.isEmpty() ? List.of(SamplePages.extractTo(dataDir.resolve("samples"))) : paths;
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("newsflow run: " + input + " does not exist");
                return 2;
            }
        }
        LocalPipeline pipeline;
        try {
            // the log file is named with the first step, once nothing refused to start
            AtomicBoolean logFileNamed = new AtomicBoolean(quiet == null);
            pipeline = LocalPipeline.start(new LocalPipeline.Options(dataDir, ingestPort, kafkaPort, openSearchPort),
                    step -> {
                        if (!logFileNamed.getAndSet(true)) {
                            say(out, "logging to " + quiet.logFile());
                        }
                        say(out, step);
                    });
        } catch (LocalStackException e) {
            err.println("newsflow run: " + e.getMessage());
            return 1;
        }
        CompletableFuture<ChildExit> childExit = pipeline.childExit();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            say(out, "stopping ...");
            pipeline.close();
            if (quiet != null) {
                quiet.summarise();
            }
            say(out, "stopped");
            stopped.countDown();
        }, "newsflow-run-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        say(out, "ingesting " + inputs + " ...");
        ProgressBar files = ProgressBar.onConsole(out, "newsflow: ");
        AtomicReference<FileIngester.Progress> lastFiles = new AtomicReference<>();
        AtomicBoolean barFinished = new AtomicBoolean();
        BackgroundIngest ingest = BackgroundIngest.start(pipeline, inputs, base, progress -> {
            synchronized (files) {
                if (barFinished.get()) {
                    return; // the run stopped the ingest: its last pages fail, and the console has moved on
                }
                lastFiles.set(progress);
                files.update(progress.bytesDone(), progress.bytesTotal(), IngestFilesCommand.describe(progress, files));
            }
        });
        CompletableFuture<FileIngester.Summary> ingesting = ingest.summary();
        // a broker or node that dies while the files go in stops the run at once: the ingest would otherwise wait
        // out each page's delivery timeout, thousands of pages for hours
        CompletableFuture.anyOf(ingesting, childExit).join();
        if (!ingesting.isDone()) {
            ingest.thread().interrupt();
            synchronized (files) {
                barFinished.set(true);
                FileIngester.Progress last = lastFiles.get();
                if (last != null) {
                    files.finish(last.bytesDone(), last.bytesTotal(), IngestFilesCommand.describe(last, files));
                }
            }
            return stopWithout(childExit.join(), pipeline, hook, out, err);
        }
        FileIngester.Summary summary = joined(ingesting);
        synchronized (files) {
            IngestFilesCommand.finish(files, lastFiles.get(), summary);
        }
        say(out, "ingest: " + summary);
        boolean done = awaitCaughtUp(pipeline, childExit, out);
        if (childExit.isDone()) {
            return stopWithout(childExit.join(), pipeline, hook, out, err);
        }
        LocalPipeline.Progress progress = pipeline.progress();
        out.println();
        out.println(done ? "All pages are processed." : "Not everything was processed within " + timeout + ".");
        out.println(describe(progress));
        out.println();
        out.println("  status page      " + pipeline.ingestUrl() + "/   (live counts, lag, dead letters, last"
                + " stories)");
        out.println("  ingest API       " + pipeline.ingestUrl() + "/v1/pages   (POST {\"url\": ..., \"html\": ...}"
                + (pipeline.ingestNeedsToken() ? ", Authorization: Bearer $INGEST_API_TOKEN)" : "; no token: set INGEST_API_TOKEN to demand one)"));
        out.println("  health, metrics  " + pipeline.ingestUrl() + ", " + pipeline.enrichUrl() + ", "
                + pipeline.indexUrl() + "   (ingest, enrich, index: /health/live, /health/ready, /metrics)");
        // the commands as they reach this stack: on ports other than their defaults they need to be told
        boolean defaultKafka = pipeline.bootstrapServers().endsWith(":9092")
                && System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null;
        boolean defaultOpenSearch = pipeline.openSearchUrl().endsWith(":9200")
                && System.getenv("OPENSEARCH_URL") == null;
        out.println("  Kafka bootstrap  " + pipeline.bootstrapServers() + "   (./newsflow watch"
                + (defaultKafka ? "" : " --bootstrap-servers " + pipeline.bootstrapServers()) + ")");
        out.println("  OpenSearch       " + pipeline.openSearchUrl() + "/articles/_search   (./newsflow search"
                + (defaultOpenSearch ? "" : " --opensearch-url " + pipeline.openSearchUrl()) + " TEXT)");
        out.println("  data directory   " + dataDir.toAbsolutePath());
        out.flush();
        if (once) {
            stop(pipeline, hook, out);
            return done && summary.allPublished() ? 0 : 1;
        }
        out.println("Running; Ctrl-C to stop.");
        out.flush();
        LocalPipeline.Progress last = progress;
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            if (childExit.isDone()) {
                return stopWithout(childExit.join(), pipeline, hook, out, err);
            }
            LocalPipeline.Progress now = pipeline.progress();
            if (!now.equals(last)) {
                say(out, describe(now));
                last = now;
            }
        }
        return 0;
    }

    /**
     * Ingests {@code inputs} on a thread of its own, so that the run can watch its child processes meanwhile: the
     * summary, completed by that thread, a daemon. Interrupted, it stops at the next page it would publish.
     */
    private record BackgroundIngest(Thread thread, CompletableFuture<FileIngester.Summary> summary) {

        static BackgroundIngest start(LocalPipeline pipeline, List<Path> inputs, URI base,
                                      Consumer<FileIngester.Progress> listener) {
            CompletableFuture<FileIngester.Summary> summary = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    summary.complete(pipeline.ingest(inputs, base, listener));
                } catch (Throwable t) {
                    summary.completeExceptionally(t);
                }
            }, "newsflow-run-ingest");
            thread.setDaemon(true);
            thread.start();
            return new BackgroundIngest(thread, summary);
        }
    }

    /** The ingest's summary, or what it threw, as it threw it. */
    private static FileIngester.Summary joined(CompletableFuture<FileIngester.Summary> ingesting) {
        try {
            return ingesting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Reports the broker or node that ended on its own and stops the rest of the stack, which cannot do its work
     * without it; the exit code says the run failed.
     */
    private static int stopWithout(ChildExit exit, LocalPipeline pipeline, Thread hook, PrintWriter out,
                                   PrintWriter err) {
        err.println("newsflow run: " + exit + "; the pipeline cannot work without it: stopping");
        err.flush();
        stop(pipeline, hook, out);
        return 1;
    }

    /** Stops the stack now, in place of the shutdown hook; leaves it to the hook when the JVM is exiting already. */
    private static void stop(LocalPipeline pipeline, Thread hook, PrintWriter out) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return;
        }
        say(out, "stopping ...");
        pipeline.close();
        say(out, "stopped");
    }

    /**
     * Waits until enrich and index caught up, showing the pages settled (every page but the pending ones) and the
     * article events indexed as a bar, with the rates since the wait began; gives up when a child process ended.
     */
    private boolean awaitCaughtUp(LocalPipeline pipeline, CompletableFuture<ChildExit> childExit, PrintWriter out)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        ProgressBar bar = ProgressBar.onConsole(out, "newsflow: ");
        LocalPipeline.Progress first = pipeline.progress();
        LocalPipeline.Progress last = null;
        int stableChecks = 0;
        Optional<String> behind = Optional.empty();
        try {
            while (Instant.now().isBefore(deadline) && !childExit.isDone()) {
                LocalPipeline.Progress now = pipeline.progress();
                bar.update(done(now), work(now), describe(now) + rates(bar, first, now));
                if (!now.equals(last)) {
                    last = now;
                    stableChecks = 0;
                }
                // two checks in a row: a stage that has just read its input may not have written its output yet
                behind = pipeline.behind();
                stableChecks = behind.isEmpty() ? stableChecks + 1 : 0;
                if (stableChecks >= 2) {
                    return true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } finally {
            LocalPipeline.Progress now = pipeline.progress();
            bar.finish(done(now), work(now), describe(now) + rates(bar, first, now));
        }
        if (!childExit.isDone()) {
            say(out, "still waiting: " + behind.orElse("nothing"));
        }
        return false;
    }

    /**
     * The bar's work: the pages ingested and the article events they made, done once the pages are settled and the
     * indexer is done with the events (before, the bar stood at 100 % "done" while the index was still behind).
     */
    static long work(LocalPipeline.Progress p) {
        return p.ingested() + p.articleEvents();
    }

    static long done(LocalPipeline.Progress p) {
        return settled(p) + Math.min(p.indexSettled(), p.articleEvents());
    }

    /** Pages that ended as one of the five outcomes. */
    private static long settled(LocalPipeline.Progress p) {
        return p.ingested() - p.pending();
    }

    /** {@code  · 35.2 pages/s settled · 30.1 articles/s indexed}, since {@code first}. */
    private static String rates(ProgressBar bar, LocalPipeline.Progress first, LocalPipeline.Progress now) {
        return " · " + bar.rate(settled(now) - settled(first), "pages") + " settled · "
                + bar.rate(now.indexed() - first.indexed(), "articles") + " indexed";
    }

    private static String describe(LocalPipeline.Progress p) {
        return "pages ingested " + p.ingested() + " = new " + p.created() + " + updated " + p.updated()
                + " + duplicates " + p.duplicates() + " + repeats " + p.repeats() + " + dead letters " + p.deadLetters()
                + (p.pending() > 0 ? " + pending " + p.pending() : "") + " · indexed " + p.indexed()
                + (p.errors() > 0 ? " · other dead letters " + p.errors() + " (newsflow dlq list)" : "");
    }

    private static void say(PrintWriter out, String line) {
        out.println("newsflow: " + line);
        out.flush();
    }
}
