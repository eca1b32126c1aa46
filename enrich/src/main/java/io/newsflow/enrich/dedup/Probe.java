package io.newsflow.enrich.dedup;

/**
 * A page looking for earlier copies under one of its lookup keys.
 *
 * @param key       the lookup key (content hash, LSH band or lead anchor), the record key of the band stage
 * @param revision  the page's content revision, so that answers for older content are told apart
 * @param expected  how many keys the page was sent under, i.e. how many answers to wait for
 * @param fileOnly  file the page under the key without looking for copies (new content of a known article, so
 *                  that later copies of it find it); no answer is sent
 */
public record Probe(String key, Posting posting, int revision, int expected, boolean fileOnly) {

    /** Prefix of the content-hash key: exact copies meet there, within the exact window. */
    public static final String EXACT_KEY_PREFIX = "h:";

    public boolean exact() {
        return key.startsWith(EXACT_KEY_PREFIX);
    }
}
