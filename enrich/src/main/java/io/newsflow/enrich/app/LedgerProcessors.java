package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.ArticleLedger;
import io.newsflow.enrich.dedup.ArticleState;
import io.newsflow.enrich.dedup.DedupCommand;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.MalformedPageException;
import io.newsflow.events.Page;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** The two inputs of the {@link ArticleLedger}, sharing its store: cleaned pages and decisions. */
final class LedgerProcessors {

    private LedgerProcessors() {
    }

    private static ArticleLedger ledger(ProcessorContext<String, Routed> context, DedupSettings settings,
                                        int bandPartitions, ForwardingOutput out) {
        KeyValueStore<String, ArticleState> store = context.getStateStore(EnrichTopology.ARTICLES_STORE);
        return new ArticleLedger(KafkaStateStore.of(store), settings, out,
                key -> EnrichTopology.bandPartition(key, bandPartitions));
    }

    /** Cleaned pages: redelivery, update, or a look for earlier copies. */
    static final class Pages implements Processor<String, Page, String, Routed> {

        private final Enricher enricher;
        private final DedupSettings settings;
        private final int bandPartitions;
        private ForwardingOutput out;
        private ArticleLedger ledger;
        private TermFrequencies frequencies;

        Pages(Enricher enricher, DedupSettings settings, int bandPartitions) {
            this.enricher = enricher;
            this.settings = settings;
            this.bandPartitions = bandPartitions;
        }

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            ledger = ledger(context, settings, bandPartitions, out);
            frequencies = new TermFrequencies(context.getStateStore(EnrichTopology.TERMS_STORE));
        }

        @Override
        public void process(Record<String, Page> record) {
            Page page = record.value();
            if (page == null) {
                throw new MalformedPageException("record " + record.key() + " has no page (null value)");
            }
            if (record.key() == null || !record.key().equals(page.id())) {
                // the ledger's state is partitioned by page id: another key would split one URL's history
                throw new MalformedPageException("record key " + record.key() + " is not the page id " + page.id());
            }
            out.at(record.timestamp());
            ledger.onPage(page, Instant.ofEpochMilli(record.timestamp()), p -> enricher.enrich(p, frequencies));
        }
    }

    /** Decisions coming back from the collector, keyed by the page they concern. */
    static final class Decisions implements Processor<String, DedupCommand, String, Routed> {

        private final DedupSettings settings;
        private final int bandPartitions;
        private ForwardingOutput out;
        private ArticleLedger ledger;

        Decisions(DedupSettings settings, int bandPartitions) {
            this.settings = settings;
            this.bandPartitions = bandPartitions;
        }

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            ledger = ledger(context, settings, bandPartitions, out);
        }

        @Override
        public void process(Record<String, DedupCommand> record) {
            out.at(record.timestamp());
            ledger.onCommand(record.key(), record.value());
        }
    }
}
