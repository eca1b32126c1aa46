package io.newsflow.index.connect;

import io.newsflow.events.Json;
import io.newsflow.service.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Builds the {@link OpenSearchClient} for {@link OpenSearchSettings}: Apache HttpClient 5 transport, basic auth,
 * TLS trust from a trust store or CA file, and the events' JSON mapping so that documents are the {@code Article}
 * JSON. The client is thread-safe; close its transport ({@code client._transport().close()}) when done.
 */
public final class OpenSearchClients {

    /** Bounded so that a hung node is a retryable failure, not a stuck indexer. */
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);

    private OpenSearchClients() {
    }

    public static OpenSearchClient create(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.urls().stream().map(OpenSearchClients::host).toArray(HttpHost[]::new);
        SSLContext ssl = sslContext(settings);
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (settings.username().isPresent()) {
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
                        settings.username().get(), settings.password().orElseThrow().toCharArray()));
            }
        }
        var transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(Json.mapper()))
                .setRequestConfigCallback(request -> request.setResponseTimeout(RESPONSE_TIMEOUT))
                .setHttpClientConfigCallback(client -> client
                        .setDefaultCredentialsProvider(credentials)
                        .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(ssl).buildAsync())
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(CONNECT_TIMEOUT).build())
                                .build()))
                .build();
        return new OpenSearchClient(transport);
    }

    private static HttpHost host(URI url) {
        return new HttpHost(url.getScheme(), url.getHost(), url.getPort() != -1 ? url.getPort()
                : "https".equals(url.getScheme()) ? 443 : 80);
    }

    private static SSLContext sslContext(OpenSearchSettings settings) {
        try {
            SSLContextBuilder builder = SSLContexts.custom();
            if (settings.trustStore().isPresent()) {
                builder.loadTrustMaterial(settings.trustStore().get(),
                        settings.trustStorePassword().map(String::toCharArray).orElse(null));
            } else if (settings.caFile().isPresent()) {
                builder.loadTrustMaterial(caTrustStore(settings), null);
            } else {
                return SSLContext.getDefault();
            }
            return builder.build();
        } catch (IOException | GeneralSecurityException e) {
            String variable = settings.trustStore().isPresent() ? OpenSearchSettings.TRUSTSTORE
                    : OpenSearchSettings.CA_FILE;
            throw new ConfigException(variable, null, "cannot load the trust material: "
                    + e.getMessage());
        }
    }

    private static KeyStore caTrustStore(OpenSearchSettings settings) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(settings.caFile().orElseThrow())) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no PEM certificate in the file");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        return store;
    }
}
