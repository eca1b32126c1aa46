package io.newsflow.enrich;

import io.newsflow.events.PageKeys;
import io.newsflow.events.Extraction;
import io.newsflow.events.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Builds {@link Page}s the way ingest would, and reads text fixtures, for enrich's tests. */
public final class TestPages {

    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private TestPages() {
    }

    public static Page page(String url, String title, String text, Instant publishedAt) {
        String host = URI.create(url).getHost();
        return new Page(PageKeys.id(url), url, url, host, host, title, null, publishedAt, "meta", "en", text, List.of(),
                PageKeys.contentHash(text), publishedAt, publishedAt, "http",
                new Extraction("test", 1.0));
    }

    public static String fixture(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/io/newsflow/enrich/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
