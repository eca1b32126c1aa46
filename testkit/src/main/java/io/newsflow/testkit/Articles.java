package io.newsflow.testkit;

import io.newsflow.events.PageKeys;
import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Entities;
import io.newsflow.events.Extraction;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import java.time.Instant;
import java.util.List;

/** Realistic {@link Article} events for tests, every field filled as enrich would fill it. */
public final class Articles {

    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:30:00Z");

    private Articles() {
    }

    /** A {@code created} article at version 1 about {@code subject}, on a URL made from {@code slug}. */
    public static Article article(String slug, String subject) {
        return article(slug, 1, "Port of Rotterdam " + subject,
                "Dock workers in Rotterdam reported " + subject + " on Thursday, the port authority said.\n\n"
                        + "Officials expect shipping schedules to recover within the week.");
    }

    public static Article article(String slug, long version, String title, String text) {
        String url = "https://news.example.org/2026/11/20/" + slug;
        String id = PageKeys.id(url);
        Page page = new Page(id, url, url, "example.org", "Example News", title, "Anna de Vries", PUBLISHED, "jsonld",
                "en", text, List.of("Cranes at the container terminal."), PageKeys.contentHash(text), PUBLISHED.plusSeconds(60),
                PUBLISHED.plusSeconds(61), "http", new Extraction("jsonld", 0.9));
        Story story = new Story(id, 1, version, version == 1 ? Article.CREATED : Article.UPDATED, List.of(), 0);
        return new Article(page, enrichment(text, null), story);
    }

    /** {@code article} as a {@code syndicated} event one version later, copied by {@code copySite}. */
    public static Article syndicated(Article article, String copySite) {
        List<DuplicateRef> duplicates = List.of(new DuplicateRef("https://" + copySite + "/copy", copySite, 0.97,
                "near", PUBLISHED.plusSeconds(3600)));
        return article.withStory(article.story().syndicated(article.story().version() + 1, duplicates));
    }

    /**
     * {@code article}, one of these fixtures, with a {@code wire} value longer than any keyword OpenSearch accepts
     * (32766 bytes).
     */
    public static Article withImmenseWire(Article article) {
        return new Article(article.page(), enrichment(article.page().text(), "W".repeat(40_000)), article.story());
    }

    private static Enrichment enrichment(String text, String wire) {
        return new Enrichment("en", 0.98,
                new Entities(List.of("Anna de Vries"), List.of("Port of Rotterdam Authority"), List.of("Rotterdam")),
                List.of("port", "shipping"), List.of("economy"), text.lines().findFirst().orElse(""),
                text.split("\\s+").length, wire);
    }

}
