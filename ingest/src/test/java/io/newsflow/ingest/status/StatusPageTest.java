package io.newsflow.ingest.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.service.management.ManagementEndpoints.Answer;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.service.status.StatusSnapshot.Figure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StatusPageTest {

    // never started: no request to the page waits for Kafka, so none is needed here
    private static final StatusPage PAGE_UNDER_TEST = new StatusPage(new PipelineStatus.Settings(kafka(),
            "newsflow-enrich", "newsflow-index", Duration.ofSeconds(2)), new SimpleMeterRegistry());

    @AfterAll
    static void close() {
        PAGE_UNDER_TEST.close();
    }

    @Test
    void theScriptWritesTextNeverMarkup() {
        String script = text(PAGE_UNDER_TEST.answer("GET", StatusPage.SCRIPT));
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "setAttribute('href'", "setAttribute(\"href\"")) {
            assertFalse(script.contains(sink), "status.js must not use " + sink + ": every stored text is untrusted");
        }
        assertTrue(script.contains("textContent"));
        // a link is made only from an http(s) address, never javascript: or data:
        assertTrue(Pattern.compile("/\\^https\\?:").matcher(script).find(), "links are limited to http(s)");
    }

    @Test
    void thePageLoadsNothingFromElsewhereAndRunsNoInlineScript() {
        Document html = Jsoup.parse(text(PAGE_UNDER_TEST.answer("GET", StatusPage.PAGE)));
        for (Element element : html.select("[src], [href]")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            assertFalse(address.contains(":") || address.startsWith("/"),
                    "a relative address on this server: " + element);
        }
        for (Element script : html.select("script")) {
            assertTrue(script.data().isBlank(), "no inline script (the policy forbids it): " + script);
        }
        assertTrue(html.select("[style], [onload], [onclick], [onerror]").isEmpty(), "no inline style or handler");
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (String path : StatusPage.PATHS) {
            Answer answer = PAGE_UNDER_TEST.answer("GET", path);
            assertEquals(200, answer.status(), path);
            String policy = answer.headers().get("Content-Security-Policy");
            assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
                    && !policy.contains("unsafe"), path + ": " + policy);
            assertEquals("nosniff", answer.headers().get("X-Content-Type-Options"));
        }
        assertEquals("application/json", PAGE_UNDER_TEST.answer("GET", StatusPage.JSON_PATH).contentType());
    }

    @Test
    void onlyGetAndHeadAreAnswered() {
        Answer answer = PAGE_UNDER_TEST.answer("POST", StatusPage.JSON_PATH);
        assertEquals(405, answer.status());
        assertEquals("GET, HEAD", answer.headers().get("Allow"));
        assertEquals(200, PAGE_UNDER_TEST.answer("HEAD", StatusPage.PAGE).status());
    }

    @Test
    void ingestsPagesAddUpWhateverTheSourceOrReason() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Counter.builder("ingest.pages.published").tag("source", "http").register(registry).increment(5);
        Counter.builder("ingest.pages.published").tag("source", "file").register(registry).increment(2);
        Counter.builder("ingest.pages.rejected").tag("source", "http").tag("reason", "no_content").register(registry)
                .increment(3);
        Counter.builder("ingest.pages.rejected").tag("source", "kafka").tag("reason", "too_large").register(registry)
                .increment();
        Counter.builder("ingest.pages.failed").tag("source", "http").register(registry).increment();
        List<Figure> figures = StatusPage.ingestFigures(registry);
        assertEquals(List.of("received", "accepted", "rejected", "failed"), figures.stream().map(Figure::key).toList());
        assertEquals(List.of(12L, 7L, 4L, 1L), figures.stream().map(Figure::count).toList());
    }

    private static Properties kafka() {
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:9");
        return props;
    }

    private static String text(Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
