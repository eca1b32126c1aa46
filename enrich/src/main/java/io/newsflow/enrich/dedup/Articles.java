package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Entities;
import io.newsflow.events.Page;
import java.util.List;

/** Copies of an {@link Article} with the de-duplication fields set. Pure functions. */
public final class Articles {

    private Articles() {
    }

    /** The article draft of a page: its fields plus the enrichment, with no story, revision or version yet. */
    public static Article draft(Page p, String language, double languageConfidence, Entities entities,
                                List<String> keywords, List<String> topics, String summary, int wordCount,
                                String wire) {
        return new Article(p.id(), p.url(), p.canonicalUrl(), p.site(), p.siteName(), p.title(), p.byline(),
                p.publishedAt(), p.publishedAtSource(), p.languageHint(), p.text(), p.captions(), p.contentHash(),
                p.fetchedAt(), p.ingestedAt(), p.source(), p.extraction(), language, languageConfidence, entities,
                keywords, topics, summary, wordCount, wire, null, 0, 0, null, List.of(), 0);
    }

    public static Article withDedup(Article a, String storyId, int revision, long version, String event,
                                    List<DuplicateRef> duplicates) {
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.site(), a.siteName(), a.title(), a.byline(),
                a.publishedAt(), a.publishedAtSource(), a.languageHint(), a.text(), a.captions(), a.contentHash(),
                a.fetchedAt(), a.ingestedAt(), a.source(), a.extraction(), a.language(), a.languageConfidence(),
                a.entities(), a.keywords(), a.topics(), a.summary(), a.wordCount(), a.wire(), storyId, revision,
                version, event, duplicates, duplicates.size());
    }
}
