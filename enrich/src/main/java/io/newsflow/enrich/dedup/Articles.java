package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Entities;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import java.util.List;

/** The article draft enrich builds from a page. Pure functions. */
public final class Articles {

    private Articles() {
    }

    /** The article draft of a page: the page and its enrichment, with no story, revision or version yet. */
    public static Article draft(Page p, String language, double languageConfidence, Entities entities,
                                List<String> keywords, List<String> topics, String summary, int wordCount,
                                String wire) {
        return new Article(p, new Enrichment(language, languageConfidence, entities, keywords, topics, summary,
                wordCount, wire), Story.NONE);
    }
}
