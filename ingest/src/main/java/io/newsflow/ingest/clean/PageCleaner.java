package io.newsflow.ingest.clean;

import io.newsflow.events.PageKeys;
import crawlercommons.domains.EffectiveTldFinder;
import crawlercommons.filters.basic.BasicURLNormalizer;
import io.newsflow.events.Extraction;
import io.newsflow.events.Page;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a scraped page into a {@link Page}: decodes it, tells HTML from plain text, finds the main text without
 * boilerplate, reads the metadata, and enforces the limits of its {@link CleanerConfig}.
 *
 * <p>Built once and shared: it is immutable and thread-safe, every call works on its own copy of the page, and it
 * never mutates its input.
 */
public final class PageCleaner {

    /** Query parameters that only track campaigns or clicks; two URLs differing only in them are one page. */
    private static final List<String> TRACKING_PARAMETERS = List.of("utm_source", "utm_medium", "utm_campaign",
            "utm_term", "utm_content", "utm_id", "utm_name", "utm_reader", "utm_referrer", "utm_social",
            "utm_brand", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "icid", "ncid", "mbid", "smid", "sr_share", "share");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head|body|meta|title|div|p|article|section|main|span|table|h[1-6]|a|br|link|script|style)[\\s>/]"
                    + "|<(?:html|body|p|div|br|article)[\\s>/]");
    private static final int KIND_SNIFF = 4096;

    private final CleanerConfig config;
    private final Clock clock;
    private final DatePolicy dates;
    private final TextContent textContent;
    private final BasicURLNormalizer normalizer;

    /** A cleaner with the default limits and the shipped boilerplate vocabulary. */
    public PageCleaner(Clock clock) {
        this(CleanerConfig.defaults(), clock);
    }

    public PageCleaner(CleanerConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dates = new DatePolicy(clock);
        this.textContent = new TextContent(config.vocabulary(), dates);
        this.normalizer = BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMETERS).build();
    }

    /**
     * Cleans one page. Thread-safe; does not mutate {@code page}.
     *
     * @throws PageRejectedException when the page is over a limit, is not text, has a bad URL or has no text; the
     *                               message says which and by how much
     */
    public Page clean(ScrapedPage page) throws PageRejectedException {
        Deadline deadline = new Deadline(config.timeBudget());
        if (page.isLargerThan(config.maxBytes())) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_LARGE, "the page is "
                    + page.size() + " bytes, over the limit of " + config.maxBytes() + " bytes");
        }
        URI url = checkUrl(page.url());
        String content = page.text() != null ? PageDecoder.decode(page.text())
                : PageDecoder.decode(page.body(), page.charset());
        try {
            return isHtml(page.kind(), content) ? cleanHtml(page, url, content, deadline)
                    : cleanText(page, url, content);
        } catch (Deadline.OverBudget e) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_SLOW, e.getMessage());
        }
    }

    private Page cleanHtml(ScrapedPage page, URI url, String content, Deadline deadline)
            throws PageRejectedException {
        // One past the limit, so that a page nesting deeper than the limit is seen as such instead of flattened.
        Document doc = Parser.htmlParser().setMaxDepth(config.maxDepth() + 1).parseInput(content, page.url());
        // The scan is not timed (it is one pass over a tree the size limit bounds), so that a page too deep is
        // told as such however loaded the machine; the clock is read right after it.
        DomScan scan = DomScan.of(doc);
        if (scan.maxDepth > config.maxDepth()) {
            throw new PageRejectedException(PageRejectedException.Reason.TOO_DEEP,
                    "the page nests elements deeper than the limit of " + config.maxDepth() + " levels");
        }
        deadline.check();
        HtmlMetadata.Metadata meta = HtmlMetadata.read(doc, scan, page.url(), dates);
        // Repaired like the text it is compared with, whose text nodes are repaired as they are read.
        String title = repaired(meta.title());
        Set<String> skip = title == null ? Set.of() : Set.of(title);
        HtmlContent.Result body = new HtmlContent(config.vocabulary(), deadline, scan, true).extract(doc.body(), skip);
        if (body.paragraphs().isEmpty()) {
            // Every block of text was named like chrome: read the page again, trusting its markup only.
            body = new HtmlContent(config.vocabulary(), deadline, scan, false).extract(doc.body(), skip);
        }
        Instant published = meta.publishedAt();
        String publishedSource = meta.publishedAtSource();
        String canonical = canonical(page, url, meta.canonical());
        String longest = body.longestBlock();
        return page(page, canonical, repaired(meta.siteName()), title, repaired(meta.byline()), published,
                publishedSource, meta.languageHint(), body.paragraphs(), body.captions(),
                new Extraction(body.method(), round(body.confidence())), () -> noHtmlText(title, longest));
    }

    private Page cleanText(ScrapedPage page, URI url, String content) throws PageRejectedException {
        TextContent.Result r = textContent.extract(PageDecoder.repairDoubleEncoding(content));
        return page(page, canonical(page, url, null), null, r.title(), r.byline(), r.publishedAt(),
                r.publishedAt() == null ? null : "text", null, r.paragraphs(), r.captions(),
                new Extraction("text-lines", r.paragraphs().isEmpty() ? 0 : 0.8), () -> content.isBlank()
                        ? "no body text: the page is empty" : "no body text: every line of the page was read as a"
                        + " title, byline, date, caption or boilerplate line" + (r.title() == null ? ""
                        : " (title: \"" + quote(r.title()) + "\")") + "; a text page needs at least one other line");
    }

    private Page page(ScrapedPage page, String canonical, String siteName, String title, String byline,
            Instant published, String publishedSource, String lang, List<String> paragraphs, List<String> captions,
            Extraction extraction, Supplier<String> whyNoText) throws PageRejectedException {
        String text = PlainText.of(String.join("\n\n", AuthorBio.strip(paragraphs, byline)));
        if (text.isBlank()) {
            throw new PageRejectedException(PageRejectedException.Reason.NO_CONTENT, whyNoText.get());
        }
        Instant ingested = clock.instant();
        FetchTime fetched = FetchTime.of(page.fetchedAt(), page.source(), ingested);
        return new Page(PageKeys.id(canonical), page.url(), canonical, site(canonical), PlainText.of(siteName),
                PlainText.of(title), PlainText.of(byline), published, publishedSource, lang, text,
                captions.stream().map(PlainText::of).toList(), PageKeys.contentHash(text), fetched.at(),
                fetched.source(), ingested, page.source(), extraction);
    }

    /** Why an HTML page has no body text: what it held, against what a body needs. */
    private static String noHtmlText(String title, String longest) {
        if (longest == null) {
            return "no body text: the page has no text" + (title == null ? "" : " but its title (\"" + quote(title)
                    + "\")") + "; a page needs " + HtmlContent.PROSE_RULE;
        }
        String found = longest.length() + " characters: \"" + quote(longest) + "\"";
        return longest.length() < HtmlContent.PROSE_LONG
                ? "no body text: the longest block of text on the page is " + found + "; a page needs "
                        + HtmlContent.PROSE_RULE
                : "no body text: all of the page's text reads as navigation, links or boilerplate (its longest block is "
                        + found + "); a page needs " + HtmlContent.PROSE_RULE;
    }

    /** {@code s} as one short plain line, to quote in a message. */
    private static String quote(String s) {
        String line = PlainText.of(s).strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private static String repaired(String s) {
        return s == null ? null : PageDecoder.repairDoubleEncoding(s);
    }

    private static URI checkUrl(String url) throws PageRejectedException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("file"))) {
                throw new PageRejectedException(PageRejectedException.Reason.BAD_URL,
                        "the page URL must be absolute http, https or file, got: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new PageRejectedException(PageRejectedException.Reason.BAD_URL,
                    "the page URL is not a valid URL (" + e.getReason() + "): " + url);
        }
    }

    private static boolean isHtml(ScrapedPage.Kind kind, String content) {
        return switch (kind) {
            case HTML -> true;
            case TEXT -> false;
            case DETECT -> LOOKS_LIKE_HTML.matcher(content.length() > KIND_SNIFF
                    ? content.substring(0, KIND_SNIFF) : content).find();
        };
    }

    /**
     * The page's canonical link when it stays on the same site, or when the page was read from a file (a
     * {@code file:} URL, or source {@code file} with the address it was saved from) and the link is a web address
     * (a saved page's address is the one it declares, not the path it was saved under: without it the page would
     * have no site, and the same page saved twice would be two pages); else its URL. Tracking parameters removed.
     */
    private String canonical(ScrapedPage page, URI url, String declared) {
        String chosen = url.toString();
        if (declared != null) {
            try {
                URI c = new URI(declared);
                String site = site(url.toString());
                boolean savedPage = ("file".equalsIgnoreCase(url.getScheme()) || ScrapedPage.FILE.equals(page.source()))
                        && isWeb(c);
                if (c.getHost() != null && (savedPage || site != null && site.equals(site(declared)))) {
                    chosen = declared;
                }
            } catch (URISyntaxException e) {
                // a broken canonical link is ignored: the fetched URL stands
            }
        }
        String normalised = normalizer.filter(chosen);
        return normalised == null ? chosen : normalised;
    }

    private static boolean isWeb(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
    }

    private static String site(String url) {
        try {
            String host = new URI(url).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            String domain = EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT), true, false);
            return domain == null ? host.toLowerCase(Locale.ROOT) : domain;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
