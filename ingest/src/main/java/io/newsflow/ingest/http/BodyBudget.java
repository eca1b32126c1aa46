package io.newsflow.ingest.http;

import io.newsflow.ingest.publish.Rejection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The request body bytes every API request together may hold at once, so that concurrent large batches cannot
 * exhaust the heap: a request that would cross it is answered 503 (retry later), one that alone is larger than it
 * 413. Thread-safe; a {@link Share} belongs to one request.
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    long capacity() {
        return capacity;
    }

    Share share() {
        return new Share();
    }

    /** What one request holds; {@link #close} gives it back. */
    final class Share implements AutoCloseable {
        private long taken;

        void take(long bytes) throws HttpProblem {
            if (taken + bytes > capacity) {
                throw new HttpProblem(413, "payload_too_large", "the request body is over " + capacity + " bytes,"
                        + " the most this service holds at once (a quarter of its heap); send smaller batches", Rejection.TOO_LARGE);
            }
            if (held.addAndGet(bytes) > capacity) {
                held.addAndGet(-bytes);
                throw new HttpProblem(503, "busy", "the requests in progress hold " + capacity + " bytes of bodies,"
                        + " the most this service holds at once (a quarter of its heap); retry later");
            }
            taken += bytes;
        }

        @Override
        public void close() {
            held.addAndGet(-taken);
            taken = 0;
        }
    }
}
