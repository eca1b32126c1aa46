package io.newsflow.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one OpenSearch node of the integration-test JVM: started on first use, stopped when the JVM exits. */
public final class SharedOpenSearch {

    private static LocalOpenSearch node;

    private SharedOpenSearch() {
    }

    public static synchronized LocalOpenSearch node() {
        if (node == null) {
            try {
                node = LocalOpenSearch.start(LocalOpenSearch.Options.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalOpenSearch started = node;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-opensearch-close"));
        }
        return node;
    }
}
