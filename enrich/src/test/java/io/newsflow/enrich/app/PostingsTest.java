package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.DocRef;
import io.newsflow.enrich.dedup.Posting;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class PostingsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Serde<Postings> SERDE = Postings.serde(1 << 20);

    private static final List<Posting> POSTINGS = List.of(
            posting("https://a.example/bridge", "The council approved the new bridge over the river on Tuesday."),
            posting("https://b.example/bridge", "Work on the bridge over the river starts in the spring."));

    @Test
    void aValueReadsBackWithItsPostingsAndItsTime() {
        Postings read = roundTrip(new Postings(POSTINGS, T0.toEpochMilli()));
        assertEquals(T0.toEpochMilli(), read.writtenAt());
        assertEquals(POSTINGS, read.postings());
        assertNull(roundTrip(new Postings(POSTINGS, null)).writtenAt());
    }

    @Test
    void valuesAnEarlierVersionWroteTimeLastOrWithoutATimeReadTheSame() throws Exception {
        // the earlier layout: postings first, then the time, or no time at all
        String postings = Json.mapper().writeValueAsString(POSTINGS);
        Postings timeLast = read("{\"postings\":" + postings + ",\"written_at\":" + T0.toEpochMilli() + "}");
        assertEquals(T0.toEpochMilli(), timeLast.writtenAt());
        assertEquals(POSTINGS, timeLast.postings());
        Postings untimed = read("{\"postings\":" + postings + "}");
        assertNull(untimed.writtenAt());
        assertEquals(POSTINGS, untimed.postings());
    }

    @Test
    void theTimeIsReadWithoutThePostingsWhichFailClearlyWhenAskedFor() {
        // the sweep reads only the time: postings this version cannot read do not stop it
        Postings read = read("{\"written_at\":" + T0.toEpochMilli() + ",\"postings\":[{\"doc\":\"not a page\"}]}");
        assertEquals(T0.toEpochMilli(), read.writtenAt());
        SerializationException e = assertThrows(SerializationException.class, read::postings);
        assertTrue(e.getMessage().contains("not a valid"), e.getMessage());
    }

    @Test
    void aValueThatIsNotPostingsIsRefusedWithTheReason() {
        assertTrue(assertThrows(SerializationException.class, () -> read("[1, 2]")).getMessage()
                .contains("not an object"));
        assertTrue(assertThrows(SerializationException.class, () -> read("{\"written_at\":\"yesterday\"}"))
                .getMessage().contains("written_at"));
        assertThrows(SerializationException.class, () -> read("{\"written_at\":"));
    }

    @Test
    void aValueOverTheRecordLimitIsRefusedBeforeAnyStoreSeesIt() {
        Serde<Postings> small = Postings.serde(200);
        RecordTooLargeException e = assertThrows(RecordTooLargeException.class,
                () -> small.serializer().serialize("changelog", new Postings(POSTINGS, T0.toEpochMilli())));
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    private static Postings roundTrip(Postings value) {
        byte[] bytes = SERDE.serializer().serialize("changelog", value);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("{\"written_at\":"), "the time comes first");
        return SERDE.deserializer().deserialize("changelog", bytes);
    }

    private static Postings read(String json) {
        return SERDE.deserializer().deserialize("changelog", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Posting posting(String url, String text) {
        DocRef doc = new DocRef(Integer.toHexString(url.hashCode()), url, "example", "Bridge", "hash", T0);
        return new Posting(doc, new Fingerprinter().fingerprint(text));
    }
}
