package io.newsflow.enrich.dedup;

import io.newsflow.enrich.fingerprint.Fingerprint;
import io.newsflow.events.Article;

/** A page after the stateless enrichment: the article draft (no story, revision or version yet) and its fingerprint. */
public record EnrichedPage(Article draft, Fingerprint fingerprint) {
}
