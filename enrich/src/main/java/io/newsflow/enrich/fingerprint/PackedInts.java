package io.newsflow.enrich.fingerprint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A fingerprint's hash arrays in JSON as one base64 string of their big-endian bytes: about half the size of a JSON
 * array of the same 32-bit hashes, which matters because a page's fingerprint travels with each of its ~40 lookup
 * probes and is kept under each of their keys. Arrays written as JSON arrays (by earlier versions) are read too.
 */
final class PackedInts {

    private PackedInts() {
    }

    static String encode(int[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES);
        bytes.asIntBuffer().put(values);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes.array());
    }

    static int[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("packed ints of " + bytes.length + " bytes, not a multiple of 4");
        }
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    static final class Serializer extends JsonSerializer<int[]> {
        @Override
        public void serialize(int[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(encode(values));
        }
    }

    static final class Deserializer extends JsonDeserializer<int[]> {
        @Override
        public int[] deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return decode(in.getText());
                } catch (IllegalArgumentException e) {
                    return (int[]) context.handleWeirdStringValue(int[].class, in.getText(), e.getMessage());
                }
            }
            return context.readValue(in, int[].class);
        }
    }
}
