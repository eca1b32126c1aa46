package io.newsflow.enrich.dedup;

import java.util.List;

/** The answers gathered so far for a page's current revision. */
public record Pending(DocRef doc, int revision, int expected, int received, List<Match> matches) {

    public Pending {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
