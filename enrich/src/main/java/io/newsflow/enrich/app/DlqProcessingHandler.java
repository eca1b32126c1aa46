package io.newsflow.enrich.app;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing fails goes to the DLQ as the source bytes that led to it, with newsflow's headers, and
 * processing goes on; Kafka Streams counts it in its {@code dropped-records} metric. This includes a state the
 * record would leave that is over the record limit: the store's serde refuses it before its changelog sees it.
 * A state store that cannot read or write (its disk full or failing: a {@link ProcessorStateException}; closed: an
 * {@link InvalidStateStoreException}) is no fault of the record, and would be every record's: the record is not
 * dead-lettered, the stream thread fails instead, its transaction is aborted, and the record is processed again from
 * the last commit by the thread that replaces it ({@link ThreadFailurePolicy}).
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
        if (storeFailed(exception)) {
            LOG.error("record {} at {}-{}@{} failed in {} because a state store failed: not the record's fault, so it"
                    + " is not dead-lettered; the stream thread fails", record.key(), context.topic(),
                    context.partition(), context.offset(), context.processorNodeId(), exception);
            return Response.fail();
        }
        LOG.warn("record {} at {}-{}@{} failed in {}, sent to {}", record.key(), context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), letters.topic(), exception);
        return Response.resume(letters.of(context, context.sourceRawKey(), context.sourceRawValue(), exception));
    }

    /** Whether a store failure is among the exception's causes. */
    static boolean storeFailed(Throwable exception) {
        return Causes.of(exception).stream()
                .anyMatch(t -> t instanceof ProcessorStateException || t instanceof InvalidStateStoreException);
    }
}
