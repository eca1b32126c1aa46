package io.newsflow.enrich.eval;

import java.time.Instant;

/** One document of an offline de-duplication set, as read from JSON Lines. */
public record EvalDoc(String id, String url, String title, String text, Instant publishedAt) {
}
