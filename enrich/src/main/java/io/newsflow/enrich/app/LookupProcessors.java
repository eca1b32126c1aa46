package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Answer;
import io.newsflow.enrich.dedup.BandIndex;
import io.newsflow.enrich.dedup.CandidateCollector;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.Pending;
import io.newsflow.enrich.dedup.Probe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The lookup stages: the band index (keyed by lookup key) and the collector (keyed by page id). */
final class LookupProcessors {

    private LookupProcessors() {
    }

    /**
     * The band index, and the sweep that keeps its store bounded: every {@link #SWEEP_INTERVAL} of wall-clock time it
     * reads on from where it stopped (wrapping round at the end of the store) and deletes the keys the index calls
     * expired. It reads at least {@link #MIN_SWEEP} keys and twice as many as the probes since the last sweep
     * could have added, so it passes over the whole store again and again at the pace keys are made, and a store
     * of keys whose postings have all aged out empties at that pace too.
     */
    static final class Bands implements Processor<String, Probe, String, Routed> {

        static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);
        static final int MIN_SWEEP = 1_000;

        private final DedupSettings settings;
        private ForwardingOutput out;
        private BandIndex index;
        private KeyValueStore<String, Postings> store;
        /** The next key the sweep reads from; null: the start of the store. */
        private String sweepFrom;
        private int probesSinceSweep;

        Bands(DedupSettings settings) {
            this.settings = settings;
        }

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            store = context.getStateStore(EnrichTopology.POSTINGS_STORE);
            index = new BandIndex(KafkaStateStore.mapped(store, Postings::postings, Postings::new), settings, out);
            context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> sweep());
        }

        @Override
        public void process(Record<String, Probe> record) {
            out.at(record.timestamp());
            index.onProbe(record.value());
            probesSinceSweep++;
        }

        /** Reads on from where the last sweep stopped and deletes the expired keys; returns how many it deleted. */
        int sweep() {
            if (index.newestSeen() == null) {
                return 0;
            }
            int budget = Math.max(MIN_SWEEP, 2 * probesSinceSweep);
            probesSinceSweep = 0;
            List<String> expired = new ArrayList<>();
            int read = 0;
            String next = null;
            try (KeyValueIterator<String, Postings> it = store.range(sweepFrom, null)) {
                while (it.hasNext()) {
                    KeyValue<String, Postings> entry = it.next();
                    if (read == budget) {
                        next = entry.key;
                        break;
                    }
                    read++;
                    if (index.expired(entry.key, entry.value.postings())) {
                        expired.add(entry.key);
                    }
                }
            }
            sweepFrom = next;
            expired.forEach(store::delete);
            return expired.size();
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
