package io.newsflow.ingest.clean.eval;

import io.newsflow.events.PageKeys;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsflow.events.Json;
import io.newsflow.events.JsonLines;
import io.newsflow.events.Page;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Runs a {@link PageCleaner} over a directory of pages with known truth and scores it: body text with
 * {@link ShingleScore}, and title, author and date accuracy over the pages whose truth has them.
 *
 * <p>How metadata is judged: a title is right when it equals the truth after {@link PageKeys#normalise} (case,
 * punctuation and spacing ignored); an author is right when the set of names (split at commas, "&amp;" and "and",
 * each normalised) equals the truth's; a date is right when {@code published_at} falls on the truth's calendar day
 * in some time zone between UTC−12 and UTC+14 (pages give local days; we keep instants). Not thread-safe.
 */
public final class ExtractEval {

    /** One line of the truth file. */
    public record Truth(String id, String url, String text, String title, String author, String published) {
    }

    /** How one page fared. Fields that the truth lacks are null. */
    public record PageResult(String id, ShingleScore.PageScore score, boolean empty, String rejection,
            Boolean titleOk, Boolean authorOk, Boolean dateOk) {
    }

    /** Corpus figures and the per-page results behind them. */
    public record Report(ShingleScore.CorpusScore text, double titleAccuracy, int titles, double authorAccuracy,
            int authors, double dateAccuracy, int dates, List<PageResult> pages) {
        public Report {
            pages = List.copyOf(pages);
        }

        /** The summary line, in the exact format other tools parse. */
        public String summaryLine() {
            return String.format(java.util.Locale.ROOT,
                    "precision=%.4f recall=%.4f f1=%.4f pages=%d empty=%d title_acc=%.4f date_acc=%.4f",
                    text.precision(), text.recall(), text.f1(), text.pages(), text.empty(), titleAccuracy,
                    dateAccuracy);
        }
    }

    /** The JSON Lines record {@code --out} writes: enough for other tools to score the extraction. */
    record Extracted(String id, String title, String byline, Instant publishedAt, String text) {
    }

    private final PageCleaner cleaner;

    public ExtractEval(PageCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * Reads the truth file: one JSON object per line.
     *
     * @throws JsonLines.InvalidLineException for a bad line, naming the file, the line's number and the problem
     */
    public static List<Truth> readTruth(Path file) throws IOException {
        return JsonLines.read(file, line -> Json.mapper().treeToValue(line, Truth.class));
    }

    /** The bytes of page {@code id}: {@code <id>.html} or {@code <id>.html.gz} in {@code dir}. */
    public static byte[] readPage(Path dir, String id) throws IOException {
        Path plain = dir.resolve(id + ".html");
        if (Files.exists(plain)) {
            return Files.readAllBytes(plain);
        }
        Path gz = dir.resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /**
     * Cleans and scores every page of the truth; when {@code out} is not null, writes each extraction to it as
     * JSON Lines.
     */
    public Report run(Path pagesDir, List<Truth> truth, Writer out) throws IOException {
        ObjectWriter json = Json.mapper().writer();
        List<PageResult> results = new ArrayList<>();
        List<ShingleScore.PageScore> scores = new ArrayList<>();
        int empty = 0;
        for (Truth t : truth) {
            Page page = null;
            String rejection = null;
            try {
                page = cleaner.clean(new ScrapedPage(t.url(), readPage(pagesDir, t.id()), null,
                        ScrapedPage.Kind.DETECT, null, ScrapedPage.FILE));
            } catch (PageRejectedException e) {
                rejection = e.reason() + ": " + e.getMessage();
            }
            String text = page == null ? "" : page.text();
            ShingleScore.PageScore s = ShingleScore.score(t.text() == null ? "" : t.text(), text);
            scores.add(s);
            boolean isEmpty = !s.hasPrediction();
            if (isEmpty) {
                empty++;
            }
            results.add(new PageResult(t.id(), s, isEmpty, rejection,
                    blank(t.title()) ? null : page != null && sameTitle(t.title(), page.title()),
                    blank(t.author()) ? null : page != null && sameAuthors(t.author(), page.byline()),
                    blank(t.published()) ? null : page != null && sameDay(t.published(), page.publishedAt())));
            if (out != null) {
                out.write(json.writeValueAsString(page == null ? new Extracted(t.id(), null, null, null, "")
                        : new Extracted(t.id(), page.title(), page.byline(), page.publishedAt(), page.text())));
                out.write('\n');
            }
        }
        return new Report(ShingleScore.CorpusScore.of(scores, empty),
                accuracy(results, PageResult::titleOk), count(results, PageResult::titleOk),
                accuracy(results, PageResult::authorOk), count(results, PageResult::authorOk),
                accuracy(results, PageResult::dateOk), count(results, PageResult::dateOk), results);
    }

    private static double accuracy(List<PageResult> results, java.util.function.Function<PageResult, Boolean> f) {
        int n = count(results, f);
        long ok = results.stream().map(f).filter(Boolean.TRUE::equals).count();
        return n == 0 ? 0 : (double) ok / n;
    }

    private static int count(List<PageResult> results, java.util.function.Function<PageResult, Boolean> f) {
        return (int) results.stream().map(f).filter(b -> b != null).count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean sameTitle(String truth, String extracted) {
        return extracted != null && PageKeys.normalise(truth).equals(PageKeys.normalise(extracted));
    }

    static boolean sameAuthors(String truth, String extracted) {
        return extracted != null && names(truth).equals(names(extracted));
    }

    private static Set<String> names(String s) {
        return Arrays.stream(s.split("(?i),|&|\\band\\b|;"))
                .map(PageKeys::normalise)
                .filter(n -> !n.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether {@code extracted} falls on the truth's calendar day in some time zone from UTC−12 to UTC+14. */
    static boolean sameDay(String truth, Instant extracted) {
        if (extracted == null) {
            return false;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(truth.strip().substring(0, Math.min(10, truth.strip().length())));
        } catch (DateTimeParseException e) {
            return false; // a truth date we cannot read cannot be matched
        }
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC).minus(Duration.ofHours(14));
        Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(12));
        return !extracted.isBefore(start) && extracted.isBefore(end);
    }
}
