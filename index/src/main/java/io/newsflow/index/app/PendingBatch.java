package io.newsflow.index.app;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.DeadLetter;
import io.newsflow.index.bulk.IndexItem;
import io.newsflow.index.bulk.Origin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The records polled since the last flush: articles to index, records that cannot be articles (to dead-letter),
 * and the offsets to commit once all of it is settled. Full when it reaches the configured count or bytes, due
 * when its first record is older than the configured wait. A record that would take a non-empty batch over its
 * bytes belongs in the next batch ({@link #wouldOverflow}); one larger than the bytes on its own makes a batch by
 * itself. Not thread-safe: owned by the consumer loop.
 */
final class PendingBatch {

    private final int maxDocs;
    private final long maxBytes;
    private final Duration maxWait;
    private final List<IndexItem> items = new ArrayList<>();
    private final List<DeadLetter> unreadable = new ArrayList<>();
    private final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    private long bytes;
    private long firstAddedNanos;

    PendingBatch(int maxDocs, long maxBytes, Duration maxWait) {
        this.maxDocs = maxDocs;
        this.maxBytes = maxBytes;
        this.maxWait = maxWait;
    }

    /** Adds a polled record: an article to index, or a dead letter saying why it is not one. */
    void add(ConsumerRecord<byte[], byte[]> record) {
        if (isEmpty()) {
            firstAddedNanos = System.nanoTime();
        }
        Origin origin = new Origin(record.topic(), record.partition(), record.offset(), record.key(), record.value());
        offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        bytes += Math.max(0, record.serializedValueSize());
        try {
            Article article = record.value() == null ? null : JsonSerde.article().deserialize(record.topic(),
                    record.value());
            String problem = problem(article);
            if (problem == null) {
                items.add(new IndexItem(article, origin));
            } else {
                unreadable.add(origin.deadLetter(IllegalArgumentException.class.getName(), problem));
            }
        } catch (SerializationException e) {
            unreadable.add(origin.deadLetter(e.getClass().getName(), e.getMessage()));
        }
    }

    /** What makes a parsed value unindexable, or null: it needs an id and a positive version. */
    private static String problem(Article article) {
        if (article == null) {
            return "empty value: not an Article";
        }
        if (article.id() == null || article.id().isBlank()) {
            return "Article without id";
        }
        if (article.story().version() < 1) {
            return "Article " + article.id() + " has version " + article.story().version() + "; versions start at 1";
        }
        return null;
    }

    /** Whether adding {@code record} would take this batch, which already holds something, over its bytes. */
    boolean wouldOverflow(ConsumerRecord<byte[], byte[]> record) {
        return !isEmpty() && bytes + Math.max(0, record.serializedValueSize()) > maxBytes;
    }

    boolean isEmpty() {
        return items.isEmpty() && unreadable.isEmpty();
    }

    int size() {
        return items.size() + unreadable.size();
    }

    boolean isFull() {
        return size() >= maxDocs || bytes >= maxBytes;
    }

    boolean isDue() {
        return !isEmpty() && (isFull() || System.nanoTime() - firstAddedNanos >= maxWait.toNanos());
    }

    /** How long a poll may block without making this batch late. */
    Duration untilDue(Duration idlePoll) {
        if (isEmpty()) {
            return idlePoll;
        }
        long left = maxWait.toNanos() - (System.nanoTime() - firstAddedNanos);
        return Duration.ofNanos(Math.max(0, Math.min(left, idlePoll.toNanos())));
    }

    /** The value bytes of the records added since the last {@link #clear()}. */
    long bytes() {
        return bytes;
    }

    List<IndexItem> items() {
        return List.copyOf(items);
    }

    List<DeadLetter> unreadable() {
        return List.copyOf(unreadable);
    }

    Map<TopicPartition, OffsetAndMetadata> offsets() {
        return Map.copyOf(offsets);
    }

    void clear() {
        items.clear();
        unreadable.clear();
        offsets.clear();
        bytes = 0;
    }
}
