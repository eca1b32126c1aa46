package io.newsflow.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A program that owns a {@link LocalKafka} as {@code newsflow run} does: its own shutdown hook first closes what
 * uses the broker (here: five seconds of "closing services" that then need the broker), then the cluster. Prints
 * {@code ready} once up, and from the hook whether the broker still answered when the clients closed.
 */
public final class StopOnExitHarness {

    private StopOnExitHarness() {
    }

    public static void main(String[] args) throws Exception {
        LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().dataDir(Path.of(args[0])));
        kafka.stopOnlyOnClose();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean reachable;
            try {
                // services closing: committing offsets, leaving their group, settling a batch
                Thread.sleep(5_000);
                reachable = answers(kafka.bootstrapServers());
            } catch (InterruptedException e) {
                reachable = false;
            }
            System.out.println("broker answered while the owner closed its clients: " + reachable);
            kafka.close();
            System.out.println("closed");
            System.out.flush();
        }, "harness-stop"));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static boolean answers(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
