package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Duplicate;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What enrich wrote about a set of pages, read with {@code read_committed} from {@code articles},
 * {@code articles.duplicates} and {@code enrich.dlq}: the outcome side of a fault test's {@link PageAccounting}.
 * Thread-safe: the methods are serialised.
 */
final class Outcomes implements AutoCloseable {

    private final TopicTail<Article> articlesTail;
    private final TopicTail<Duplicate> duplicatesTail;
    private final TopicTail<byte[]> deadLettersTail;
    private List<Article> articles = List.of();
    private List<Duplicate> duplicates = List.of();
    private List<String> deadLetters = List.of();
    private List<String> deadLetterErrors = List.of();

    Outcomes(String bootstrap) {
        articlesTail = new TopicTail<>(bootstrap, Topics.ARTICLES, JsonSerde.article());
        duplicatesTail = new TopicTail<>(bootstrap, Topics.ARTICLES_DUPLICATES, JsonSerde.duplicate());
        deadLettersTail = new TopicTail<>(bootstrap, Topics.ENRICH_DLQ, new ByteArrayDeserializer());
    }

    /** Reads what is new on the three topics. */
    synchronized Outcomes read() {
        keep(articlesTail.records(), duplicatesTail.records(), deadLettersTail.records());
        return this;
    }

    /** Reads the three topics to their ends: for the final count, once the services stopped. */
    synchronized Outcomes readToEnd() {
        keep(articlesTail.recordsToEnd(), duplicatesTail.recordsToEnd(), deadLettersTail.recordsToEnd());
        return this;
    }

    private void keep(List<ConsumerRecord<String, Article>> a, List<ConsumerRecord<String, Duplicate>> d,
                      List<ConsumerRecord<String, byte[]>> dlq) {
        articles = a.stream().map(ConsumerRecord::value).toList();
        duplicates = d.stream().map(ConsumerRecord::value).toList();
        deadLetters = dlq.stream().map(ConsumerRecord::key).toList();
        deadLetterErrors = dlq.stream().map(r -> header(r, DeadLetter.ERROR_CLASS) + ": "
                + header(r, DeadLetter.ERROR_MESSAGE)).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Each letter's error, as of the last read: its class and message ("java.lang.IllegalStateException: ..."). */
    synchronized List<String> deadLetterErrors() {
        return deadLetterErrors;
    }

    /** Whether, as of the last read, every one of {@code ids} has an outcome (article, duplicate or dead letter). */
    synchronized boolean settled(Collection<String> ids) {
        return settledIds().containsAll(ids);
    }

    /** How many of {@code ids} have no outcome yet, as of the last read. */
    synchronized int unsettled(Collection<String> ids) {
        Set<String> seen = settledIds();
        return (int) ids.stream().filter(id -> !seen.contains(id)).count();
    }

    private Set<String> settledIds() {
        Set<String> seen = new HashSet<>(deadLetters);
        articles.forEach(a -> seen.add(a.id()));
        duplicates.forEach(d -> seen.add(d.id()));
        return seen;
    }

    /** Settles {@code accounting} with the outcomes of its pages, as of the last read. */
    synchronized PageAccounting.Result settle(PageAccounting accounting) {
        Set<String> mine = accounting.pageIds();
        List<Article> articlesOfMine = articles.stream().filter(a -> mine.contains(a.id())).toList();
        List<String> creations = articlesOfMine.stream().filter(a -> Article.CREATED.equals(a.story().event()))
                .map(Article::id).toList();
        return accounting.settle(
                articlesOfMine.stream().map(Article::id).toList(),
                creations,
                duplicates.stream().map(Duplicate::id).filter(mine::contains).toList(),
                deadLetters.stream().filter(mine::contains).toList());
    }

    /**
     * Asserts what exactly-once means on {@code articles} for {@code ids}: each article's versions strictly increase
     * (a replayed or zombie write would repeat or reorder one), and no content became two articles.
     */
    synchronized void assertExactlyOnce(Set<String> ids) {
        Map<String, List<Long>> versions = new HashMap<>();
        Map<String, List<String>> createdByContent = new HashMap<>();
        for (Article a : articles) {
            if (!ids.contains(a.id())) {
                continue;
            }
            versions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.story().version());
            if (Article.CREATED.equals(a.story().event())) {
                createdByContent.computeIfAbsent(a.page().contentHash(), k -> new ArrayList<>()).add(a.id());
            }
        }
        versions.forEach((id, v) -> {
            for (int i = 1; i < v.size(); i++) {
                assertTrue(v.get(i) > v.get(i - 1), "versions of article " + id + " do not increase: " + v);
            }
        });
        Map<String, List<String>> twice = createdByContent.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(twice.isEmpty(), "one content became several articles: " + twice);
    }

    @Override
    public synchronized void close() {
        articlesTail.close();
        duplicatesTail.close();
        deadLettersTail.close();
    }
}
