package io.newsflow.index.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Topics;
import io.newsflow.events.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PendingBatchTest {

    private static final String ARTICLE = """
            {"id":"%s","url":"https://example.org/a","canonical_url":"https://example.org/a","text":"Body.",
             "content_hash":"00","ingested_at":"2026-11-20T08:30:00Z","source":"http","story_id":"s","revision":1,
             "version":%d,"event":"created"}""";

    private final PendingBatch batch = new PendingBatch(3, 1 << 20, Duration.ofHours(1));

    @Test
    void articlesBecomeItemsAndOffsetsPointPastTheLastRecord() {
        batch.add(record(7, ARTICLE.formatted("a1", 1)));
        batch.add(record(8, ARTICLE.formatted("a2", 4)));

        assertEquals(2, batch.items().size());
        assertEquals(4, batch.items().get(1).article().story().version());
        assertEquals(Map.of(new TopicPartition(Topics.ARTICLES, 0), new OffsetAndMetadata(9)), batch.offsets());
    }

    @Test
    void valuesThatAreNotArticlesBecomeDeadLettersWithTheOriginalBytes() {
        batch.add(record(3, "{not json"));
        batch.add(record(4, ARTICLE.formatted("a3", 0)));
        batch.add(record(5, null));

        assertTrue(batch.items().isEmpty());
        DeadLetter garbage = batch.unreadable().get(0);
        assertEquals(3, garbage.sourceOffset());
        assertEquals("{not json", new String(garbage.value(), StandardCharsets.UTF_8));
        assertEquals("org.apache.kafka.common.errors.SerializationException", garbage.errorClass());
        assertTrue(batch.unreadable().get(1).errorMessage().contains("version 0"));
        assertTrue(batch.unreadable().get(2).errorMessage().contains("empty value"));
    }

    @Test
    void isDueWhenFullByCount() {
        batch.add(record(1, ARTICLE.formatted("a1", 1)));
        batch.add(record(2, ARTICLE.formatted("a2", 1)));
        assertFalse(batch.isDue());

        batch.add(record(3, ARTICLE.formatted("a3", 1)));
        assertTrue(batch.isDue());
    }

    @Test
    void isDueWhenFullByBytes() {
        PendingBatch small = new PendingBatch(1000, 400, Duration.ofHours(1));
        small.add(record(1, ARTICLE.formatted("a1", 1)));
        assertFalse(small.isDue());

        small.add(record(2, ARTICLE.formatted("a2", 1)));
        assertTrue(small.isDue());
    }

    @Test
    void anArticleThatWouldTakeTheBatchOverItsBytesWaitsForTheNextAndOneLargerThanThemGoesAlone() {
        PendingBatch small = new PendingBatch(1000, 1000, Duration.ofHours(1));
        String huge = ARTICLE.formatted("big", 1).replace("Body.", "x".repeat(2_000));
        assertFalse(small.wouldOverflow(record(1, huge)), "an empty batch takes any article");

        small.add(record(1, ARTICLE.formatted("a1", 1)));
        assertTrue(small.wouldOverflow(record(2, huge)), "a large article joined a batch it would overflow");
        assertFalse(small.wouldOverflow(record(2, ARTICLE.formatted("a2", 1))));

        small.clear();
        small.add(record(2, huge));
        assertEquals(1, small.items().size());
        assertTrue(small.isDue(), "an article larger than the bulk bytes is not sent at once, alone");
    }

    @Test
    void isDueOnceTheWaitIsOverEvenWhenSmall() {
        PendingBatch quick = new PendingBatch(1000, 1 << 20, Duration.ZERO);
        assertFalse(quick.isDue());

        quick.add(record(1, ARTICLE.formatted("a1", 1)));
        assertTrue(quick.isDue());
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        return new ConsumerRecord<>(Topics.ARTICLES, 0, offset, 0L, org.apache.kafka.common.record.TimestampType
                .CREATE_TIME, 0, bytes == null ? -1 : bytes.length, "k".getBytes(StandardCharsets.UTF_8), bytes,
                new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty());
    }
}
