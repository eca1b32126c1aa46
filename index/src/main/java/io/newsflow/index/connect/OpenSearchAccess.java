package io.newsflow.index.connect;

import io.newsflow.service.config.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Tells an OpenSearch that is not up yet from one that will never let this client in. Both look alike to an HTTP
 * client that retries, so an indexer with a wrong password or an untrusted certificate would wait forever; this
 * check turns them into a {@link ConfigException} that names the URL, the variable to fix and the cause.
 *
 * <p>Stateless and thread-safe.
 */
public final class OpenSearchAccess {

    private OpenSearchAccess() {
    }

    /**
     * Sends {@code GET /} and accepts any answer but 401: a 403 means the user is known but may not read the
     * cluster's root, which an indexer limited to its indices need not.
     *
     * @throws ConfigException when OpenSearch answers 401 (credentials missing or refused) or the TLS handshake
     *                         fails (untrusted certificate, host name mismatch, plain HTTP on an https URL)
     * @throws IOException     when OpenSearch cannot be reached, which may pass
     */
    public static void verify(OpenSearchClient client, OpenSearchSettings settings) throws IOException {
        try (Response answered = client.generic().execute(Requests.builder().method("GET").endpoint("/").build())) {
            // any answer at all means TLS and the login went through
        } catch (IOException | RuntimeException e) {
            // the transport turns a 401 or 403 into an exception rather than a response
            Optional<ResponseException> answer = cause(e, ResponseException.class);
            if (answer.isPresent()) {
                if (answer.get().status() == 401) {
                    throw unauthorized(settings);
                }
                return;
            }
            SSLException tls = cause(e, SSLException.class).orElse(null);
            if (tls != null) {
                throw new ConfigException(settings.trustStore().isPresent() ? OpenSearchSettings.TRUSTSTORE
                        : OpenSearchSettings.CA_FILE, null, "TLS handshake with OpenSearch at " + urls(settings)
                        + " failed (is its certificate signed by the CA in " + OpenSearchSettings.CA_FILE + " or "
                        + OpenSearchSettings.TRUSTSTORE + ", for this host name?): " + tls.getMessage());
            }
            throw e;
        }
    }

    private static ConfigException unauthorized(OpenSearchSettings settings) {
        if (settings.username().isEmpty()) {
            return new ConfigException(OpenSearchSettings.USERNAME, null, "OpenSearch at " + urls(settings)
                    + " requires authentication (HTTP 401 Unauthorized): set " + OpenSearchSettings.USERNAME
                    + " and " + OpenSearchSettings.PASSWORD);
        }
        return new ConfigException(OpenSearchSettings.PASSWORD, null, "OpenSearch at " + urls(settings)
                + " refused the credentials of user " + settings.username().get()
                + " (HTTP 401 Unauthorized, authentication failed)");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static String urls(OpenSearchSettings settings) {
        return settings.urls().stream().map(URI::toString).collect(Collectors.joining(","));
    }
}
