package io.newsflow.deploy.watch;

import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
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
        String title = title(article);
        String site = article.site() == null ? "?" : article.site();
        if (Article.CREATED.equals(article.event())) {
            return Optional.of(time(article.publishedAt() != null ? article.publishedAt() : article.ingestedAt())
                    + "  NEW         " + site + "  " + title + details(article));
        }
        if (Article.SYNDICATED.equals(article.event()) && !article.duplicates().isEmpty()) {
            DuplicateRef copy = article.duplicates().get(article.duplicates().size() - 1);
            return Optional.of(time(copy.seenAt()) + "  SYNDICATED  " + site + "  " + title + "  <- copied by "
                    + (copy.site() == null ? copy.url() : copy.site()) + " (" + copy.method() + ", "
                    + String.format(Locale.ROOT, "%.2f", copy.similarity()) + "; " + article.duplicateCount()
                    + (article.duplicateCount() == 1 ? " copy" : " copies") + " so far)");
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
        List<String> haystack = new ArrayList<>();
        haystack.add(article.title());
        haystack.add(article.summary());
        haystack.add(article.text());
        haystack.add(article.site());
        haystack.add(article.siteName());
        haystack.addAll(article.keywords());
        haystack.addAll(article.entities().people());
        haystack.addAll(article.entities().organizations());
        haystack.addAll(article.entities().locations());
        String text = String.join("\n", haystack.stream().filter(s -> s != null).toList()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String title(Article article) {
        String title = article.title() == null || article.title().isBlank() ? "(untitled) " + article.url()
                : article.title().strip().replaceAll("\\s+", " ");
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String details(Article article) {
        List<String> parts = new ArrayList<>();
        if (article.language() != null) {
            parts.add(article.language());
        }
        if (article.wire() != null) {
            parts.add("wire: " + article.wire());
        }
        List<String> names = new ArrayList<>(article.entities().people());
        names.addAll(article.entities().organizations());
        names.addAll(article.entities().locations());
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names.subList(0, Math.min(4, names.size()))));
        }
        return parts.isEmpty() ? "" : "  [" + String.join("; ", parts) + "]";
    }

    private static String time(Instant instant) {
        return instant == null ? "                 " : TIME.format(instant);
    }
}
