package io.newsflow.enrich.dedup;

import io.newsflow.enrich.dedup.ArticleState.Status;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-URL side of de-duplication, keyed by page id: drops redeliveries, turns new content at a known URL into
 * an {@code updated} article (filed under its new lookup keys so that copies of it are found), sends new pages to
 * look for earlier copies, and applies the decisions that come back
 * (a new article, or a copy attached to its canonical article as a {@code syndicated} event and a {@link Duplicate}).
 * Every {@link Article} it emits for an id carries a version one higher than the last.
 *
 * <p>Not thread-safe: one instance per stream task, over that task's store.
 */
public final class ArticleLedger {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLedger.class);

    private final StateStore<ArticleState> store;
    private final DedupSettings settings;
    private final DedupOutput out;
    private final ToIntFunction<String> partitions;

    /**
     * @param partitions the partition of the band stage a lookup key goes to (the record key's partition); probes
     *                   are grouped by it
     */
    public ArticleLedger(StateStore<ArticleState> store, DedupSettings settings, DedupOutput out,
                         ToIntFunction<String> partitions) {
        this.store = store;
        this.settings = settings;
        this.out = out;
        this.partitions = partitions;
    }

    /** The instant the windows measure a page by: published, else fetched, else ingested, else {@code received}. */
    public static Instant seenAt(Page page, Instant received) {
        if (page.publishedAt() != null) {
            return page.publishedAt();
        }
        if (page.fetchedAt() != null) {
            return page.fetchedAt();
        }
        return page.ingestedAt() != null ? page.ingestedAt() : received;
    }

    /** Handles one cleaned page; {@code enrich} runs only when the page is not a redelivery. */
    public void onPage(Page page, Instant received, Function<Page, EnrichedPage> enrich) {
        requireDedupFields(page);
        Instant seenAt = seenAt(page, received);
        ArticleState prior = store.get(page.id());
        boolean known = prior != null && within(prior.seenAt(), seenAt, settings.urlWindow());
        if (known && prior.contentHash().equals(page.contentHash())) {
            LOG.debug("page {}: redelivery dropped", page.id());
            out.redelivered(page.id());
            return;
        }
        EnrichedPage enriched = enrich.apply(page);
        int revision = prior == null ? 1 : prior.revision() + 1;
        long version = prior == null ? 0 : prior.version();
        if (known && prior.status() == Status.ARTICLE) {
            Article updated = enriched.draft().withStory(prior.article().story().updated(revision, version + 1));
            store.put(page.id(), ArticleState.article(updated, page.contentHash(), seenAt));
            LOG.debug("page {}: updated, revision {}", page.id(), revision);
            out.article(updated);
            sendProbes(docRef(page, seenAt), enriched, revision, true);
            return;
        }
        List<DedupCommand> queued = prior != null && prior.status() == Status.PENDING ? prior.queued() : List.of();
        store.put(page.id(), ArticleState.pending(enriched.draft(), page.contentHash(), seenAt, revision, version,
                queued));
        sendProbes(docRef(page, seenAt), enriched, revision, false);
    }

    private static DocRef docRef(Page page, Instant seenAt) {
        return new DocRef(page.id(), page.url(), page.site(), page.title(), page.contentHash(), seenAt);
    }

    /**
     * Sends the page to its lookup keys, to look for earlier copies or only to be found by later ones: one probe per
     * partition of the band stage its keys fall in.
     */
    private void sendProbes(DocRef doc, EnrichedPage enriched, int revision, boolean fileOnly) {
        List<String> keys = new ArrayList<>();
        keys.add(Probe.EXACT_KEY_PREFIX + doc.contentHash());
        keys.addAll(enriched.fingerprint().lookupKeys());
        Map<Integer, List<String>> byPartition = new TreeMap<>();
        for (String key : keys) {
            byPartition.computeIfAbsent(partitions.applyAsInt(key), p -> new ArrayList<>()).add(key);
        }
        Posting posting = new Posting(doc, enriched.fingerprint().forVerification());
        for (List<String> group : byPartition.values()) {
            out.probe(new Probe(group, posting, revision, byPartition.size(), fileOnly));
        }
    }

    /** Applies a decision to the page (or canonical article) {@code key}. */
    public void onCommand(String key, DedupCommand command) {
        switch (command.kind()) {
            case NEW -> becomeArticle(key, command);
            case DUPLICATE -> becomeDuplicate(key, command);
            case ATTACH -> attach(key, command);
        }
    }

    private void becomeArticle(String id, DedupCommand command) {
        ArticleState state = store.get(id);
        if (isStale(state, command)) {
            return;
        }
        emitArticle(id, state);
        state.queued().forEach(copy -> attach(id, copy));
    }

    /** The page's draft emitted as a new article, its story its own. */
    private void emitArticle(String id, ArticleState state) {
        long version = state.version() + 1;
        Article created = state.article().withStory(Story.created(id, state.revision(), version));
        store.put(id, state.withArticle(created));
        LOG.debug("page {}: new article", id);
        out.article(created);
    }

    private void becomeDuplicate(String id, DedupCommand command) {
        ArticleState state = store.get(id);
        if (isStale(state, command)) {
            return;
        }
        String canonical = command.match().doc().id();
        store.put(id, state.asDuplicateOf(canonical));
        LOG.debug("page {}: {} duplicate of {}", id, command.match().method(), canonical);
        state.queued().forEach(copy -> out.command(canonical, copy));
    }

    private void attach(String id, DedupCommand copy) {
        ArticleState state = store.get(id);
        if (state == null) {
            throw new IllegalStateException("copy " + copy.doc().id() + " names unknown article " + id);
        }
        if (copy.doc().id().equals(id) && state.status() != Status.PENDING) {
            closeCycle(id, state, copy);
            return;
        }
        switch (state.status()) {
            case PENDING -> store.put(id, state.withQueued(copy));
            case DUPLICATE -> out.command(state.storyId(), copy);
            case ARTICLE -> syndicate(id, state, copy);
        }
    }

    /**
     * The page {@code id}, come back to itself as a copy: it was decided a copy of a page that was decided a copy of
     * it, or of one further round such a cycle. Two pages in flight at once (a story and its copy) send their probes
     * from different producers when enrich runs more than one stream thread or instance; on two partitions of the
     * band stage they may arrive in opposite orders, and each page then finds the other filed before it. A page of
     * the cycle seen before its canonical (by the windows' time, then by id) becomes the article, as the first
     * publication of the story; another sends itself on as a copy to its canonical, which is, or will be, the
     * article or on the way to it. (The copies went round the cycle for ever before, and no page of it had an
     * outcome.) A page still pending queues itself as any copy, and meets itself again once decided; nothing is done
     * when it has become an article or has content of another revision since.
     */
    private void closeCycle(String id, ArticleState state, DedupCommand copy) {
        if (state.status() != Status.DUPLICATE || state.revision() != copy.revision()) {
            return;
        }
        DocRef canonical = copy.match().doc(); // the page this one was decided a copy of
        boolean first = state.seenAt().isBefore(canonical.seenAt())
                || state.seenAt().equals(canonical.seenAt()) && id.compareTo(canonical.id()) < 0;
        if (!first) {
            out.command(state.storyId(), copy);
            return;
        }
        emitArticle(id, state); // nothing is queued behind a duplicate: its queue went on to its canonical
    }

    private void syndicate(String id, ArticleState state, DedupCommand copy) {
        DocRef doc = copy.doc();
        Match match = copy.match();
        List<DuplicateRef> duplicates = new ArrayList<>(state.article().story().duplicates());
        if (duplicates.stream().noneMatch(d -> d.url().equals(doc.url()))) {
            duplicates.add(new DuplicateRef(doc.url(), doc.site(), match.similarity(), match.method(), doc.seenAt()));
        }
        long version = state.version() + 1;
        Article syndicated = state.article().withStory(state.article().story().syndicated(version, duplicates));
        store.put(id, state.withArticle(syndicated));
        LOG.debug("page {}: syndicated at {}", id, doc.id());
        out.article(syndicated);
        out.duplicate(new Duplicate(doc.id(), doc.url(), doc.site(), doc.title(), doc.contentHash(), id,
                state.article().page().url(), state.storyId(), match.method(), match.similarity(), doc.seenAt()));
    }

    private static boolean isStale(ArticleState state, DedupCommand command) {
        if (state == null || state.status() != Status.PENDING || state.revision() != command.revision()) {
            LOG.debug("page {}: decision for revision {} no longer applies", command.doc().id(), command.revision());
            return true;
        }
        return false;
    }

    private static void requireDedupFields(Page page) {
        if (page.id() == null || page.id().isBlank()) {
            throw new MalformedPageException("page has no id");
        }
        if (page.url() == null || page.contentHash() == null || page.contentHash().isBlank()) {
            throw new MalformedPageException("page " + page.id() + " has no url or content_hash");
        }
        if (page.text() == null) {
            throw new MalformedPageException("page " + page.id() + " has no text");
        }
    }

    static boolean within(Instant a, Instant b, Duration window) {
        return Duration.between(a, b).abs().compareTo(window) <= 0;
    }
}
