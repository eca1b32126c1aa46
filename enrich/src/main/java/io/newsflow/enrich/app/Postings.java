package io.newsflow.enrich.app;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.enrich.dedup.Posting;
import io.newsflow.events.Json;
import io.newsflow.events.JsonSerde;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The stored value of one lookup key: the pages filed under it, and when the key was last written (the timestamp
 * of the record that wrote it, epoch milliseconds; null in values written by earlier versions), which the sweep
 * measures the key's retention from.
 *
 * <p>Stored as JSON, {@code {"written_at":…,"postings":[…]}}. The sweep reads many keys for their time alone, so a
 * value read from the store parses its postings, each with its fingerprint, only when they are asked for
 * ({@link #serde}); the time is read first, and in values of earlier versions (time last) found by skipping the
 * postings unparsed.
 */
final class Postings {

    private final Long writtenAt;
    /** The postings; null until {@link #json} is parsed. */
    private List<Posting> postings;
    /** The stored JSON the postings are parsed from when first asked for; null once they are. */
    private byte[] json;

    Postings(List<Posting> postings, Long writtenAt) {
        this.postings = List.copyOf(postings);
        this.writtenAt = writtenAt;
    }

    private Postings(byte[] json, Long writtenAt) {
        this.json = json;
        this.writtenAt = writtenAt;
    }

    /** When the key was last written (epoch milliseconds), null when an earlier version wrote it. */
    Long writtenAt() {
        return writtenAt;
    }

    /**
     * The pages filed under the key.
     *
     * @throws SerializationException when the stored postings are not valid (read when first asked for)
     */
    List<Posting> postings() {
        if (postings == null) {
            postings = STORED.deserialize(null, json).postings();
            json = null;
        }
        return postings;
    }

    /** The layout in the store: the time first, so that it is read without the postings. */
    @JsonPropertyOrder({"writtenAt", "postings"})
    private record Stored(Long writtenAt, List<Posting> postings) {

        Stored {
            postings = postings == null ? List.of() : postings;
        }
    }

    /** The time's field in the store (the event contracts' snake case). */
    private static final String WRITTEN_AT = "written_at";
    private static final JsonSerde<Stored> STORED = JsonSerde.of(Stored.class);

    /**
     * The store's serde: writes refuse a value of more than {@code maxBytes} bytes, as {@link JsonSerde#limitedTo};
     * reads take the time and leave the postings to {@link #postings()}.
     */
    static Serde<Postings> serde(int maxBytes) {
        JsonSerde<Stored> stored = STORED.limitedTo(maxBytes);
        Serializer<Postings> writer = (topic, value) -> value == null ? null
                : stored.serialize(topic, new Stored(value.writtenAt, value.postings()));
        Deserializer<Postings> reader = (topic, data) -> data == null ? null : new Postings(data, writtenAt(data));
        return Serdes.serdeFrom(writer, reader);
    }

    /** The value's time, the other fields skipped without being parsed; null when absent or null. */
    private static Long writtenAt(byte[] data) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(data)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SerializationException("not a valid Postings JSON value: not an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(WRITTEN_AT)) {
                    if (value == JsonToken.VALUE_NULL) {
                        return null;
                    }
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw new SerializationException("not a valid Postings JSON value: " + WRITTEN_AT + " is " + value);
                    }
                    return parser.getLongValue();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new SerializationException("not a valid Postings JSON value: " + e.getMessage(), e);
        }
    }
}
