package io.newsflow.index.bulk;

import io.newsflow.events.Article;
import java.util.Objects;

/** One article to write as the document {@code article.id()} at external version {@code article.story().version()}. */
public record IndexItem(Article article, Origin origin) {

    public IndexItem {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(origin, "origin");
    }

    public String id() {
        return article.id();
    }
}
