package io.newsflow.index.bulk;

import io.newsflow.events.DeadLetter;

/**
 * Where an item to index came from, kept so that a rejected item reaches the DLQ as the original record: its
 * topic, partition and offset and its original key and value bytes. The arrays are not copied; do not mutate them.
 */
public record Origin(String topic, int partition, long offset, byte[] key, byte[] value) {

    /** The dead letter of this record, rejected by the indexer because of {@code errorClass}: {@code message}. */
    public DeadLetter deadLetter(String errorClass, String message) {
        return new DeadLetter(DeadLetter.INDEX, errorClass, message, topic, partition, offset, key, value);
    }
}
