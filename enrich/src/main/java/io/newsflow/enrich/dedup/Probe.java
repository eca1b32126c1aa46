package io.newsflow.enrich.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A page looking for earlier copies under some of its lookup keys: all of them that live in one partition of the
 * band stage, so that a page sends one probe per partition its keys fall in rather than one per key.
 *
 * @param keys      the lookup keys (content hash, LSH bands, lead anchors); the first is the record key of the band
 *                  stage, which places the probe in the partition all of them belong to
 * @param revision  the page's content revision, so that answers for older content are told apart
 * @param expected  how many probes the page was sent as, i.e. how many answers to wait for
 * @param fileOnly  file the page under the keys without looking for copies (new content of a known article, so
 *                  that later copies of it find it); no answer is sent
 */
public record Probe(List<String> keys, Posting posting, int revision, int expected, boolean fileOnly) {

    /** Prefix of the content-hash key: exact copies meet there, within the exact window. */
    public static final String EXACT_KEY_PREFIX = "h:";

    public Probe {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a probe needs at least one key");
        }
    }

    /** Reads a probe, including one written by a version that sent one probe per key ({@code "key"}). */
    @JsonCreator
    static Probe fromJson(@JsonProperty("keys") List<String> keys, @JsonProperty("key") String key,
                          @JsonProperty("posting") Posting posting, @JsonProperty("revision") int revision,
                          @JsonProperty("expected") int expected, @JsonProperty("file_only") boolean fileOnly) {
        return new Probe(keys != null ? keys : List.of(Objects.requireNonNull(key, "a probe without keys")), posting,
                revision, expected, fileOnly);
    }

    /** The record key of the band stage. */
    @JsonIgnore
    public String key() {
        return keys.get(0);
    }

    /** Whether {@code key} is a content-hash key, where exact copies meet. */
    public static boolean exact(String key) {
        return key.startsWith(EXACT_KEY_PREFIX);
    }
}
