package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Posting;
import java.util.List;

/** The stored value of one lookup key: the pages filed under it. */
record Postings(List<Posting> postings) {

    Postings {
        postings = List.copyOf(postings);
    }
}
