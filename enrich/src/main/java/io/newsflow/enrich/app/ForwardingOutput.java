package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.Answer;
import io.newsflow.enrich.dedup.DedupCommand;
import io.newsflow.enrich.dedup.DedupOutput;
import io.newsflow.enrich.dedup.Probe;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Forwards what a de-duplication step produces to the topology's branches, keyed as each branch needs. */
final class ForwardingOutput implements DedupOutput {

    /** The operation name of the redelivery sensor: metrics {@code redelivered-pages-total} and {@code -rate}. */
    static final String REDELIVERED = "redelivered-pages";

    private final ProcessorContext<String, Routed> context;
    private final Sensor redeliveries;
    private long timestamp;

    ForwardingOutput(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.redeliveries = context.metrics().addRateTotalSensor("enrich", context.taskId().toString(),
                REDELIVERED, Sensor.RecordingLevel.INFO);
    }

    /** Outputs carry the timestamp of the record being processed. */
    void at(long recordTimestamp) {
        this.timestamp = recordTimestamp;
    }

    @Override
    public void article(Article article) {
        context.forward(new Record<>(article.id(), Routed.of(article), timestamp));
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        context.forward(new Record<>(duplicate.id(), Routed.of(duplicate), timestamp));
    }

    @Override
    public void probe(Probe probe) {
        context.forward(new Record<>(probe.key(), Routed.of(probe), timestamp));
    }

    @Override
    public void answer(Answer answer) {
        context.forward(new Record<>(answer.doc().id(), Routed.of(answer), timestamp));
    }

    @Override
    public void command(String key, DedupCommand command) {
        context.forward(new Record<>(key, Routed.of(command), timestamp));
    }

    @Override
    public void redelivered(String id) {
        redeliveries.record();
    }
}
