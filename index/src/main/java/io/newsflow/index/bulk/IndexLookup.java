package io.newsflow.index.bulk;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.HitsMetadata;

/**
 * Finds, through the read alias, the concrete index that already holds each article id, so that a later version of
 * an article replaces its document there instead of adding a second one to the index the write alias was rolled
 * over to. An id in several indices, as writing through the write alias alone left some across a rollover, is
 * answered with the index holding its highest {@code _version} (on a tie, the later index).
 *
 * <p>A search sees only refreshed documents. An article written less than a refresh interval (1 s by default)
 * before a rollover is found only once its index has refreshed, so a version of it that comes before then goes
 * through the write alias and leaves a second document. That takes two versions of one article about a second apart
 * with an operator's rollover between them, rare enough to accept: closing the gap would take a realtime get of
 * every id in every index behind the read alias, for every batch.
 *
 * <p>Thread-safe; reads the index only.
 */
final class IndexLookup {

    /** Ids per search, to stay below OpenSearch's {@code index.max_result_window} even with a few copies each. */
    private static final int IDS_PER_SEARCH = 1000;
    /** OpenSearch's default {@code index.max_result_window}. */
    private static final int MAX_HITS = 10_000;
    private static final Comparator<Hit<Void>> HIGHEST_VERSION = Comparator.<Hit<Void>>comparingLong(Hit::version)
            .thenComparing(Hit::index);

    private final OpenSearchClient client;
    private final String readAlias;

    IndexLookup(OpenSearchClient client, String readAlias) {
        this.client = client;
        this.readAlias = readAlias;
    }

    /**
     * The concrete index holding each of {@code ids} that an index behind the read alias holds; ids found nowhere,
     * and all of them when the read alias has no index yet, are absent.
     *
     * @throws OpenSearchException when OpenSearch refuses the search or a shard of it fails (a partial answer would
     *                             make an id on the failed shard look new)
     * @throws IOException         when OpenSearch cannot be reached
     */
    Map<String, String> indicesHolding(Collection<String> ids) throws IOException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Hit<Void>> best = new HashMap<>();
        try {
            for (int from = 0; from < distinct.size(); from += IDS_PER_SEARCH) {
                List<String> slice = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_SEARCH));
                for (Hit<Void> hit : copiesOf(slice)) {
                    best.merge(hit.id(), hit, (one, other) -> HIGHEST_VERSION.compare(one, other) >= 0 ? one : other);
                }
            }
        } catch (OpenSearchException e) {
            if (e.error() != null && "index_not_found_exception".equals(e.error().type())) {
                return Map.of();
            }
            throw e;
        }
        Map<String, String> indices = new HashMap<>();
        best.forEach((id, hit) -> indices.put(id, hit.index()));
        return indices;
    }

    private List<Hit<Void>> copiesOf(List<String> ids) throws IOException {
        HitsMetadata<Void> hits = search(ids, ids.size());
        long total = hits.total() == null ? 0 : hits.total().value();
        if (total > hits.hits().size()) {
            // some ids are in more than one index: read every copy to compare their versions
            hits = search(ids, (int) Math.min(total, MAX_HITS));
        }
        return hits.hits();
    }

    private HitsMetadata<Void> search(List<String> ids, int size) throws IOException {
        return client.search(s -> s
                .index(readAlias)
                .query(q -> q.ids(i -> i.values(ids)))
                .size(size)
                .source(src -> src.fetch(false))
                .version(true)
                .allowPartialSearchResults(false), Void.class).hits();
    }
}
