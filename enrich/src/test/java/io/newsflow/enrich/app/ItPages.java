package io.newsflow.enrich.app;

import io.newsflow.events.PageKeys;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.testkit.SharedData;
import io.newsflow.events.Extraction;
import io.newsflow.events.Json;
import io.newsflow.events.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages as ingest would publish them, and the shared texts the enrich integration tests use. */
final class ItPages {

    private ItPages() {
    }

    static Page page(String url, String title, String text, Instant publishedAt) {
        String host = URI.create(url).getHost();
        return new Page(PageKeys.id(url), url, url, host, host, title, null, publishedAt, "meta", "en", text, List.of(),
                PageKeys.contentHash(text), publishedAt, publishedAt, "http",
                new Extraction("test", 1.0));
    }

    /** A file or directory under the shared data next to the repository ({@code ../shared}), if present. */
    static Optional<Path> shared(String relative) {
        return SharedData.find(relative);
    }

    /** Article texts of at least 150 words from the extract-dev truth file, from index {@code from}. */
    static List<String> articleTexts(Path truth, int from, int count) {
        List<String> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
                JsonNode n = Json.mapper().readTree(line);
                String text = n.path("text").asText("");
                if (text.split("\\s+").length >= 150 && text.split("\n\n").length >= 3) {
                    texts.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(texts.subList(from, Math.min(texts.size(), from + count)));
    }

}
