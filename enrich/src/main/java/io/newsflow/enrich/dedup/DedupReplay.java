package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import io.newsflow.events.Page;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs pages through the de-duplication steps of the topology ({@link ArticleLedger}, {@link BandIndex},
 * {@link CandidateCollector}) in one thread with in-memory state, delivering each step's output to the next as the
 * topology's repartition topics would. Used by {@code dedup-eval} and the benchmark, so that they measure the code
 * that runs in production.
 *
 * <p>Not thread-safe.
 */
public final class DedupReplay implements DedupOutput {

    private final ArticleLedger ledger;
    private final BandIndex bands;
    private final CandidateCollector collector;
    private final Function<Page, EnrichedPage> enrich;
    private final Consumer<Article> articles;
    private final Consumer<Duplicate> duplicates;
    private final Deque<Runnable> inFlight = new ArrayDeque<>();

    public DedupReplay(DedupSettings settings, Function<Page, EnrichedPage> enrich, Consumer<Article> articles,
                       Consumer<Duplicate> duplicates) {
        this.ledger = new ArticleLedger(new MapStore<>(), settings, this, key -> 0); // one band partition
        this.bands = new BandIndex(new MapStore<>(), settings, this);
        this.collector = new CandidateCollector(new MapStore<>(), this);
        this.enrich = enrich;
        this.articles = articles;
        this.duplicates = duplicates;
    }

    /** Processes one page and everything it causes, before returning. */
    public void accept(Page page) {
        ledger.onPage(page, page.ingestedAt() == null ? Instant.EPOCH : page.ingestedAt(), enrich);
        while (!inFlight.isEmpty()) {
            inFlight.poll().run();
        }
    }

    @Override
    public void article(Article article) {
        articles.accept(article);
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        duplicates.accept(duplicate);
    }

    @Override
    public void probe(Probe probe) {
        inFlight.add(() -> bands.onProbe(probe));
    }

    @Override
    public void answer(Answer answer) {
        inFlight.add(() -> collector.onAnswer(answer));
    }

    @Override
    public void command(String key, DedupCommand command) {
        inFlight.add(() -> ledger.onCommand(key, command));
    }

    @Override
    public void redelivered(String id) {
        // nothing to count offline
    }

    /** A {@link StateStore} in a map, as the replay keeps its state. */
    static final class MapStore<V> implements StateStore<V> {
        private final Map<String, V> map = new HashMap<>();

        @Override
        public V get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, V value) {
            map.put(key, value);
        }

        @Override
        public void delete(String key) {
            map.remove(key);
        }
    }
}
