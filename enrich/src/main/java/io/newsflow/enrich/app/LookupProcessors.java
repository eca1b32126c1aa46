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
     * The band index, and the sweep that keeps its store bounded. Every key remembers when it was last written (the
     * timestamp of the probe that wrote it, which is the page's ingest time); the task's time is the newest such
     * timestamp it has seen, trusted up to a day ahead of the wall clock. Every {@link #SWEEP_INTERVAL} of
     * wall-clock time the sweep reads on from where it stopped (wrapping round at the end of the store), at least
     * {@link #MIN_SWEEP} keys and twice as many as the probes since the last sweep wrote, and deletes the
     * keys nobody has written for their retention ({@link BandIndex#window}: the exact window for content
     * hashes, the near window for bands and anchors). A key written by an earlier version, without the time, is
     * given the task's time when the sweep first meets it. Retention runs on ingest time, not on the pages' own
     * (publication) times, so an old story scraped now keeps its keys as long as a fresh one, and pages dated
     * years apart in one batch do not sweep each other away.
     */
    static final class Bands implements Processor<String, Probe, String, Routed> {

        static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);
        static final int MIN_SWEEP = 1_000;
        /** A record timestamp is trusted up to this far ahead of the wall clock. */
        static final Duration MAX_AHEAD = Duration.ofDays(1);

        private final DedupSettings settings;
        private ForwardingOutput out;
        private BandIndex index;
        private KeyValueStore<String, Postings> store;
        /** The timestamp of the probe being processed: when the keys it writes are written. */
        private long now;
        /** The newest probe timestamp seen; -1 before the first. */
        private long taskTime = -1;
        /** The next key the sweep reads from; null: the start of the store. */
        private String sweepFrom;
        private int keysSinceSweep;

        Bands(DedupSettings settings) {
            this.settings = settings;
        }

        @Override
        public void init(ProcessorContext<String, Routed> context) {
            out = new ForwardingOutput(context);
            store = context.getStateStore(EnrichTopology.POSTINGS_STORE);
            index = new BandIndex(KafkaStateStore.mapped(store, Postings::postings, p -> new Postings(p, now)),
                    settings, out);
            context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> sweep(wallClock));
        }

        @Override
        public void process(Record<String, Probe> record) {
            out.at(record.timestamp());
            now = record.timestamp();
            taskTime = Math.max(taskTime, now);
            index.onProbe(record.value());
            keysSinceSweep += record.value().keys().size();
        }

        /** Reads on from where the last sweep stopped and deletes the keys past their retention. */
        private void sweep(long wallClock) {
            if (taskTime < 0) {
                return;
            }
            long time = Math.min(taskTime, wallClock + MAX_AHEAD.toMillis());
            int budget = Math.max(MIN_SWEEP, 2 * keysSinceSweep);
            keysSinceSweep = 0;
            List<String> expired = new ArrayList<>();
            List<KeyValue<String, Postings>> unstamped = new ArrayList<>();
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
                    Long written = entry.value.writtenAt();
                    if (written == null) {
                        unstamped.add(KeyValue.pair(entry.key, new Postings(entry.value.postings(), time)));
                    } else if (written < time - index.window(entry.key).toMillis()) {
                        expired.add(entry.key);
                    }
                }
            }
            sweepFrom = next;
            expired.forEach(store::delete);
            unstamped.forEach(e -> store.put(e.key, e.value));
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
