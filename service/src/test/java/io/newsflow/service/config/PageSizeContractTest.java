package io.newsflow.service.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class PageSizeContractTest {

    @Test
    void everyLimitFollowsFromThePageLimit() {
        PageSizeContract contract = PageSizeContract.from(new Env(Map.of("INGEST_MAX_PAGE_BYTES", "1048576")));

        assertEquals(1 << 20, contract.maxPageBytes());
        assertEquals(2 * (1 << 20) + (64 << 10), contract.maxPageRecordBytes());
        assertEquals(4 * (1 << 20) + (256 << 10), contract.maxRecordBytes());
        assertEquals(contract.maxRecordBytes() + (64 << 10), contract.maxMessageBytes());
        assertEquals(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(contract.maxMessageBytes())),
                contract.topicSettings());
        assertEquals(contract.maxMessageBytes(), contract.producerSettings().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        assertTrue((Long) contract.producerSettings().get(ProducerConfig.BUFFER_MEMORY_CONFIG)
                >= 2L * contract.maxMessageBytes(), "the producer's buffer cannot hold the largest message");
    }

    @Test
    void theDefaultIsFiveMebibytesAndTheLargestMessageStaysUnderKafkasAndOpenSearchsRequestLimits() {
        assertEquals(5 << 20, PageSizeContract.from(new Env(Map.of())).maxPageBytes());
        PageSizeContract largest = new PageSizeContract(PageSizeContract.MAX_PAGE_BYTES);
        assertTrue(largest.maxMessageBytes() < 100 << 20, "over the broker's socket.request.max.bytes");
        assertTrue(largest.maxMessageBytes() < 100_000_000, "over OpenSearch's http.max_content_length");
    }

    @Test
    void aPageLimitOutOfRangeStopsTheServiceNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> PageSizeContract.from(new Env(Map.of("INGEST_MAX_PAGE_BYTES", "536870912"))));
        assertEquals("INGEST_MAX_PAGE_BYTES", e.variable());
        assertThrows(ConfigException.class, () -> new PageSizeContract(100));
    }

    @Test
    void anUnknownTopicRightAfterItWasMadeIsAskedAgainButARefusalIsNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String answer = PageSizeContract.untilSettled(5_000, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ExecutionException(new UnknownTopicOrPartitionException("This server does not host this"
                        + " topic-partition."));
            }
            return "configs";
        });
        assertEquals("configs", answer);
        assertEquals(3, calls.get());

        calls.set(0);
        ExecutionException refused = assertThrows(ExecutionException.class, () -> PageSizeContract.untilSettled(5_000,
                () -> {
                    calls.incrementAndGet();
                    throw new ExecutionException(new TopicAuthorizationException("not authorised"));
                }));
        assertTrue(refused.getCause() instanceof TopicAuthorizationException);
        assertEquals(1, calls.get());

        calls.set(0);
        ExecutionException stillUnknown = assertThrows(ExecutionException.class, () -> PageSizeContract.untilSettled(
                300, () -> {
                    calls.incrementAndGet();
                    throw new ExecutionException(new UnknownTopicOrPartitionException("still unknown"));
                }));
        assertTrue(stillUnknown.getCause() instanceof UnknownTopicOrPartitionException);
        assertTrue(calls.get() > 1 && calls.get() < 10, "asked " + calls.get() + " times in 300 ms");
    }
}
