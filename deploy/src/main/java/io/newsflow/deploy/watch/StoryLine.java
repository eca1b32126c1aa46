package io.newsflow.deploy.watch;

import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import io.newsflow.ingest.clean.PlainText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One readable line per event a monitoring team cares about: a new story ({@code created}) or a syndication (a
 * copy of a story seen elsewhere). Updates of a known article are not news to them and give no line.
 * Stateless and thread-safe.
 */
public final class StoryLine {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_TITLE = 120;

    private StoryLine() {
    }

    /** The line for {@code article}, or empty when its event is not one to show. */
    public static Optional<String> of(Article article) {
        Page page = article.page();
        Story story = article.story();
        String title = title(page);
        String site = page.site() == null ? "?" : page.site();
        if (Article.CREATED.equals(story.event())) {
            // an undated page shows when it arrived, and says so: no publication time is made up
            boolean undated = page.publishedAt() == null;
            return Optional.of(time(undated ? page.ingestedAt() : page.publishedAt())
                    + "  NEW         " + site + "  " + title + details(article.enrichment(), undated));
        }
        if (Article.SYNDICATED.equals(story.event()) && !story.duplicates().isEmpty()) {
            DuplicateRef copy = story.duplicates().get(story.duplicates().size() - 1);
            return Optional.of(time(copy.seenAt()) + "  SYNDICATED  " + site + "  " + title + "  <- copied by "
                    + (copy.site() == null ? copy.url() : copy.site()) + " (" + copy.method() + ", "
                    + String.format(Locale.ROOT, "%.2f", copy.similarity()) + "; " + story.duplicateCount()
                    + (story.duplicateCount() == 1 ? " copy" : " copies") + " so far)");
        }
        return Optional.empty();
    }

    /**
     * Whether every word of {@code query} (case-insensitive) occurs in the article's title, summary, text, site,
     * keywords or entities. A blank query matches everything.
     */
    public static boolean matches(Article article, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        Page page = article.page();
        Enrichment enrichment = article.enrichment();
        List<String> haystack = new ArrayList<>();
        haystack.add(page.title());
        haystack.add(enrichment.summary());
        haystack.add(page.text());
        haystack.add(page.site());
        haystack.add(page.siteName());
        haystack.addAll(enrichment.keywords());
        haystack.addAll(enrichment.entities().people());
        haystack.addAll(enrichment.entities().organizations());
        haystack.addAll(enrichment.entities().locations());
        String text = String.join("\n", haystack.stream().filter(s -> s != null).toList()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String title(Page page) {
        String title = page.title() == null || page.title().isBlank() ? "(untitled) " + page.url()
                : PlainText.of(page.title()).strip().replaceAll("\\s+", " ");
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String details(Enrichment enrichment, boolean undated) {
        List<String> parts = new ArrayList<>();
        if (undated) {
            parts.add("undated: time received");
        }
        if (enrichment.language() != null) {
            parts.add(enrichment.language());
        }
        if (enrichment.wire() != null) {
            parts.add("wire: " + enrichment.wire());
        }
        List<String> names = new ArrayList<>(enrichment.entities().people());
        names.addAll(enrichment.entities().organizations());
        names.addAll(enrichment.entities().locations());
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names.subList(0, Math.min(4, names.size()))));
        }
        return parts.isEmpty() ? "" : "  [" + String.join("; ", parts) + "]";
    }

    private static String time(Instant instant) {
        return instant == null ? "                 " : TIME.format(instant);
    }
}
