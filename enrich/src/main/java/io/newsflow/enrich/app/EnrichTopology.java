package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Answer;
import io.newsflow.enrich.dedup.ArticleState;
import io.newsflow.enrich.dedup.DedupCommand;
import io.newsflow.enrich.dedup.Pending;
import io.newsflow.enrich.dedup.Probe;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology, built from configuration alone:
 * <pre>
 * pages.clean ─▶ ledger (by page id: redelivery / update / enrich + look for copies) ─┬▶ articles, articles.duplicates
 *                  ▲                                                                  └▶ probes, one per lookup key
 *                  │                                                     (repartitioned by key: content hash, LSH band, lead anchor)
 *                  │                       band index (by key: verified earlier copies) ─▶ answers (repartitioned by page id)
 *  &lt;app&gt;-decisions ◀── collector (by page id: all answers in → new story or copy of the earliest match)
 * </pre>
 * Every store is persistent with a changelog, so a restarted instance resumes where the last one committed.
 *
 * <p>Every value written (to a topic, a repartition topic or a store) goes through a serde limited to the
 * page-size contract's record limit: a larger one is refused before Kafka sees it, and its source record goes to
 * {@code enrich.dlq} (see {@link DlqProcessingHandler} and {@link DlqProductionHandler}). Under exactly-once a
 * record the producer or broker refuses cannot be skipped, so nothing larger may reach them.
 */
public final class EnrichTopology {

    public static final String ARTICLES_STORE = "enrich-articles";
    public static final String TERMS_STORE = "enrich-terms";
    public static final String POSTINGS_STORE = "enrich-postings";
    public static final String PENDING_STORE = "enrich-pending";
    /** Names of the repartition topics (prefixed by the application id, suffixed "-repartition"). */
    public static final String PROBES = "probes";
    public static final String ANSWERS = "answers";

    private EnrichTopology() {
    }

    /**
     * The changelog and repartition topics Kafka Streams makes for this topology under {@code applicationId}, named
     * as Kafka Streams names them.
     */
    public static List<String> internalTopics(String applicationId) {
        return Stream.concat(
                Stream.of(ARTICLES_STORE, TERMS_STORE, POSTINGS_STORE, PENDING_STORE).map(s -> s + "-changelog"),
                Stream.of(PROBES, ANSWERS).map(s -> s + "-repartition"))
                .map(name -> applicationId + "-" + name).toList();
    }

    /** The topology for a {@code pages.clean} of one partition, as Kafka's test driver runs it. */
    public static Topology build(EnrichConfig config) {
        return build(config, 1);
    }

    /**
     * The partition of the band stage (the probes repartition topic of {@code partitions} partitions) a lookup key
     * belongs to: the one Kafka's default partitioner gives a record keyed by it, so that a probe keyed by any of
     * its keys lands where all of them are.
     */
    static int bandPartition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * @param partitions the partitions of {@code pages.clean}; the probes repartition topic is given as many, and a
     *                   page sends one probe per partition its lookup keys fall in
     */
    public static Topology build(EnrichConfig config, int partitions) {
        Enricher enricher = new Enricher(config);
        int limit = config.sizes().maxRecordBytes();
        Serde<String> keys = Serdes.String();
        Serde<DedupCommand> commands = JsonSerde.of(DedupCommand.class).limitedTo(limit);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE), keys,
                JsonSerde.of(ArticleState.class).limitedTo(limit)));
        // cached: a term counted by several folds between two commits reaches the changelog once; counts and the
        // journal in one store (TermFrequencies), so bytes, the counts as the long serde writes them
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS_STORE), keys,
                Serdes.ByteArray()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSTINGS_STORE), keys,
                Postings.serde(limit)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE), keys,
                JsonSerde.of(Pending.class).limitedTo(limit)));

        KStream<String, Routed> fromPages = builder
                .stream(Topics.PAGES_CLEAN, Consumed.with(keys, JsonSerde.page()).withName("pages"))
                .process(() -> new LedgerProcessors.Pages(enricher, config.dedup(), partitions), Named.as("ledger-pages"),
                        ARTICLES_STORE, TERMS_STORE);
        KStream<String, Routed> fromDecisions = builder
                .stream(config.decisionsTopic(), Consumed.with(keys, commands).withName("decisions"))
                .process(() -> new LedgerProcessors.Decisions(config.dedup(), partitions), Named.as("ledger-decisions"),
                        ARTICLES_STORE);
        KStream<String, Routed> ledger = fromPages.merge(fromDecisions, Named.as("ledger"));

        ledger.filter((k, r) -> r.article() != null, Named.as("articles-only"))
                .mapValues(Routed::article, Named.as("article"))
                .to(Topics.ARTICLES, Produced.with(keys, JsonSerde.article().limitedTo(limit)).withName("articles"));
        ledger.filter((k, r) -> r.duplicate() != null, Named.as("duplicates-only"))
                .mapValues(Routed::duplicate, Named.as("duplicate"))
                .to(Topics.ARTICLES_DUPLICATES, Produced.with(keys, JsonSerde.duplicate().limitedTo(limit))
                        .withName("duplicates"));
        ledger.filter((k, r) -> r.command() != null, Named.as("forwarded-only"))
                .mapValues(Routed::command, Named.as("forwarded"))
                .to(config.decisionsTopic(), Produced.with(keys, commands).withName("forward-decisions"));

        ledger.filter((k, r) -> r.probe() != null, Named.as("probes-only"))
                .mapValues(Routed::probe, Named.as("probe"))
                .repartition(Repartitioned.with(keys, JsonSerde.of(Probe.class).limitedTo(limit)).withName(PROBES)
                        .withNumberOfPartitions(partitions))
                .process(() -> new LookupProcessors.Bands(config.dedup()), Named.as("band-index"), POSTINGS_STORE)
                .mapValues(Routed::answer, Named.as("answer"))
                .repartition(Repartitioned.with(keys, JsonSerde.of(Answer.class).limitedTo(limit)).withName(ANSWERS))
                .process(LookupProcessors.Collector::new, Named.as("collector"), PENDING_STORE)
                .mapValues(Routed::command, Named.as("decision"))
                .to(config.decisionsTopic(), Produced.with(keys, commands).withName("decide"));
        return builder.build();
    }
}
