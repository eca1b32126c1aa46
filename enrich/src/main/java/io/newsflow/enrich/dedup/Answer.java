package io.newsflow.enrich.dedup;

import java.util.List;

/** What one lookup key knew about a page: the verified earlier copies filed under it (often none). */
public record Answer(DocRef doc, int revision, int expected, List<Match> matches) {

    public Answer {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
