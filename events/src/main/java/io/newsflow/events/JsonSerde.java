package io.newsflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one event type, in the JSON of {@link Json}. Thread-safe. A value that is not valid
 * JSON for the type fails with a {@link SerializationException} naming the type and the problem, so a
 * deserialization handler can route it to a DLQ. A serde {@link #limitedTo limited} to a size refuses to write a
 * larger value with a {@link RecordTooLargeException}, before any producer or store sees it.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final int maxBytes;

    private JsonSerde(Class<T> type, int maxBytes) {
        this.type = type;
        this.reader = Json.mapper().readerFor(type);
        this.writer = Json.mapper().writerFor(type);
        this.maxBytes = maxBytes;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type, Integer.MAX_VALUE);
    }

    /**
     * The same serde, refusing to write a value of more than {@code bytes} bytes: {@link #serialize} throws a
     * {@link RecordTooLargeException} that names the type, its size and the limit.
     */
    public JsonSerde<T> limitedTo(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a record limit must be positive, got " + bytes);
        }
        return new JsonSerde<>(type, bytes);
    }

    public static JsonSerde<Page> page() {
        return of(Page.class);
    }

    public static JsonSerde<Article> article() {
        return of(Article.class);
    }

    public static JsonSerde<Duplicate> duplicate() {
        return of(Duplicate.class);
    }

    public static JsonSerde<RawPage> rawPage() {
        return of(RawPage.class);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = writer.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new RecordTooLargeException(type.getSimpleName() + " of " + bytes.length
                    + " bytes is over the record limit of " + maxBytes + " bytes" + (topic == null ? "" : " for " + topic));
        }
        return bytes;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return reader.readValue(data);
        } catch (JsonProcessingException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " JSON value: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by construction
    }

    @Override
    public void close() {
        // nothing to release
    }
}
