package io.newsflow.enrich.dedup;

import io.newsflow.enrich.fingerprint.Fingerprint;

/** A page filed under one lookup key: enough to verify a later page against it without another lookup. */
public record Posting(DocRef doc, Fingerprint fingerprint) {
}
