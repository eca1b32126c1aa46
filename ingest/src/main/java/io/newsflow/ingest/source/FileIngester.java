package io.newsflow.ingest.source;

import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.publish.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes pages from the file system: HTML ({@code .html}, {@code .htm}, {@code .xhtml}) and text ({@code .txt})
 * files, directories of them (recursively), and WARC files ({@code .warc}, {@code .warc.gz}), whose HTML and text
 * responses and resources become pages with their target URL and capture date. Other files are skipped.
 *
 * <p>Not thread-safe: one {@link #ingest} at a time. It waits for Kafka to acknowledge every page before returning.
 */
public final class FileIngester {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngester.class);
    private static final int MAX_IN_FLIGHT = 256;

    /**
     * What one run did.
     *
     * @param files       files read (pages or WARCs)
     * @param warcRecords WARC records that were pages
     * @param published   pages Kafka acknowledged
     * @param rejected    pages not accepted (cleaner rejection, size limit, unreadable file)
     * @param failed      pages Kafka did not acknowledge
     * @param skipped     files or WARC records that are not pages
     * @param problems    one line per rejected or failed page, naming it and the problem
     */
    public record Summary(int files, int warcRecords, int published, int rejected, int failed, int skipped,
                          List<String> problems) {

        public Summary {
            problems = List.copyOf(problems);
        }

        public boolean allPublished() {
            return rejected == 0 && failed == 0;
        }

        @Override
        public String toString() {
            return "files=" + files + " warc_records=" + warcRecords + " published=" + published + " rejected="
                    + rejected + " failed=" + failed + " skipped=" + skipped;
        }
    }

    /**
     * How far an {@link #ingest} call is, handed to its listener as it goes: after each file, and within a WARC file
     * after each page record.
     *
     * @param filesDone  files read so far, of the {@code filesTotal} HTML, text and WARC files found under the paths
     *                   given: as {@link Summary#files()} counts them, without the files skipped
     * @param bytesDone  bytes of those files read so far (within a WARC: up to its last record read), of
     *                   {@code bytesTotal}
     * @param published  pages Kafka acknowledged so far
     * @param rejected   pages not accepted so far
     * @param failed     pages Kafka did not acknowledge so far
     */
    public record Progress(int filesDone, int filesTotal, long bytesDone, long bytesTotal, int published,
                           int rejected, int failed) {
    }

    private final PagePublisher publisher;
    private final RawPages rawPages;
    private final Duration ackTimeout;

    public FileIngester(PagePublisher publisher, RawPages rawPages, Duration ackTimeout) {
        this.publisher = publisher;
        this.rawPages = rawPages;
        this.ackTimeout = ackTimeout;
    }

    /**
     * Publishes every page under {@code paths} and waits for the acknowledgements. A page file's URL is its
     * {@code file:} URL; a saved page that declares a canonical web address is known by that address.
     */
    public Summary ingest(List<Path> paths) {
        return ingest(paths, null);
    }

    /**
     * As {@link #ingest(List)}, with {@code baseUrl} (null: none) as the address the page files were saved from: a
     * page's URL is {@code baseUrl} followed by its path relative to the directory given (a file given alone: its
     * name), so that a page which declares no canonical link still has a web address and a site. A canonical web
     * address the page declares still wins. WARC records keep their own target URLs.
     *
     * @param baseUrl as from {@link #baseUrl(String)}
     */
    public Summary ingest(List<Path> paths, URI baseUrl) {
        return ingest(paths, baseUrl, progress -> { });
    }

    /**
     * As {@link #ingest(List, URI)}, telling {@code listener} how far it is (on the calling thread; it should
     * return quickly). The paths are listed first, so that the listener knows the total from the start.
     */
    public Summary ingest(List<Path> paths, URI baseUrl, Consumer<Progress> listener) {
        Run run = new Run(baseUrl, listener);
        List<Path[]> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(Files::isRegularFile).sorted().forEach(file -> files.add(new Path[] {file, path}));
                } catch (IOException | UncheckedIOException e) {
                    run.reject(path + ": cannot list the directory: " + e.getMessage(), Rejection.UNREADABLE);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new Path[] {path, null});
            } else {
                run.reject(path + ": no such file or directory", Rejection.UNREADABLE);
            }
        }
        // the progress counts the files read, as the summary does: the others are skipped before it starts
        List<Path[]> toRead = new ArrayList<>();
        for (Path[] file : files) {
            if (isWarc(file[0]) || pageKind(file[0]) != null) {
                toRead.add(file);
            } else {
                run.skip(file[0]);
            }
        }
        run.plan(toRead.size(), toRead.stream().mapToLong(file -> sizeOf(file[0])).sum());
        for (Path[] file : toRead) {
            run.file(file[0], file[1]);
            run.fileDone(sizeOf(file[0]));
        }
        return run.finish();
    }

    private static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** HTML or text by the file's name; null for any other file. */
    private static ScrapedPage.Kind pageKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return ScrapedPage.Kind.HTML;
        }
        return name.endsWith(".txt") ? ScrapedPage.Kind.TEXT : null;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reported when the file is read
        }
    }

    /**
     * {@code url} as a base URL for {@link #ingest(List, URI)}.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https URL with a host
     */
    public static URI baseUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("the base URL must be an absolute http or https URL without query or"
                + " fragment, such as https://news.example.com/archive/, got: " + url);
    }

    /** The counters and in-flight sends of one {@link #ingest} call. */
    private final class Run {
        private final URI baseUrl;
        private final Consumer<Progress> listener;
        private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        private final List<CompletableFuture<Void>> sends = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final AtomicInteger published = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private int files;
        private int warcRecords;
        private int rejected;
        private int skipped;
        private int filesTotal;
        private long bytesTotal;
        private int filesDone;
        private long bytesDone;

        Run(URI baseUrl, Consumer<Progress> listener) {
            this.baseUrl = baseUrl;
            this.listener = listener;
        }

        void plan(int files, long bytes) {
            filesTotal = files;
            bytesTotal = bytes;
            report(0);
        }

        void fileDone(long size) {
            filesDone++;
            bytesDone += size;
            report(0);
        }

        /** Tells the listener, {@code within} bytes of the current file read. */
        private void report(long within) {
            int rejectedNow;
            synchronized (problems) {
                rejectedNow = rejected;
            }
            listener.accept(new Progress(filesDone, filesTotal, bytesDone + within, bytesTotal, published.get(),
                    rejectedNow, failed.get()));
        }

        /** The WARC, HTML or text {@code file}, found under the directory {@code root} (null: given alone). */
        void file(Path file, Path root) {
            files++;
            if (isWarc(file)) {
                warc(file);
            } else {
                page(file, root, pageKind(file));
            }
        }

        void skip(Path file) {
            skipped++;
            LOG.debug("skipping {}: not an HTML, text or WARC file", file);
        }

        private void page(Path file, Path root, ScrapedPage.Kind kind) {
            String url = url(file, root);
            try {
                rawPages.checkSize(Files.size(file));
                publish(new ScrapedPage(url, Files.readAllBytes(file), null, kind, null, ScrapedPage.FILE),
                        file.toString());
            } catch (InvalidPageException e) {
                reject(file + ": " + e.getMessage(), e.rejection());
            } catch (IOException e) {
                reject(file + ": cannot read: " + e.getMessage(), Rejection.UNREADABLE);
            }
        }

        private String url(Path file, Path root) {
            if (baseUrl == null) {
                return file.toAbsolutePath().toUri().toString();
            }
            Path relative = root == null ? file.getFileName()
                    : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            StringBuilder path = new StringBuilder(baseUrl.getPath() == null ? "" : baseUrl.getPath());
            if (path.isEmpty() || path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            for (int i = 0; i < relative.getNameCount(); i++) {
                path.append(i == 0 ? "" : "/").append(relative.getName(i));
            }
            try {
                // this constructor quotes what a path may not hold (spaces, say); non-ASCII becomes %-escapes
                return new URI(baseUrl.getScheme(), baseUrl.getRawAuthority(), path.toString(), null, null)
                        .toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("no URL for " + file + " under " + baseUrl + ": " + e.getMessage(), e);
            }
        }

        private void warc(Path file) {
            try (WarcReader reader = new WarcReader(file)) {
                reader.onWarning(warning -> LOG.warn("{}: {}", file, warning));
                for (WarcRecord record : reader) {
                    warcRecord(file, record);
                    report(reader.position());
                }
            } catch (IOException | UncheckedIOException e) {
                reject(file + ": cannot read the WARC file: " + e.getMessage(), Rejection.UNREADABLE);
            }
        }

        private void warcRecord(Path file, WarcRecord record) throws IOException {
            Optional<WarcPage> page = WarcPage.of(record);
            if (page.isEmpty()) {
                skipped++;
                return;
            }
            warcRecords++;
            WarcPage warcPage = page.get();
            String where = file + " " + warcPage.url;
            try {
                byte[] body = readBounded(warcPage.body);
                publish(new ScrapedPage(RawPages.requireHttpUrl(warcPage.url), body, warcPage.charset, warcPage.kind,
                        record.date(), ScrapedPage.WARC), where);
            } catch (InvalidPageException e) {
                reject(where + ": " + e.getMessage(), e.rejection(), ScrapedPage.WARC);
            }
        }

        private byte[] readBounded(MessageBody body) throws IOException, InvalidPageException {
            try (InputStream in = body.stream()) {
                byte[] bytes = in.readNBytes(rawPages.maxPageBytes() + 1);
                rawPages.checkSize(bytes.length);
                return bytes;
            }
        }

        private void publish(ScrapedPage page, String where) {
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + where, e);
            }
            CompletableFuture<PagePublisher.Published> sent;
            try {
                sent = publisher.publish(page);
            } catch (PageRejectedException e) {
                // counted by the publisher
                inFlight.release();
                countRejected(where + ": rejected (" + e.reason() + "): " + e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.warn("{}: the cleaner failed", where, e);
                inFlight.release();
                reject(where + ": the cleaner failed: " + e, Rejection.CLEANER_ERROR, page.source());
                return;
            }
            sends.add(sent.handle((acknowledged, error) -> {
                inFlight.release();
                if (error == null) {
                    published.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    synchronized (problems) {
                        problems.add(where + ": not acknowledged by Kafka: " + error.getMessage());
                    }
                }
                return null;
            }));
        }

        void reject(String problem, Rejection reason) {
            reject(problem, reason, ScrapedPage.FILE);
        }

        void reject(String problem, Rejection reason, String source) {
            publisher.rejected(source, reason);
            countRejected(problem);
        }

        private void countRejected(String problem) {
            synchronized (problems) {
                rejected++;
                problems.add(problem);
            }
        }

        void problem(String problem) {
            synchronized (problems) {
                problems.add(problem);
            }
        }

        Summary finish() {
            try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                        .get(ackTimeout.toMillis() + 30_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                problem("gave up waiting for Kafka to acknowledge the last pages: " + e);
            }
            int unsettled = (int) sends.stream().filter(send -> !send.isDone()).count();
            synchronized (problems) {
                return new Summary(files, warcRecords, published.get(), rejected, failed.get() + unsettled, skipped,
                        problems);
            }
        }
    }

    /** The page inside a WARC response or resource record, when it is HTML or text. */
    private record WarcPage(String url, MessageBody body, ScrapedPage.Kind kind, Charset charset) {

        static Optional<WarcPage> of(WarcRecord record) throws IOException {
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                    return Optional.empty();
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    return Optional.empty();
                }
                return of(response.target(), http.contentType(), http.bodyDecoded());
            }
            if (record instanceof WarcResource resource) {
                return of(resource.target(), resource.contentType(), resource.body());
            }
            return Optional.empty();
        }

        private static Optional<WarcPage> of(String url, MediaType type, MessageBody body) {
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            ScrapedPage.Kind kind = switch (base) {
                case "text/html", "application/xhtml+xml" -> ScrapedPage.Kind.HTML;
                case "text/plain" -> ScrapedPage.Kind.TEXT;
                default -> null;
            };
            return kind == null ? Optional.empty() : Optional.of(new WarcPage(url, body, kind, charset(type)));
        }

        private static Charset charset(MediaType type) {
            String name = type.parameters().get("charset");
            if (name == null) {
                return null;
            }
            try {
                return Charset.forName(name.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return null; // the cleaner sniffs the charset instead
            }
        }
    }
}
