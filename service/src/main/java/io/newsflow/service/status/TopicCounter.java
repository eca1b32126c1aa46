package io.newsflow.service.status;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What the topics say happened, counted from the records a reader of them sees: records per topic, and the events on
 * {@code articles} by kind. The one place that sorts the pipeline's records, shared by the status page
 * ({@link PipelineTally}) and {@code newsflow run}'s progress line; the reader decides which records count (since
 * when). Offsets are not its business: a transaction's commit marker is no record and never reaches it. Thread-safe.
 */
public final class TopicCounter {

    /** The topics whose records tell what the pipeline did. */
    public static final List<String> DATA_TOPICS =
            List.of(Topics.PAGES_CLEAN, Topics.ARTICLES, Topics.ARTICLES_DUPLICATES);
    /** The stages' dead-letter topics. */
    public static final List<String> DEAD_LETTER_TOPICS =
            List.of(Topics.INGEST_DLQ, Topics.ENRICH_DLQ, Topics.INDEX_DLQ);
    /** The data topics, then the dead-letter topics: everything a counter reads. */
    public static final List<String> TOPICS = concat(DATA_TOPICS, DEAD_LETTER_TOPICS);

    /**
     * The counts: pages on {@code pages.clean}, article events by kind, duplicates, enrich's dead letters (pages it
     * could not process) and the other stages' dead letters ({@code ingest.dlq} and {@code index.dlq}).
     */
    public record Counts(long ingested, long created, long updated, long syndicated, long duplicates,
                         long enrichDeadLetters, long otherDeadLetters) {
    }

    private final Map<String, Long> counters = new HashMap<>();

    /**
     * Counts one record of {@code topic}; {@code value} may be anything (it is untrusted).
     *
     * @return the article event it holds when {@code topic} is {@code articles} and it reads as one, else null
     */
    public synchronized Article count(String topic, byte[] value) {
        add(topic);
        if (!topic.equals(Topics.ARTICLES)) {
            return null;
        }
        Article article = article(value);
        if (article != null) {
            add(counter(eventOf(article)));
        }
        return article;
    }

    /**
     * The article event in the value of a record of {@code articles}; null when it is none (the indexer sends such a
     * record to {@code index.dlq}, which is counted there).
     */
    public static Article article(byte[] value) {
        try {
            return JsonSerde.article().deserialize(Topics.ARTICLES, value);
        } catch (SerializationException e) {
            return null;
        }
    }

    /** The kind of {@code article}'s event ({@link Article#CREATED} ...), empty when it names none. */
    public static String eventOf(Article article) {
        return Objects.requireNonNullElse(article.story().event(), "");
    }

    /** The name of the counter of {@code articles} events of kind {@code event}. */
    static String counter(String event) {
        return Topics.ARTICLES + "." + event;
    }

    /** Records counted on {@code topic}, or, for a name from {@link #counter(String)}, article events of a kind. */
    public synchronized long count(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** Every counter by name, a copy. */
    synchronized Map<String, Long> all() {
        return new HashMap<>(counters);
    }

    public synchronized Counts counts() {
        return new Counts(count(Topics.PAGES_CLEAN), count(counter(Article.CREATED)), count(counter(Article.UPDATED)),
                count(counter(Article.SYNDICATED)), count(Topics.ARTICLES_DUPLICATES), count(Topics.ENRICH_DLQ),
                count(Topics.INGEST_DLQ) + count(Topics.INDEX_DLQ));
    }

    private void add(String counter) {
        counters.merge(counter, 1L, Long::sum);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
