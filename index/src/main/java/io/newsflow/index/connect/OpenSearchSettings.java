package io.newsflow.index.connect;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach OpenSearch, read once from the environment:
 * <ul>
 *   <li>{@code OPENSEARCH_URL}: one or more comma-separated {@code http(s)://host:port} node URLs
 *       (default {@code http://localhost:9200});</li>
 *   <li>{@code OPENSEARCH_USERNAME}, {@code OPENSEARCH_PASSWORD} (or {@code OPENSEARCH_PASSWORD_FILE}): basic
 *       authentication, both or neither;</li>
 *   <li>{@code OPENSEARCH_TRUSTSTORE} (PKCS12 or JKS) with {@code OPENSEARCH_TRUSTSTORE_PASSWORD}
 *       (or {@code _FILE}), or {@code OPENSEARCH_CA_FILE} (PEM certificates): whom to trust over HTTPS
 *       instead of the JVM's default trust.</li>
 * </ul>
 * Immutable.
 */
public record OpenSearchSettings(List<URI> urls, Optional<String> username, Optional<String> password,
                                 Optional<Path> trustStore, Optional<String> trustStorePassword,
                                 Optional<Path> caFile) {

    public static final String URL = "OPENSEARCH_URL";
    public static final String USERNAME = "OPENSEARCH_USERNAME";
    public static final String PASSWORD = "OPENSEARCH_PASSWORD";
    public static final String TRUSTSTORE = "OPENSEARCH_TRUSTSTORE";
    public static final String TRUSTSTORE_PASSWORD = "OPENSEARCH_TRUSTSTORE_PASSWORD";
    public static final String CA_FILE = "OPENSEARCH_CA_FILE";
    /** Every variable {@link #fromEnv} reads; each may also be given as {@code <NAME>_FILE}. */
    public static final Set<String> VARIABLES = Set.of(URL, USERNAME, PASSWORD, TRUSTSTORE, TRUSTSTORE_PASSWORD,
            CA_FILE);

    public OpenSearchSettings {
        urls = List.copyOf(urls);
    }

    /** Plain HTTP to the given URL, no authentication: the local stack. */
    public static OpenSearchSettings of(String url) {
        return fromEnv(new Env(Map.of(URL, url)));
    }

    /** @throws ConfigException naming the variable that is malformed, missing its partner, or unreadable */
    public static OpenSearchSettings fromEnv(Env env) {
        List<URI> urls = new ArrayList<>();
        String raw = env.get(URL, "http://localhost:9200");
        for (String part : raw.split(",")) {
            urls.add(parseUrl(part.trim(), raw));
        }
        Optional<String> username = env.get(USERNAME);
        Optional<String> password = env.get(PASSWORD);
        if (username.isPresent() != password.isPresent()) {
            String missing = username.isPresent() ? PASSWORD : USERNAME;
            throw new ConfigException(missing, null, "is required when "
                    + (username.isPresent() ? USERNAME : PASSWORD) + " is set");
        }
        Optional<Path> trustStore = env.get(TRUSTSTORE).map(p -> readableFile(TRUSTSTORE, p));
        Optional<Path> caFile = env.get(CA_FILE).map(p -> readableFile(CA_FILE, p));
        if (trustStore.isPresent() && caFile.isPresent()) {
            throw new ConfigException(CA_FILE, caFile.get().toString(), "set either " + TRUSTSTORE + " or " + CA_FILE
                    + ", not both");
        }
        return new OpenSearchSettings(urls, username, password, trustStore, env.get(TRUSTSTORE_PASSWORD), caFile);
    }

    private static URI parseUrl(String url, String raw) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException(URL, raw, "each URL must be http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(URL, raw, "not a URL: " + e.getMessage());
        }
    }

    private static Path readableFile(String variable, String path) {
        Path file = Path.of(path);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new ConfigException(variable, path, "not a readable file");
        }
        return file;
    }

    /** The URLs as shown to people: no credentials ever appear. */
    @Override
    public String toString() {
        return "OpenSearchSettings" + urls + (username.isPresent() ? " as " + username.get() : "");
    }
}
