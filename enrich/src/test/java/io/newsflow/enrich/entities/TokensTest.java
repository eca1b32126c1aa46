package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written token scanner finds exactly the tokens of the regular expression that defines them; spans
 * collapse whitespace as {@code replaceAll("\\s+", " ")} does.
 */
class TokensTest {

    private static final Pattern TOKEN = Pattern.compile(Tokens.TOKEN);

    @Test
    void tokensAreTheRegularExpressionsMatchesOnTrickyText() {
        List<String> texts = List.of(
                "U.S. President Joe Biden met U.N. chief António Guterres in Washington, D.C., on Monday.",
                "See https://example.org/a?b=1 and www.example.com/x, or write to @newsflow_bot #Election2026.",
                "Mr. O'Brien's firm, Smith & Wesson, paid $1,200.50 (3:45 p.m.) on 12/05/2026 — e.g. a.b. x.",
                "Ünïcödé naïve café Ⅻ ½ ٣٤ ߀ 𝒜𝒷𝒸 𝟙𝟚 e\u0301 a\u20DD\u00A0b\u2003c rock-'n'-roll AT&T -x 'y ’s",
                "www. http:// https:// @ # @_ #-1 ... U.S.A.B. I.e A.", "Korea’s Samsung's  \t\r\n\u000B\f end.",
                "\uD800 lone \uDC00 surrogates 1.2.3 4,5, 6:7: 8/ /9 x-y- z&&w",
                "Britain 's Damon Hill , the 'sun' 's 'st 's1 ’s ' s");
        for (String text : texts) {
            assertSameTokens(text);
        }
    }

    @Test
    void aPossessiveWrittenApartIsOneTokenAsOneWrittenOnIs() {
        assertEquals(List.of("Britain", "'s", "Damon", "Hill"),
                Tokens.split("Britain 's Damon Hill").stream().map(Tokens.Token::text).toList());
        assertEquals(List.of("Britain", "'s", "Damon", "Hill"),
                Tokens.split("Britain's Damon Hill").stream().map(Tokens.Token::text).toList());
        assertEquals(List.of("'", "sun", "'"), Tokens.split("'sun'").stream().map(Tokens.Token::text).toList());
    }

    @Test
    void tokensAreTheRegularExpressionsMatchesOnRandomText() {
        String alphabet = "aZé\u0301 .,:/-'’&@#_1٣½Ⅻwh tps\n\t\u00A0U.S𝒜\uD800";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(20) == 0) {
                    text.append(List.of("http://", "https://", "www.", "U.S.", "e.g.").get(random.nextInt(5)));
                }
            }
            assertSameTokens(text.toString());
        }
    }

    @Test
    void tokensAreTheRegularExpressionsMatchesOnTheSharedTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        Optional<Path> truth = SharedData.find("data/extract-dev/truth.jsonl");
        if (truth.isPresent()) {
            for (String line : Files.readAllLines(truth.get(), StandardCharsets.UTF_8)) {
                JsonNode doc = Json.mapper().readTree(line);
                texts.add(doc.path("title").asText("") + "\n" + doc.path("text").asText(""));
            }
        }
        Optional<Path> seeds = SharedData.find("seeds");
        if (seeds.isPresent()) {
            try (Stream<Path> files = Files.list(seeds.get())) {
                for (Path file : files.toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(texts.isEmpty(), "../shared is not there");
        for (String text : texts) {
            assertSameTokens(text);
        }
    }

    @Test
    void spansCollapseWhitespaceAsTheRegularExpressionDoes() {
        Random random = new Random(7);
        String alphabet = "ab. \t\n\u000B\f\r\u00A0\u2003";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String s = text.toString();
            assertEquals(s.substring(from, to).replaceAll("\\s+", " "), TokenSpans.collapsed(s, from, to),
                    () -> "[" + from + ", " + to + ") of \"" + s + "\"");
        }
    }

    private static void assertSameTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        int start = 0;
        while (true) {
            while (start < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            boolean found = m.find();
            if (start >= text.length()) {
                assertFalse(found, () -> "the expression finds " + m.group() + " at " + m.start() + " of " + text);
                break;
            }
            assertTrue(found, "the scanner finds a token at " + start + " of " + text);
            assertEquals(m.start(), start, text);
            int end = Tokens.tokenEnd(text, start);
            assertEquals(m.group(), text.substring(start, end), "at " + start + " of " + text);
            start = end;
        }
    }
}
