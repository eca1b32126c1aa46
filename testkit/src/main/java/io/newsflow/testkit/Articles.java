package io.newsflow.testkit;

import io.newsflow.events.PageKeys;
import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Entities;
import io.newsflow.events.Extraction;
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
        return new Article(id, url, url, "example.org", "Example News", title, "Anna de Vries", PUBLISHED, "jsonld",
                "en", text, List.of("Cranes at the container terminal."), PageKeys.contentHash(text), PUBLISHED.plusSeconds(60),
                PUBLISHED.plusSeconds(61), "http", new Extraction("jsonld", 0.9), "en", 0.98,
                new Entities(List.of("Anna de Vries"), List.of("Port of Rotterdam Authority"), List.of("Rotterdam")),
                List.of("port", "shipping"), List.of("economy"), text.lines().findFirst().orElse(""),
                text.split("\\s+").length, null, id, 1, version, version == 1 ? Article.CREATED : Article.UPDATED,
                List.of(), 0);
    }

    /** {@code article} as a {@code syndicated} event one version later, copied by {@code copySite}. */
    public static Article syndicated(Article article, String copySite) {
        List<DuplicateRef> duplicates = List.of(new DuplicateRef("https://" + copySite + "/copy", copySite, 0.97,
                "near", PUBLISHED.plusSeconds(3600)));
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.site(), article.siteName(),
                article.title(), article.byline(), article.publishedAt(), article.publishedAtSource(),
                article.languageHint(), article.text(), article.captions(), article.contentHash(), article.fetchedAt(),
                article.ingestedAt(), article.source(), article.extraction(), article.language(),
                article.languageConfidence(), article.entities(), article.keywords(), article.topics(),
                article.summary(), article.wordCount(), article.wire(), article.storyId(), article.revision(),
                article.version() + 1, Article.SYNDICATED, duplicates, duplicates.size());
    }

    /** {@code article} with a {@code wire} value longer than any keyword OpenSearch accepts (32766 bytes). */
    public static Article withImmenseWire(Article article) {
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.site(), article.siteName(),
                article.title(), article.byline(), article.publishedAt(), article.publishedAtSource(),
                article.languageHint(), article.text(), article.captions(), article.contentHash(), article.fetchedAt(),
                article.ingestedAt(), article.source(), article.extraction(), article.language(),
                article.languageConfidence(), article.entities(), article.keywords(), article.topics(),
                article.summary(), article.wordCount(), "W".repeat(40_000), article.storyId(), article.revision(),
                article.version(), article.event(), article.duplicates(), article.duplicateCount());
    }

}
