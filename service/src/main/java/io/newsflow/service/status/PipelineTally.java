package io.newsflow.service.status;

import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Topics;
import io.newsflow.service.status.StatusSnapshot.Figure;
import io.newsflow.service.status.StatusSnapshot.Lag;
import io.newsflow.service.status.StatusSnapshot.Stage;
import io.newsflow.service.status.StatusSnapshot.Story;
import io.newsflow.service.status.StatusSnapshot.Syndication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;

/**
 * The arithmetic of the status page, fed with what a reader of the topics sees: the records it reads, the offsets
 * the stages' consumer groups committed, and the host service's own counters. It counts what happened since the
 * partitions were {@link #track tracked} (records below a partition's start are history: they fill the lists of
 * stories but are not counted) and adds up like {@code newsflow run}'s progress line: every page enrich read is a new
 * story, an update, a duplicate, a repeat or a dead letter.
 *
 * <p>A stage's lag and what it has settled are counted in records, not offsets (see {@link OffsetRuns}); only the
 * part of a lag older than the start is an offset difference. Memory is bounded: a few stories, a bounded number of
 * offset runs per partition, a minute of samples. Not thread-safe: one sampler thread owns it.
 */
final class PipelineTally {

    private static final int COPY_SITES_SHOWN = 3;
    private static final String REPEATS = "enrich.repeats";

    private final int recentItems;
    private final int maxRuns;
    private final RateWindow rates;
    private final Map<TopicPartition, Long> countFrom = new HashMap<>();
    private final Map<TopicPartition, OffsetRuns> unsettled = new HashMap<>();
    private final TopicCounter topics = new TopicCounter();
    // the counters that are not the topics' (held dead letters, settled records, repeats)
    private final Map<String, Long> counts = new HashMap<>();
    private final ArrayDeque<Story> stories = new ArrayDeque<>();
    private final ArrayDeque<Syndication> syndications = new ArrayDeque<>();

    /**
     * @param recentItems how many stories and syndications to keep
     * @param maxRuns     offset runs kept per partition (see {@link OffsetRuns})
     * @param rateWindow  over how long rates are measured
     */
    PipelineTally(int recentItems, int maxRuns, Duration rateWindow) {
        this.recentItems = recentItems;
        this.maxRuns = maxRuns;
        this.rates = new RateWindow(rateWindow);
    }

    /**
     * Starts following {@code partition}: its records at or after {@code countFromOffset} are counted (on
     * {@code pages.clean} and {@code articles}, also remembered until {@link #settle settled}).
     */
    void track(TopicPartition partition, long countFromOffset) {
        countFrom.put(partition, countFromOffset);
        if (partition.topic().equals(Topics.PAGES_CLEAN) || partition.topic().equals(Topics.ARTICLES)) {
            unsettled.put(partition, new OffsetRuns(maxRuns));
        }
    }

    /** Stops following {@code partition} (its topic was deleted); what was counted stays counted. */
    void untrack(TopicPartition partition) {
        countFrom.remove(partition);
        unsettled.remove(partition);
    }

    /**
     * One record read from a tracked partition, in offset order, written at {@code at}; {@code value} may be anything
     * (it is untrusted).
     */
    void read(TopicPartition partition, long offset, Instant at, byte[] value) {
        String topic = partition.topic();
        boolean counted = offset >= countFrom.getOrDefault(partition, Long.MAX_VALUE);
        if (TopicCounter.DEAD_LETTER_TOPICS.contains(topic)) {
            add(topic + ".held");
            if (counted) {
                topics.count(topic, value);
            }
            return;
        }
        Article article = null;
        if (counted) {
            article = topics.count(topic, value);
            OffsetRuns runs = unsettled.get(partition);
            if (runs != null) {
                runs.add(offset);
            }
        } else if (topic.equals(Topics.ARTICLES)) {
            article = TopicCounter.article(value); // history: for the lists only
        }
        if (article != null) {
            remember(article, at);
        }
    }

    private void remember(Article article, Instant at) {
        switch (TopicCounter.eventOf(article)) {
            case Article.CREATED -> remember(stories, new Story(article.page().title(), article.page().site(),
                    article.page().canonicalUrl(), article.page().ingestedAt()));
            case Article.SYNDICATED -> {
                List<DuplicateRef> copies = article.story().duplicates();
                List<String> sites = new ArrayList<>();
                for (int i = copies.size() - 1; i >= 0 && sites.size() < COPY_SITES_SHOWN; i--) {
                    sites.add(copies.get(i).site());
                }
                String url = article.page().canonicalUrl();
                syndications.removeIf(known -> Objects.equals(known.url(), url));
                remember(syndications, new Syndication(article.page().title(), article.page().site(), url,
                        article.story().duplicateCount(), sites, at));
            }
            default -> { }
        }
    }

    private <T> void remember(ArrayDeque<T> recent, T item) {
        recent.addLast(item);
        while (recent.size() > recentItems) {
            recent.pollFirst();
        }
    }

    /**
     * Applies a consumer group's committed offsets on {@code topic} and tells its lag: records of the tracked
     * partitions it has not committed (those read by this tally, plus the offsets between its commit and the
     * start, plus {@code unread}, the offsets of each partition not read yet). The records it committed since the
     * start are added to the counter {@code settledCounter}.
     *
     * @param committed the group's next offset per partition of {@code topic}; empty when the group is unknown
     * @param unread    per partition, offsets up to the topic's end that this tally has not read yet
     * @return the lag; its records are null when the group committed nothing on {@code topic}
     */
    Lag settle(String topic, String group, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> unread,
               String settledCounter) {
        long lag = 0;
        boolean known = false;
        for (Map.Entry<TopicPartition, OffsetRuns> entry : unsettled.entrySet()) {
            TopicPartition partition = entry.getKey();
            if (!partition.topic().equals(topic)) {
                continue;
            }
            Long next = committed.get(partition);
            long start = countFrom.get(partition);
            if (next != null) {
                known = true;
                counts.merge(settledCounter, entry.getValue().settle(next), Long::sum);
            }
            long done = next == null ? 0 : next;
            lag += Math.max(0, start - done) + entry.getValue().pending() + unread.getOrDefault(partition, 0L);
        }
        counts.putIfAbsent(settledCounter, 0L);
        return new Lag(group, known ? lag : null);
    }

    private void add(String counter) {
        counts.merge(counter, 1L, Long::sum);
    }

    /** The counter {@code name}: a topic's counted records, {@code articles.<event>}, or a settled counter. */
    long count(String name) {
        Long own = counts.get(name);
        return own != null ? own : topics.count(name);
    }

    /**
     * Records the counters' values at {@code at} for the rates and returns the figures: the host stage's
     * {@code hostFigures} (counts only; their rates are added here), then enrich's and index's.
     *
     * @param enrichRead the settled counter given to {@link #settle} for enrich's group on {@code pages.clean}
     * @param indexed    the settled counter given to {@link #settle} for index's group on {@code articles}
     */
    StatusSnapshot snapshot(Instant at, Instant since, StatusSnapshot.Kafka kafka, String hostStage,
                            List<Figure> hostFigures, String enrichRead, Lag enrichLag, String indexed,
                            Lag indexLag) {
        TopicCounter.Counts c = topics.counts();
        // what enrich read and wrote nothing for: pages it had seen (and, for an instant, pages between reading and
        // their de-duplication decision)
        counts.put(REPEATS, Math.max(0, count(enrichRead) - c.created() - c.updated() - c.duplicates()
                - c.enrichDeadLetters()));

        Map<String, Long> sampled = topics.all();
        sampled.putAll(counts);
        hostFigures.forEach(figure -> sampled.put(hostStage + "." + figure.key(), figure.count()));
        rates.add(at, sampled);

        List<Figure> host = new ArrayList<>();
        for (Figure figure : hostFigures) {
            host.add(new Figure(figure.key(), figure.label(), figure.count(),
                    rates.perSecond(hostStage + "." + figure.key())));
        }
        host.add(figure("published", "on " + Topics.PAGES_CLEAN + " (all sources)", Topics.PAGES_CLEAN));
        List<Figure> enrich = List.of(
                figure("read", "pages read", enrichRead),
                figure("new", "new stories", TopicCounter.counter(Article.CREATED)),
                figure("updated", "updated", TopicCounter.counter(Article.UPDATED)),
                figure("duplicates", "duplicates", Topics.ARTICLES_DUPLICATES),
                figure("repeats", "repeats", REPEATS),
                figure("dead_letters", "dead letters", Topics.ENRICH_DLQ),
                figure("syndicated", "syndications", TopicCounter.counter(Article.SYNDICATED)));
        List<Figure> index = List.of(
                figure("indexed", "article events indexed", indexed),
                figure("dead_letters", "dead letters", Topics.INDEX_DLQ));
        List<Stage> stages = List.of(
                new Stage(hostStage, host, null),
                new Stage("enrich", enrich, enrichLag),
                new Stage("index", index, indexLag));

        List<Figure> dlqs = new ArrayList<>();
        for (String topic : TopicCounter.DEAD_LETTER_TOPICS) {
            dlqs.add(new Figure(topic, topic, count(topic + ".held"), rates.perSecond(topic)));
        }
        return new StatusSnapshot(at, since, kafka, stages, dlqs, newestFirst(stories, Story::at),
                newestFirst(syndications, Syndication::at));
    }

    private Figure figure(String key, String label, String counter) {
        return new Figure(key, label, count(counter), rates.perSecond(counter));
    }

    private static <T> List<T> newestFirst(ArrayDeque<T> items, Function<T, Instant> at) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed());
        return sorted;
    }
}
