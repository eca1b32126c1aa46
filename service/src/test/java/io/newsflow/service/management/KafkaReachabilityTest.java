package io.newsflow.service.management;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.errors.DisconnectException;
import org.junit.jupiter.api.Test;

class KafkaReachabilityTest {

    private static final String BOOTSTRAP = "kafka-1:9092";
    private static final Instant T0 = Instant.parse("2026-12-01T05:30:00Z");

    private final MovingClock clock = new MovingClock(T0);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final KafkaReachability kafka = new KafkaReachability("enrich", BOOTSTRAP, () -> {
        Exception now = failure.get();
        if (now != null) {
            throw now;
        }
        return 3;
    }, clock, null, null);

    @Test
    void isNotReadyUntilKafkaFirstAnswers() {
        assertFalse(kafka.readiness().ready());
        assertEquals("Kafka at kafka-1:9092 not reached yet", kafka.readiness().detail());

        kafka.check();
        assertTrue(kafka.readiness().ready());
        assertEquals("Kafka at kafka-1:9092 answers (3 broker(s))", kafka.readiness().detail());
    }

    @Test
    void turnsNotReadyWithSinceWhenAndWhyWhileKafkaDoesNotAnswerAndReadyWhenItIsBack() {
        kafka.check();
        failure.set(new TimeoutException());
        clock.now = T0.plusSeconds(10);
        kafka.check();
        Readiness down = kafka.readiness();
        assertFalse(down.ready());
        assertEquals("Kafka at kafka-1:9092 unreachable since 2026-12-01T05:30:10Z: no answer within 4 s",
                down.detail());

        // a later failure keeps the start of the outage and gives the latest reason
        failure.set(new ExecutionException(new DisconnectException("connection to node 1 was lost")));
        clock.now = T0.plusSeconds(40);
        kafka.check();
        assertEquals("Kafka at kafka-1:9092 unreachable since 2026-12-01T05:30:10Z: DisconnectException: connection"
                + " to node 1 was lost", kafka.readiness().detail());

        failure.set(null);
        clock.now = T0.plusSeconds(60);
        kafka.check();
        assertTrue(kafka.readiness().ready());

        failure.set(new TimeoutException());
        kafka.check();
        assertTrue(kafka.readiness().detail().contains("since 2026-12-01T05:31:00Z"), kafka.readiness().detail());
    }

    @Test
    void theGateKeepsTheServicesOwnAnswerWhileKafkaAnswersAndPutsKafkaFirstWhileItDoesNot() {
        Readiness running = Readiness.ready("Kafka Streams RUNNING");
        Readiness rebalancing = Readiness.notReady("Kafka Streams REBALANCING");
        kafka.check();
        assertSame(running, kafka.gate(running));
        assertSame(rebalancing, kafka.gate(rebalancing));

        failure.set(new TimeoutException());
        kafka.check();
        Readiness gated = kafka.gate(running);
        assertFalse(gated.ready());
        assertEquals("Kafka at kafka-1:9092 unreachable since 2026-12-01T05:30:00Z: no answer within 4 s;"
                + " Kafka Streams RUNNING", gated.detail());
    }

    @Test
    void aBrokerThatIsNotThereMakesAWatchedServiceNotReadyNamingTheAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + closedPort;
        try (KafkaReachability watched = KafkaReachability.watch("index", Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> watched.readiness().detail().contains("unreachable since"));
            Readiness now = watched.readiness();
            assertFalse(now.ready());
            assertTrue(now.detail().startsWith("Kafka at " + bootstrap + " unreachable since "), now.detail());
        }
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
