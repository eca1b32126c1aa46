package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;

/** Where de-duplication steps send what they produce. The topology forwards; {@link DedupReplay} queues. */
public interface DedupOutput {

    void article(Article article);

    void duplicate(Duplicate duplicate);

    /** To the band stage, keyed by {@link Probe#key()}. */
    void probe(Probe probe);

    /** To the collector, keyed by the page id. */
    void answer(Answer answer);

    /** To the article ledger, keyed by {@code key}. */
    void command(String key, DedupCommand command);

    /** A redelivered page was dropped (for the metric). */
    void redelivered(String id);
}
