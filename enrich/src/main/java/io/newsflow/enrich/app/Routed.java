package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Answer;
import io.newsflow.enrich.dedup.DedupCommand;
import io.newsflow.enrich.dedup.Probe;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;

/** One output of a de-duplication processor, on its way to the branch for its kind. Exactly one field is set. */
record Routed(Article article, Duplicate duplicate, Probe probe, Answer answer, DedupCommand command) {

    static Routed of(Article a) {
        return new Routed(a, null, null, null, null);
    }

    static Routed of(Duplicate d) {
        return new Routed(null, d, null, null, null);
    }

    static Routed of(Probe p) {
        return new Routed(null, null, p, null, null);
    }

    static Routed of(Answer a) {
        return new Routed(null, null, null, a, null);
    }

    static Routed of(DedupCommand c) {
        return new Routed(null, null, null, null, c);
    }
}
