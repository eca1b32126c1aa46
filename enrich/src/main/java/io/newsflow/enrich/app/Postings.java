package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Posting;
import java.util.List;

/**
 * The stored value of one lookup key: the pages filed under it, and when the key was last written (the timestamp
 * of the record that wrote it, epoch milliseconds; null in values written by earlier versions), which the sweep
 * measures the key's retention from.
 */
record Postings(List<Posting> postings, Long writtenAt) {

    Postings {
        postings = List.copyOf(postings);
    }
}
