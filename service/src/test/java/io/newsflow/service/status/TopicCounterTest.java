package io.newsflow.service.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicCounterTest {

    private final TopicCounter counter = new TopicCounter();

    @Test
    void sortsRecordsByTopicAndDeadLettersByStage() {
        byte[] any = "{}".getBytes(StandardCharsets.UTF_8);
        counter.count(Topics.PAGES_CLEAN, any);
        counter.count(Topics.PAGES_CLEAN, any);
        counter.count(Topics.ARTICLES_DUPLICATES, any);
        counter.count(Topics.ENRICH_DLQ, any);
        counter.count(Topics.INGEST_DLQ, any);
        counter.count(Topics.INDEX_DLQ, any);

        assertEquals(new TopicCounter.Counts(2, 0, 0, 0, 1, 1, 2), counter.counts());
    }

    @Test
    void anUnreadableArticleIsARecordOfNoKind() {
        assertNull(counter.count(Topics.ARTICLES, "not json".getBytes(StandardCharsets.UTF_8)));
        assertNull(counter.count(Topics.ARTICLES, null));

        assertEquals(2, counter.count(Topics.ARTICLES));
        assertEquals(new TopicCounter.Counts(0, 0, 0, 0, 0, 0, 0), counter.counts());
    }
}
