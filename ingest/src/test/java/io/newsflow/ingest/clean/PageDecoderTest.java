package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    @Test
    void aTextIsDecodedAsItsUtf8BytesWouldBe() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "<p>plain</p>", "<p>é 東京 😀</p>",
                "\uFEFF<p>after a byte-order mark</p>",
                "<meta charset=\"iso-8859-1\"><p>replaced \uFFFD\uFFFD characters</p>",
                "<p>a few \uFFFD in long text</p>" + "x".repeat(5_000),
                "<p>lone \uD800 high and \uDC00 low surrogates, a pair 😀 and a lone one at the end \uD83D",
                "<p>a pair 😀 first, then a lone low surrogate \uDC00 and pairs 😀😀</p>",
                "%PDF-1.7 binary", "\u0089PNG", "GIF89a", "PK\u0003\u0004", "\u001f\u008b",
                "\u0001\u0002\u0003\u0004 control characters \u0005\u0006", "Investorâ€™s double-encoded"));
        Optional<Path> pages = SharedData.find("data/extract-dev/pages");
        if (pages.isPresent()) {
            try (Stream<Path> files = Files.list(pages.get())) {
                for (Path file : files.sorted().limit(200).toList()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        for (String text : texts) {
            assertEquals(outcome(() -> PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)),
                    outcome(() -> PageDecoder.decode(text)), text.length() > 200 ? text.substring(0, 200) : text);
        }
    }

    @Test
    void aTextsSizeIsItsUtf8BytesCount() {
        for (String text : List.of("", "plain", "é 東京 😀", "lone \uD800 and \uDC00, end \uD83D", "\uD83D\uDE00\uD83D")) {
            ScrapedPage page = ScrapedPage.ofString("https://example.org/", text, ScrapedPage.Kind.HTML, null, "http");
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            assertEquals(bytes, page.size(), text);
            assertEquals(bytes > 5, page.isLargerThan(5), text);
        }
    }

    private interface Decoding {
        String run() throws PageRejectedException;
    }

    /** The decoded text, or the rejection's reason and message. */
    private static String outcome(Decoding decoding) {
        try {
            return "text: " + decoding.run();
        } catch (PageRejectedException e) {
            return "rejected " + e.reason() + ": " + e.getMessage();
        }
    }
}
