package io.newsflow.enrich.app;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What enrich does when a record it produces cannot be written.
 *
 * <ul>
 *   <li>A record that cannot be serialized, which includes one over the record limit (enrich's serdes refuse it
 *       before the producer sees it), goes to the DLQ as the source record that led to it, and processing goes on:
 *       nothing was sent, so the transaction is intact.</li>
 *   <li>A send that fails for good (the broker or producer refused it) cannot be skipped under exactly-once: the
 *       producer has already marked the transaction for abort, so neither the output nor a dead letter written
 *       in it would survive. The handler fails, with the record's topic and the error in the log; the stream
 *       thread dies and {@link ThreadFailurePolicy} decides what follows. With the topics and producer set to the
 *       page-size contract this does not happen for size; it means a topic was changed by hand.</li>
 *   <li>A retriable send error is retried, as Kafka Streams' default handler does.</li>
 * </ul>
 */
public final class DlqProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DlqProductionHandler.class);

    private DeadLetters letters;

    @Override
    public void configure(Map<String, ?> configs) {
        letters = DeadLetters.configured(configs);
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        LOG.warn("record {} for {} from {}-{}@{} cannot be written ({} {}), its source sent to {}: {}", record.key(),
                record.topic(), context.topic(), context.partition(), context.offset(),
                origin.name().toLowerCase(Locale.ROOT), exception.getClass().getSimpleName(),
                letters.topic(), exception.getMessage());
        return Response.resume(letters.of(context, context.sourceRawKey(), context.sourceRawValue(), exception));
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        LOG.error("record for {} ({} bytes) from {}-{}@{} was refused by Kafka: {}; the transaction is aborted and"
                        + " the stream thread stops. Check that {} carries the page-size contract"
                        + " (max.message.bytes)", record.topic(), record.value() == null ? 0 : record.value().length,
                context.topic(), context.partition(), context.offset(), exception.toString(), record.topic());
        return Response.fail();
    }
}
