package io.newsflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.service.config.Env;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestHttpServerTest {

    private static IngestConfig config(String host, String token) {
        Map<String, String> env = new HashMap<>();
        if (host != null) {
            env.put(IngestConfig.INGEST_HTTP_HOST, host);
        }
        if (token != null) {
            env.put(IngestConfig.INGEST_API_TOKEN, token);
        }
        return IngestConfig.from(new Env(env));
    }

    @Test
    void anApiWithoutTokenOnEveryInterfaceIsFlaggedAtStart() {
        assertTrue(IngestHttpServer.openWithoutToken(config("0.0.0.0", null)));
        assertTrue(IngestHttpServer.openWithoutToken(config("::", null)));
    }

    @Test
    void loopbackOrATokenIsNotFlagged() {
        assertFalse(IngestHttpServer.openWithoutToken(config(null, null)), "the default binds loopback");
        assertFalse(IngestHttpServer.openWithoutToken(config("127.0.0.1", null)));
        assertFalse(IngestHttpServer.openWithoutToken(config("localhost", null)));
        assertFalse(IngestHttpServer.openWithoutToken(config("0.0.0.0", "secret")));
    }
}
