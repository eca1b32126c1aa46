package io.newsflow.enrich.app;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be read goes to the DLQ (Kafka Streams' dead-letter support, with newsflow's headers) and
 * processing goes on; Kafka Streams counts it in its {@code dropped-records} metric.
 */
public final class DlqDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DlqDeserializationHandler.class);

    private DeadLetters letters;

    @Override
    public void configure(Map<String, ?> configs) {
        letters = DeadLetters.configured(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("record {} at {}-{}@{} is unreadable, sent to {}: {}", DeadLetters.keyOf(record.key()),
                context.topic(), context.partition(), context.offset(), letters.topic(), exception.getMessage());
        return Response.resume(letters.of(context, record.key(), record.value(), exception));
    }
}
