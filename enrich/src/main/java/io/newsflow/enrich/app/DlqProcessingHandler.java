package io.newsflow.enrich.app;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing fails goes to the DLQ as the source bytes that led to it, with newsflow's headers, and
 * processing goes on; Kafka Streams counts it in its {@code dropped-records} metric. This includes a state the
 * record would leave that is over the record limit: the store's serde refuses it before its changelog sees it.
 */
public final class DlqProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DlqProcessingHandler.class);

    private DeadLetters letters;

    @Override
    public void configure(Map<String, ?> configs) {
        letters = DeadLetters.configured(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("record {} at {}-{}@{} failed in {}, sent to {}", record.key(), context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), letters.topic(), exception);
        return Response.resume(letters.of(context, context.sourceRawKey(), context.sourceRawValue(), exception));
    }
}
