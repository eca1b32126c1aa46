package io.newsflow.deploy.cli;

import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench clean}: the cleaner's throughput on one thread against the ceiling of any jsoup-based
 * cleaner, a bare jsoup parse (charset detection included) plus {@code body().text()} on the same pages.
 */
@Command(name = "clean", description = "Measure the cleaner's pages/s and MB/s against bare jsoup parse + body().text().")
final class BenchCleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VocabularyOption vocabulary;

    @Option(names = "--pages", required = true, paramLabel = "DIR",
            description = "Directory of pages (*.html, *.htm, *.txt, or the same gzipped).")
    Path pages;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured passes after the warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> bodies = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(pages)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = read(p);
                bodies.add(b);
                urls.add(p.toAbsolutePath().toUri().toString());
                bytes += b.length;
            }
        }
        if (bodies.isEmpty()) {
            spec.commandLine().getErr().println("no pages in " + pages);
            return 2;
        }
        PageCleaner cleaner = new PageCleaner(vocabulary.config(), Clock.systemUTC());
        out.printf(Locale.ROOT, "%d pages, %.1f MB, average %.0f KB; 1 warm-up pass, then %d measured passes%n",
                bodies.size(), bytes / 1e6, bytes / 1e3 / bodies.size(), rounds);
        out.flush();
        runJsoup(bodies, urls);
        runCleaner(cleaner, bodies, urls);
        long jsoupNanos = 0;
        long cleanerNanos = 0;
        int rejected = 0;
        // Interleaved passes, so that both see the same machine load.
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            runJsoup(bodies, urls);
            long t1 = System.nanoTime();
            rejected = runCleaner(cleaner, bodies, urls);
            cleanerNanos += System.nanoTime() - t1;
            jsoupNanos += t1 - t0;
        }
        long n = (long) bodies.size() * rounds;
        double jsoupPages = n / (jsoupNanos / 1e9);
        double cleanerPages = n / (cleanerNanos / 1e9);
        double mb = bytes * (double) rounds / 1e6;
        out.printf(Locale.ROOT, "jsoup parse+text: %.1f pages/s %.2f MB/s%n", jsoupPages, mb / (jsoupNanos / 1e9));
        out.printf(Locale.ROOT, "cleaner:          %.1f pages/s %.2f MB/s (%d pages rejected per pass)%n",
                cleanerPages, mb / (cleanerNanos / 1e9), rejected);
        out.printf(Locale.ROOT, "ratio=%.2f%n", cleanerPages / jsoupPages);
        out.flush();
        return 0;
    }

    private static void runJsoup(List<byte[]> bodies, List<String> urls) throws IOException {
        long sink = 0;
        for (int i = 0; i < bodies.size(); i++) {
            sink += Jsoup.parse(new ByteArrayInputStream(bodies.get(i)), null, urls.get(i)).body().text().length();
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the work from being optimised away");
        }
    }

    private static int runCleaner(PageCleaner cleaner, List<byte[]> bodies, List<String> urls) {
        int rejected = 0;
        for (int i = 0; i < bodies.size(); i++) {
            try {
                cleaner.clean(new ScrapedPage(urls.get(i), bodies.get(i), null, ScrapedPage.Kind.DETECT, null,
                        ScrapedPage.FILE));
            } catch (PageRejectedException e) {
                rejected++;
            }
        }
        return rejected;
    }

    static byte[] read(Path p) throws IOException {
        if (p.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(p);
    }
}
