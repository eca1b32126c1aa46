package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Answer;
import io.newsflow.enrich.dedup.BandIndex;
import io.newsflow.enrich.dedup.CandidateCollector;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.Pending;
import io.newsflow.enrich.dedup.Probe;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** The lookup stages: the band index (keyed by lookup key) and the collector (keyed by page id). */
final class LookupProcessors {

    private LookupProcessors() {
    }

    static final class Bands implements Processor<String, Probe, String, Routed> {

        private final DedupSettings settings;
        private ForwardingOutput out;
        private BandIndex index;

        Bands(DedupSettings settings) {
            this.settings = settings;
        }

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            KeyValueStore<String, Postings> store = context.getStateStore(EnrichTopology.POSTINGS_STORE);
            index = new BandIndex(KafkaStateStore.mapped(store, Postings::postings, Postings::new), settings, out);
        }

        @Override
        public void process(Record<String, Probe> record) {
            out.at(record.timestamp());
            index.onProbe(record.value());
        }
    }

    static final class Collector implements Processor<String, Answer, String, Routed> {

        private ForwardingOutput out;
        private CandidateCollector collector;

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            KeyValueStore<String, Pending> store = context.getStateStore(EnrichTopology.PENDING_STORE);
            collector = new CandidateCollector(KafkaStateStore.of(store), out);
        }

        @Override
        public void process(Record<String, Answer> record) {
            out.at(record.timestamp());
            collector.onAnswer(record.value());
        }
    }
}
