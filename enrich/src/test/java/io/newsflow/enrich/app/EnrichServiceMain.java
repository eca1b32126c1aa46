package io.newsflow.enrich.app;

import io.newsflow.service.config.Env;
import java.util.concurrent.CountDownLatch;

/**
 * The enrich service as a process of its own, configured from the environment as {@code newsflow enrich} is, for
 * the tests that kill it outright. Runs until the JVM is told to stop.
 */
public final class EnrichServiceMain {

    private EnrichServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        EnrichService service = EnrichService.start(EnrichConfig.fromEnv(Env.system()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "enrich-shutdown"));
        stopped.await();
    }
}
