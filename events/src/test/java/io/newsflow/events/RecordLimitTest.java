package io.newsflow.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** A serde held to a record limit, and a dead letter cut to fit its topic. */
class RecordLimitTest {

    private static final Page PAGE = new Page("id1", "https://example.org/a", "https://example.org/a", "example.org",
            "Example", "Title", null, null, null, "en", "x".repeat(10_000), List.of(), "00", null, null, "http",
            new Extraction("test", 1.0));

    @Test
    void aLimitedSerdeRefusesALargerValueNamingItsTypeSizeAndTheLimit() {
        int size = JsonSerde.page().serialize(Topics.PAGES_CLEAN, PAGE).length;

        assertEquals(size, JsonSerde.page().limitedTo(size).serialize(Topics.PAGES_CLEAN, PAGE).length);
        RecordTooLargeException e = assertThrows(RecordTooLargeException.class,
                () -> JsonSerde.page().limitedTo(size - 1).serialize(Topics.PAGES_CLEAN, PAGE));
        assertEquals("Page of " + size + " bytes is over the record limit of " + (size - 1) + " bytes for "
                + Topics.PAGES_CLEAN, e.getMessage());
    }

    @Test
    void aLetterThatFitsIsLeftWhole() {
        DeadLetter letter = letter(new byte[100]);
        assertSame(letter, letter.fitTo(100));
        assertFalse(letter.truncated());
        assertTrue(letter.toRecord("enrich.dlq").headers().lastHeader(DeadLetter.VALUE_TRUNCATED) == null);
    }

    @Test
    void aLargerValueIsCutAndTheLetterSaysFromWhatSizeAndReadsBackSo() {
        byte[] value = new byte[5_000];
        Arrays.fill(value, (byte) 'v');
        DeadLetter cut = letter(value).fitTo(1_000);

        assertTrue(cut.truncated());
        assertEquals(5_000, cut.valueTruncatedFrom());
        assertArrayEquals(Arrays.copyOf(value, 1_000), cut.value());
        assertTrue(cut.errorMessage().startsWith("Page of 9 bytes is over the record limit"), cut.errorMessage());
        assertTrue(cut.errorMessage().endsWith("[value truncated from 5000 to 1000 bytes to fit the topic]"),
                cut.errorMessage());

        ProducerRecord<byte[], byte[]> written = cut.toRecord("enrich.dlq");
        assertEquals("5000", new String(written.headers().lastHeader(DeadLetter.VALUE_TRUNCATED).value(),
                StandardCharsets.UTF_8));
        ConsumerRecord<byte[], byte[]> read = new ConsumerRecord<>("enrich.dlq", 0, 7L, written.key(), written.value());
        written.headers().forEach(h -> read.headers().add(h));
        DeadLetter back = DeadLetter.read(read);
        assertTrue(back.truncated());
        assertEquals(5_000, back.valueTruncatedFrom());
        assertEquals(cut.errorMessage(), back.errorMessage());
    }

    @Test
    void anOverlongMessageOrKeyIsCutToo() {
        DeadLetter letter = new DeadLetter(DeadLetter.INDEX, "E", "m".repeat(50_000), null, -1, -1,
                new byte[DeadLetter.MAX_KEY_BYTES + 10], new byte[1]);
        assertEquals(DeadLetter.MAX_MESSAGE_CHARS, letter.errorMessage().length());
        assertEquals(DeadLetter.MAX_KEY_BYTES, letter.fitTo(10).key().length);
    }

    private static DeadLetter letter(byte[] value) {
        return new DeadLetter(DeadLetter.ENRICH, RecordTooLargeException.class.getName(),
                "Page of 9 bytes is over the record limit of 8 bytes", Topics.PAGES_CLEAN, 1, 42, "k".getBytes(
                StandardCharsets.UTF_8), value);
    }
}
