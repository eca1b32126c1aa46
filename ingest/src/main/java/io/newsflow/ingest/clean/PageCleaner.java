package io.newsflow.ingest.clean;

import io.newsflow.events.Extraction;
import io.newsflow.events.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a scraped page into a {@link Page}. Built once and shared: thread-safe, and it never mutates its
 * input.
 */
public final class PageCleaner {

    private final Clock clock;

    public PageCleaner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Cleans one page.
     *
     * @throws PageRejectedException when the page is over a limit or has no text; the message says which
     */
    public Page clean(ScrapedPage page) throws PageRejectedException {
        String html = new String(page.body(), page.charset() == null ? StandardCharsets.UTF_8 : page.charset());
        Document doc = Jsoup.parse(html, page.url());
        String text = doc.body().text();
        if (text.isBlank()) {
            throw new PageRejectedException(PageRejectedException.Reason.NO_CONTENT, "page has no text");
        }
        return new Page(sha256(page.url()), page.url(), page.url(), null, null, doc.title(), null, null, null,
                null, text, List.of(), sha256(text), page.fetchedAt(), clock.instant(), page.source(),
                new Extraction("body", 0.5));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
