package io.newsflow.testkit.tls;

import io.newsflow.localstack.LocalKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * A {@link LocalKafka} client listener that authenticates with SCRAM-SHA-512 over TLS, as a secured production
 * cluster does, and the SCRAM users that log in to it.
 *
 * <pre>{@code
 * LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().listener(ScramListener.of(keyStore, "secret")));
 * ScramListener.addUser(kafka, "newsflow", "password");
 * String bootstrap = ScramListener.bootstrapServers(kafka);
 * }</pre>
 */
public final class ScramListener {

    /** The listener's name, which is also its security protocol. */
    public static final String NAME = "SASL_SSL";
    /** The one SASL mechanism the listener enables. */
    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final int ITERATIONS = 4096;

    private ScramListener() {
    }

    /**
     * The listener, with the brokers' private key and certificate chain from {@code keyStore} (PKCS12, whose
     * password is also the key's).
     */
    public static LocalKafka.Listener of(Path keyStore, String keyStorePassword) {
        if (keyStore == null || !Files.isReadable(keyStore)) {
            throw new IllegalArgumentException("keyStore must be a readable PKCS12 file: " + keyStore);
        }
        String path = keyStore.toAbsolutePath().toString();
        return new LocalKafka.Listener(NAME, NAME, Map.of(
                "sasl.enabled.mechanisms", MECHANISM,
                "scram-sha-512.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.keystore.type", "PKCS12",
                "ssl.keystore.location", path,
                "ssl.keystore.password", keyStorePassword,
                "ssl.key.password", keyStorePassword));
    }

    /** {@code host:port} of every broker's SCRAM listener. */
    public static String bootstrapServers(LocalKafka kafka) {
        return kafka.bootstrapServers(NAME);
    }

    /** Creates or replaces a user that clients of the listener log in as; returns once the cluster stored it. */
    public static void addUser(LocalKafka kafka, String user, String password) {
        ScramCredentialInfo info = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user, info, password)))
                    .all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot add SCRAM user " + user + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding SCRAM user " + user, e);
        }
    }
}
