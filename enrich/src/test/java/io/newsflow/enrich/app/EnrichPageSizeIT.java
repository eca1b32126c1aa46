package io.newsflow.enrich.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Duplicate;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page-size contract through enrich, on a real broker whose topics start at Kafka's 1 MB default, as an
 * operator's would: a page of 1.04 MB once stopped enrich for good (its changelog write was refused, the thread was
 * replaced onto it every ~48 s, every later page of its partition waited). Now a page just under the page limit
 * comes out as an article, and a record enrich cannot write goes to {@code enrich.dlq} with the reason while the
 * pages after it on the same partition still come out.
 */
class EnrichPageSizeIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults());
    private static final Duration PATIENCE = Duration.ofSeconds(240);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final PageSizeContract DEFAULT = PageSizeContract.defaults();
    private static final int PARTITIONS = 4;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void topics() throws Exception {
        // pages.clean as ingest leaves it (ingest raises it to the contract); the rest at the broker's default
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.PAGES_CLEAN, PARTITIONS, (short) 1)
                    .configs(DEFAULT.topicSettings()))).all().get();
        }
        KAFKA.kafka().createTopic(Topics.ARTICLES, PARTITIONS);
        KAFKA.kafka().createTopic(Topics.ARTICLES_DUPLICATES, PARTITIONS);
        KAFKA.kafka().createTopic(Topics.ENRICH_DLQ, 1);
    }

    @Test
    void aPageJustUnderThePageLimitComesOutWholeAsAnArticle() throws Exception {
        String run = UUID.randomUUID().toString();
        String text = prose(new Random(7), DEFAULT.maxPageBytes() - 1024, run);
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > 1_040_000, "not larger than the page that stalled");
        Page big = ItPages.page("https://big.example/" + run, "A long page", text, T0);
        PageAccounting books = new PageAccounting();
        EnrichConfig config = EnrichConfig.defaults("enrich-size-big", KAFKA.bootstrapServers())
                .withStateDir(tmp.resolve("big"));
        try (EnrichService service = EnrichService.start(config);
             TopicTail<Article> articles = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES, JsonSerde.article());
             TopicTail<Duplicate> duplicates = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES_DUPLICATES, JsonSerde.duplicate());
             TopicTail<byte[]> dlq = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ENRICH_DLQ, new ByteArrayDeserializer())) {
            produce(List.of(big));
            books.accepted(big.id(), big.contentHash());

            await().atMost(PATIENCE).until(() -> articles.values().stream().anyMatch(a -> a.id().equals(big.id())));
            Article article = articles.values().stream().filter(a -> a.id().equals(big.id())).findFirst().orElseThrow();
            assertEquals(Article.CREATED, article.story().event());
            assertEquals(text, article.page().text(), "the article's text is not the page's, whole");
            assertEquals(KafkaStreams.State.RUNNING, service.state());
            settle(books, Set.of(big.id()), articles, duplicates, dlq).assertBalanced();
        }
    }

    @Test
    void aRecordEnrichCannotWriteGoesToTheDlqWithTheReasonAndThePagesAfterItOnItsPartitionStillComeOut()
            throws Exception {
        // a 64 KiB page limit: enrich writes records of at most 4 x 64 KiB + 256 KiB = 512 KiB
        PageSizeContract small = new PageSizeContract(64 << 10);
        String run = UUID.randomUUID().toString();
        Random random = new Random(11);
        String poisonText = prose(random, small.maxRecordBytes() + (100 << 10), run + " poison");
        Page poison = ItPages.page("https://poison.example/" + run, "Too large to write", poisonText, T0);
        int partition = partitionOf(poison);
        List<Page> later = new ArrayList<>();
        for (int n = 0; later.size() < 5; n++) {
            Page page = ItPages.page("https://later" + n + ".example/" + run, "later " + n,
                    prose(random, 6_000, run + " later " + n), T0.plusSeconds(60L * (n + 1)));
            if (partitionOf(page) == partition) {
                later.add(page);
            }
        }
        List<Page> all = new ArrayList<>(List.of(poison));
        all.addAll(later);
        Set<String> ids = all.stream().map(Page::id).collect(Collectors.toSet());
        PageAccounting books = new PageAccounting();
        EnrichConfig config = EnrichConfig.defaults("enrich-size-poison", KAFKA.bootstrapServers())
                .withStateDir(tmp.resolve("poison")).withMaxPageBytes(small.maxPageBytes());
        try (EnrichService service = EnrichService.start(config);
             TopicTail<Article> articles = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES, JsonSerde.article());
             TopicTail<Duplicate> duplicates = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES_DUPLICATES, JsonSerde.duplicate());
             TopicTail<byte[]> dlq = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ENRICH_DLQ, new ByteArrayDeserializer())) {
            // all on the poison's partition, the poison first: before, nothing after it would ever have come out
            produce(all);
            all.forEach(p -> books.accepted(p.id(), p.contentHash()));

            Set<String> laterIds = later.stream().map(Page::id).collect(Collectors.toSet());
            await().atMost(PATIENCE).until(() -> articles.values().stream().map(Article::id)
                    .collect(Collectors.toSet()).containsAll(laterIds));
            await().atMost(PATIENCE).until(() -> dlq.records().stream().anyMatch(r -> poison.id().equals(r.key())));

            ConsumerRecord<String, byte[]> dead = dlq.records().stream().filter(r -> poison.id().equals(r.key()))
                    .findFirst().orElseThrow();
            assertEquals(DeadLetter.ENRICH, header(dead, DeadLetter.ERROR_STAGE));
            assertEquals(RecordTooLargeException.class.getName(), header(dead, DeadLetter.ERROR_CLASS));
            String message = header(dead, DeadLetter.ERROR_MESSAGE);
            assertTrue(message.contains("over the record limit of " + small.maxRecordBytes() + " bytes"), message);
            assertEquals(Topics.PAGES_CLEAN, header(dead, DeadLetter.SOURCE_TOPIC));
            assertEquals(Integer.toString(partition), header(dead, DeadLetter.SOURCE_PARTITION));
            // the source page was larger than a dead letter may be: cut to the record limit, and said so
            int pageBytes = JsonSerde.page().serialize(Topics.PAGES_CLEAN, poison).length;
            assertEquals(Integer.toString(pageBytes), header(dead, DeadLetter.VALUE_TRUNCATED));
            assertEquals(small.maxRecordBytes(), dead.value().length);
            assertTrue(message.contains("value truncated from " + pageBytes), message);

            assertTrue(articles.values().stream().noneMatch(a -> a.id().equals(poison.id())), "the poison came out");
            assertEquals(KafkaStreams.State.RUNNING, service.state());
            settle(books, ids, articles, duplicates, dlq).assertBalanced();
        }
    }

    private static PageAccounting.Result settle(PageAccounting books, Set<String> ids, TopicTail<Article> articles,
                                                TopicTail<Duplicate> duplicates, TopicTail<byte[]> dlq) {
        List<Article> mine = articles.values().stream().filter(a -> ids.contains(a.id())).toList();
        return books.settle(mine.stream().map(Article::id).collect(Collectors.toSet()),
                mine.stream().filter(a -> Article.CREATED.equals(a.story().event())).map(Article::id).toList(),
                duplicates.values().stream().map(Duplicate::id).filter(ids::contains).toList(),
                dlq.records().stream().map(ConsumerRecord::key).filter(ids::contains).toList());
    }

    /** Plain prose of about {@code bytes} bytes: sentences of common words, paragraphs, and a first line of its own. */
    private static String prose(Random random, int bytes, String first) {
        String[] words = ("the council said on monday that its plan for the river port would go ahead after a vote"
                + " in which members from both parties backed new money for roads schools and housing while critics"
                + " warned that costs could rise again next year as prices for steel and labour keep climbing across"
                + " the region and officials promised to publish a full report before the summer recess begins").split(" ");
        StringBuilder sb = new StringBuilder(bytes + 200).append(first).append(".\n\n");
        while (sb.length() < bytes) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int n = 8 + random.nextInt(12);
                for (int w = 0; w < n; w++) {
                    String word = words[random.nextInt(words.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w == n - 1 ? ". " : " ");
                }
            }
            sb.append("\n\n");
        }
        return sb.substring(0, bytes).strip();
    }

    /** The partition of {@code pages.clean} the producer's default partitioner gives a page, as ingest's does. */
    private static int partitionOf(Page page) {
        return Utils.toPositive(Utils.murmur2(page.id().getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static void produce(List<Page> pages) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putAll(DEFAULT.producerSettings());
        try (KafkaProducer<String, Page> producer = new KafkaProducer<>(props, new StringSerializer(), JsonSerde.page())) {
            for (Page p : pages) {
                producer.send(new ProducerRecord<>(Topics.PAGES_CLEAN, p.id(), p));
            }
            producer.flush();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
