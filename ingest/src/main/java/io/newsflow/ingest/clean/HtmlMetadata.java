package io.newsflow.ingest.clean;

import io.newsflow.events.PageKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the metadata of an HTML page from the elements {@link DomScan} gathered: title, byline, publication date
 * and its source, site name, canonical link and language hint. It reads the untouched document, before the
 * content stage prunes it. Stateless and thread-safe; it does not mutate the document.
 */
final class HtmlMetadata {

    /** JSON-LD scripts larger than this are skipped: a page must not make us parse megabytes of JSON. */
    private static final int MAX_JSON_LD = 512 * 1024;
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "posting", "socialmediaposting", "liveblogposting", "medicalwebpage",
            "webpage", "review", "howto", "recipe", "creativework", "itempage", "aboutpage", "faqpage", "qapage");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "article.published",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
            "date", "article:published", "og:article:published_time", "cxenseparse:recs:publishtime", "datecreated",
            "published", "article:published_date", "release_date");
    /** A page with this many h1s uses them for its sections; none of them is the title by itself. */
    private static final int SECTION_H1S = 3;
    private static final List<String> TITLE_METAS = List.of("og:title", "twitter:title", "headline", "dc.title",
            "parsely-title", "sailthru.title");
    private static final List<String> AUTHOR_METAS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "byl", "twitter:creator");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("[\\s\u00a0]+[|\\-–—·•»][\\s\u00a0]+|[\\s\u00a0]+[|»]");
    private static final Pattern H1_SEPARATOR = Pattern.compile("[\\s\u00a0]+[|»][\\s\u00a0]*");
    /** A headline is a line; a longer h1 is a lede or a slogan set in large type. */
    private static final int HEADLINE_MAX = 150;
    /** A date or byline line is short; a long text with a date in it is prose about that date. */
    private static final int DATE_LINE_MAX = 200;
    private static final int NEAR_HEADLINE_AFTER = 40;
    private static final int NEAR_HEADLINE_BEFORE = 10;
    private static final int MAX_PAGE_DATA = 2 * 1024 * 1024;
    private static final Pattern PAGE_DATA_DATE = Pattern.compile("(?:datePublished|publishedAt|publishDate|"
            + "publishedDate|publish_date|published_at|firstPublished|publicationDate)\\\\*[\"']?\\s*[:=]\\s*\\\\*[\"']"
            + "(\\d{4}-\\d{2}-\\d{2}[^\"'\\\\]{0,25})");
    private static final Pattern PAGE_DATA_POST_DATE = Pattern.compile(
            "\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[^\"]{0,20})\"");
    private static final Pattern BY = Pattern.compile("^(?i:by|written by|posted by|author:?)\\s+");

    /** What this stage found; any field may be null. */
    record Metadata(String title, String byline, Instant publishedAt, String publishedAtSource, String siteName,
            String canonical, String languageHint) {
    }

    /** What the date sources read: the page's metas by lower-cased key, its JSON-LD, its scanned elements, its URL. */
    private record DateClues(Map<String, String> metas, LdFacts ld, DomScan scan, String url) {
    }

    /**
     * A place where a page may state its publication date, and the {@code published_at_source} a date found there
     * is reported with.
     */
    private record DateSource(String label, BiFunction<DateClues, DatePolicy, Optional<Instant>> find) {
    }

    /** A publication date and the label of the source that gave it. */
    private record Published(Instant at, String source) {
    }

    /**
     * The date sources by precedence, the first that finds a believable date winning: what the page states for
     * machines (JSON-LD, metas, microdata, time elements) before what it writes for readers (date lines, a
     * dateline near the headline), then a script-rendered page's inline data, then the URL.
     */
    private static final List<DateSource> DATE_SOURCES = List.of(
            new DateSource("jsonld", (clues, dates) -> dates.first(clues.ld().datePublished)),
            new DateSource("meta", HtmlMetadata::inDateMetas),
            new DateSource("meta", HtmlMetadata::inItemprops),
            new DateSource("time", HtmlMetadata::inTimeElements),
            new DateSource("text", HtmlMetadata::inDateLines),
            new DateSource("text", (clues, dates) -> nearHeadline(clues.scan(), dates)),
            new DateSource("meta", (clues, dates) -> inPageData(clues.scan(), dates)),
            new DateSource("url", (clues, dates) -> dates.check(Dates.parseUrl(clues.url()))));

    private HtmlMetadata() {
    }

    static Metadata read(Document doc, DomScan scan, String url, DatePolicy dates) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : scan.metas) {
            String key = firstNonEmpty(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
            String content = m.attr("content").strip();
            if (key != null && !content.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        LdFacts ld = LdFacts.of(scan.jsonLd);

        String siteName = firstNonEmpty(metas.get("og:site_name"), ld.publisher, metas.get("application-name"));
        String title = title(doc, scan, metas, ld, siteName);

        String byline = ld.authors.isEmpty() ? null : String.join(", ", ld.authors);
        if (byline == null) {
            for (String key : AUTHOR_METAS) {
                String v = metas.get(key);
                if (v != null && !v.startsWith("http") && !v.startsWith("@")) {
                    byline = v;
                    break;
                }
            }
        }
        if (byline == null) {
            for (Element e : scan.itemprops) {
                if (e.attr("itemprop").equalsIgnoreCase("author")) {
                    Element name = e.selectFirst("[itemprop=name]");
                    String v = name != null ? firstNonEmpty(name.attr("content"), name.text()) : e.text();
                    if (v != null && !v.isBlank() && v.length() < 100) {
                        byline = v;
                        break;
                    }
                }
            }
        }
        if (byline == null) {
            for (Element e : scan.authorLinks) {
                String v = e.text();
                if (!v.isBlank() && v.length() < 100) {
                    byline = v;
                    break;
                }
            }
        }
        byline = byline == null ? null : BY.matcher(byline.strip()).replaceFirst("");

        Optional<Published> published = published(new DateClues(metas, ld, scan, url), dates);
        String canonical = scan.canonicals.isEmpty() ? null : scan.canonicals.get(0).absUrl("href");
        String lang = doc.children().isEmpty() ? "" : doc.child(0).attr("lang");
        return new Metadata(title, byline, published.map(Published::at).orElse(null),
                published.map(Published::source).orElse(null), siteName, canonical == null || canonical.isEmpty()
                ? null : canonical, lang.isBlank() ? null : lang.strip());
    }

    /** The date of the first source in {@link #DATE_SOURCES} that finds a believable one. */
    private static Optional<Published> published(DateClues clues, DatePolicy dates) {
        for (DateSource source : DATE_SOURCES) {
            Optional<Instant> d = source.find().apply(clues, dates);
            if (d.isPresent()) {
                return Optional.of(new Published(d.get(), source.label()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> inDateMetas(DateClues clues, DatePolicy dates) {
        for (String key : DATE_METAS) {
            Optional<Instant> d = dates.first(clues.metas().get(key));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first {@code itemprop="datePublished"}, as microdata writes it: datetime, content or text. */
    private static Optional<Instant> inItemprops(DateClues clues, DatePolicy dates) {
        for (Element e : clues.scan().itemprops) {
            if (e.attr("itemprop").equalsIgnoreCase("datePublished")) {
                Optional<Instant> d = dates.first(firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text()));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> inTimeElements(DateClues clues, DatePolicy dates) {
        for (Element t : clues.scan().times) {
            Optional<Instant> d = dates.first(firstNonEmpty(t.attr("datetime"), t.text()));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first short element named as a date or byline line ("post-date", "byline") with a date written in it. */
    private static Optional<Instant> inDateLines(DateClues clues, DatePolicy dates) {
        for (Element e : clues.scan().dateLines) {
            String text = e.text();
            if (text.length() <= DATE_LINE_MAX) {
                Optional<Instant> d = dates.check(Dates.parseText(text));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The headline. Readers see the {@code <h1>}, so an h1 wins when the metadata titles agree with it, or when it
     * is a real headline (a few words, not the site's name, not in the page header) that shares a word with them;
     * otherwise the first metadata title, cut to its headline.
     */
    private static String title(Document doc, DomScan scan, Map<String, String> metas, LdFacts ld, String siteName) {
        List<String> metaTitles = new ArrayList<>();
        for (String key : TITLE_METAS) {
            addIfPresent(metaTitles, unescape(metas.get(key)));
        }
        addIfPresent(metaTitles, unescape(ld.headline));
        addIfPresent(metaTitles, doc.title());
        String meta = metaTitles.isEmpty() ? null : headlineOf(metaTitles.get(0), siteName, TITLE_SEPARATOR);
        Set<String> known = new HashSet<>();
        Set<String> metaWords = new HashSet<>();
        for (String t : metaTitles) {
            String headline = headlineOf(t, siteName, TITLE_SEPARATOR);
            known.add(PageKeys.normalise(headline));
            metaWords.addAll(words(headline));
        }
        String ns = siteName == null ? "" : PageKeys.normalise(siteName);
        List<Element> h1s = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (Element h1 : scan.h1s) {
            // In a headline a dash is part of the sentence; only a bar or a site name marks an appended suffix.
            String h = withoutSiteSuffix(headlineOf(unescape(h1.text()), siteName, H1_SEPARATOR), siteName);
            String nh = PageKeys.normalise(h);
            if (!nh.isEmpty() && !nh.equals(ns) && h.length() <= HEADLINE_MAX) {
                h1s.add(h1);
                heads.add(h);
            }
        }
        for (String h : heads) {
            if (known.contains(PageKeys.normalise(h))) {
                return h;
            }
        }
        for (String h : heads) {
            String nh = PageKeys.normalise(h);
            for (String k : known) {
                // The h1 must be most of the title, not one word of it ("Discord" in a headline about Discord).
                if (nh.length() >= 4 && k.contains(nh) && nh.length() * 2 >= k.length()) {
                    return h;
                }
            }
        }
        // An h1 that adds a kicker or a date before the title ("Blog: Title") shows the title itself.
        for (String h : heads) {
            String nh = PageKeys.normalise(h);
            for (String t : metaTitles) {
                String mh = headlineOf(t, siteName, TITLE_SEPARATOR);
                String k = PageKeys.normalise(mh);
                if (k.length() >= 10 && nh.endsWith(k) && k.length() * 3 >= nh.length() * 2) {
                    return mh;
                }
            }
        }
        // Otherwise the first headline-like h1: what the reader sees as the title, unless it has nothing in common
        // with what the page says its title is ("Contact us", a newsletter box, the blog's name), or the page
        // marks all its section headings as h1s.
        for (int i = 0; i < heads.size() && (meta == null || heads.size() < SECTION_H1S); i++) {
            String h = heads.get(i);
            if (h.length() >= 10 && h.indexOf(' ') > 0
                    && (meta == null || sharesWord(words(h), metaWords))) {
                // ...unless the page shows its metadata title as a heading too: the h1 is then a pull quote.
                return meta != null && isSubhead(scan, meta) ? meta : h;
            }
        }
        return meta;
    }

    private static boolean isSubhead(DomScan scan, String title) {
        String nt = PageKeys.normalise(title);
        for (Element h : scan.subheads) {
            if (PageKeys.normalise(h.text()).equals(nt)) {
                return true;
            }
        }
        return false;
    }

    /** {@code title} without a last part that is the site's name ("Headline – Site"). */
    private static String withoutSiteSuffix(String title, String siteName) {
        if (siteName == null) {
            return title;
        }
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        return last > 0 && PageKeys.normalise(title.substring(lastEnd)).equals(PageKeys.normalise(siteName))
                ? title.substring(0, last).strip() : title;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    /** Words of four letters or more, lower-cased: enough to tell whether two titles speak of the same thing. */
    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : PageKeys.normalise(s).split(" ")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean sharesWord(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (b.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first date written in a short text soon after the first h1 (the dateline under a headline), else the
     * nearest one shortly before it.
     */
    private static Optional<Instant> nearHeadline(DomScan scan, DatePolicy dates) {
        if (scan.h1Positions.isEmpty()) {
            return Optional.empty();
        }
        int h1 = scan.h1Positions.get(0);
        Optional<Instant> before = Optional.empty();
        for (int i = 0; i < scan.datedTexts.size(); i++) {
            int pos = scan.datedTextPositions.get(i);
            if (pos > h1 + NEAR_HEADLINE_AFTER) {
                break;
            }
            if (pos < h1 - NEAR_HEADLINE_BEFORE) {
                continue;
            }
            Optional<Instant> d = dates.check(Dates.parseText(scan.datedTexts.get(i).getWholeText()));
            if (d.isPresent()) {
                if (pos >= h1) {
                    return d;
                }
                before = d;
            }
        }
        return before;
    }

    /**
     * A publication date in the inline data of a script-rendered page ({@code "publishedAt":"2025-..."}), else the
     * post's plain {@code "date"} of a headless CMS's page data ({@code {"title":...,"date":"2024-04-08T06:59"}}).
     */
    private static Optional<Instant> inPageData(DomScan scan, DatePolicy dates) {
        // Every key of the first pattern has "ublish" or "ublicat" in it; most scripts have neither.
        Optional<Instant> d = firstInScripts(scan, dates, PAGE_DATA_DATE,
                data -> data.indexOf("ublish") >= 0 || data.indexOf("ublicat") >= 0);
        return d.isPresent() ? d : firstInScripts(scan, dates, PAGE_DATA_POST_DATE, data -> data.contains("\"date\""));
    }

    private static Optional<Instant> firstInScripts(DomScan scan, DatePolicy dates, Pattern date,
            Predicate<String> mayHold) {
        for (Element s : scan.scripts) {
            String data = s.data();
            if (data.length() > MAX_PAGE_DATA || !mayHold.test(data)) {
                continue;
            }
            Matcher m = date.matcher(data);
            if (m.find()) {
                Optional<Instant> d = dates.first(m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Undoes entities that a page escaped twice ("&amp;#x26;" in a meta tag reads "&#x26;"). */
    private static String unescape(String s) {
        return s != null && s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    }

    /**
     * The headline part of a title: the parts between separators that are not the site's name, and of those the
     * first ("Headline | Section | Site", "Site - Headline"). Pages append sections and slogans far more often than
     * they prepend them.
     */
    static String headlineOf(String title, String siteName, Pattern separator) {
        String[] parts = separator.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        String ns = siteName == null ? "" : PageKeys.normalise(siteName);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String np = PageKeys.normalise(p);
            // "Nutrition Source" in "The Nutrition Source - Harvard Chan School" is the site's name too.
            boolean isSite = !ns.isEmpty() && (np.equals(ns) || np.length() > 3 && ns.contains(np));
            if (!np.isEmpty() && !isSite) {
                kept.add(p.strip());
            }
        }
        if (kept.isEmpty()) {
            return title.strip();
        }
        // A single word before a longer part is a brand ("Brand | Headline"), not the headline.
        boolean brandFirst = kept.size() > 1 && kept.get(0).indexOf(' ') < 0 && kept.get(1).indexOf(' ') > 0;
        return kept.get(brandFirst ? 1 : 0);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Facts from the page's JSON-LD, preferring article-like objects. */
    private static final class LdFacts {
        String headline;
        String datePublished;
        String publisher;
        final Set<String> authors = new LinkedHashSet<>();

        static LdFacts of(List<Element> scripts) {
            LdFacts f = new LdFacts();
            for (Element s : scripts) {
                String json = s.data();
                if (json.length() > MAX_JSON_LD) {
                    continue;
                }
                JsonNode root;
                try {
                    root = Json.mapper().readTree(json.strip());
                } catch (JsonProcessingException e) {
                    continue; // broken JSON-LD is common and only a hint
                }
                f.collect(root);
            }
            return f;
        }

        private void collect(JsonNode root) {
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int budget = 10_000;
            while (!todo.isEmpty() && budget-- > 0) {
                JsonNode n = todo.pop();
                if (n == null) {
                    continue;
                }
                if (n.isArray()) {
                    for (int i = n.size() - 1; i >= 0; i--) {
                        todo.push(n.get(i));
                    }
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                if (isArticle(n)) {
                    if (headline == null) {
                        headline = textOf(n.get("headline"));
                    }
                    if (datePublished == null) {
                        datePublished = firstNonEmpty(textOf(n.get("datePublished")), textOf(n.get("dateCreated")));
                    }
                    if (authors.isEmpty()) {
                        addAuthors(n.get("author"));
                    }
                    if (publisher == null && n.get("publisher") != null) {
                        publisher = textOf(n.get("publisher").get("name"));
                    }
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.push(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null) {
                    todo.push(main);
                }
            }
        }

        private static boolean isArticle(JsonNode n) {
            JsonNode type = n.get("@type");
            if (type == null) {
                return n.has("headline");
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
            return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
        }

        private void addAuthors(JsonNode a) {
            if (a == null) {
                return;
            }
            if (a.isArray()) {
                for (JsonNode x : a) {
                    addAuthors(x);
                }
            } else if (a.isObject()) {
                String name = textOf(a.get("name"));
                if (name != null) {
                    authors.add(name);
                }
            } else if (a.isTextual() && !a.asText().isBlank() && !a.asText().startsWith("http")) {
                authors.add(a.asText().strip());
            }
        }

        private static String textOf(JsonNode n) {
            if (n == null) {
                return null;
            }
            if (n.isArray()) {
                return n.size() == 0 ? null : textOf(n.get(0));
            }
            String t = n.isValueNode() ? n.asText() : null;
            return t == null || t.isBlank() ? null : t.strip();
        }
    }
}
