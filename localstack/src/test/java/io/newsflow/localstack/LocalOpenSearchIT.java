package io.newsflow.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Json;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalOpenSearchIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static LocalOpenSearch node;

    @BeforeAll
    static void startNode() {
        node = LocalOpenSearch.start(LocalOpenSearch.Options.defaults());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void answersOnLoopbackWithThePinnedVersion() throws Exception {
        String body = get(node.url() + "/");
        assertTrue(body.contains("\"number\" : \"3.6.0\""), body);
        assertTrue(node.url().startsWith("http://127.0.0.1:"), node.url());
    }

    @Test
    void nodeProcessDoesNotRunAsRoot() throws Exception {
        String pid = Json.mapper().readTree(get(node.url() + "/_nodes/_local/process")).path("nodes").elements()
                .next().path("process").path("id").asText();
        int uid = (Integer) Files.getAttribute(Path.of("/proc", pid), "unix:uid");
        assertNotEquals(0, uid);
    }

    @Test
    void keepsIndexedDocumentsAcrossARestartOnTheSamePort() throws Exception {
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/kept/_doc/1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"survives a restart\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, put.statusCode(), put.body());

        node.stop();
        assertTrue(!node.isRunning());
        node.start();

        assertTrue(get(node.url() + "/kept/_doc/1").contains("survives a restart"));
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalStackException e = assertThrows(LocalStackException.class, () -> LocalOpenSearch.start(
                    LocalOpenSearch.Options.defaults().port(taken.getLocalPort())));
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                    e.getMessage());
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
