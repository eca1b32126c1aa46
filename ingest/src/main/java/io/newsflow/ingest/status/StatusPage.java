package io.newsflow.ingest.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.events.Json;
import io.newsflow.service.management.ManagementEndpoints.Answer;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.service.status.StatusSnapshot;
import io.newsflow.service.status.StatusSnapshot.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live status page on the ingest port: {@code GET /} (HTML), its script and style sheet, and
 * {@code GET /v1/status} (the figures as JSON, which the page polls every two seconds). The figures are
 * {@link PipelineStatus}'s last sample plus ingest's own counters; a request never waits for Kafka.
 *
 * <p>The page is static and loads nothing from elsewhere; its script writes every text with {@code textContent},
 * so a title that looks like markup shows as text. Every answer carries a Content-Security-Policy that allows only
 * this origin's script, style and fetches. The page needs no token: like {@code /metrics} it is read-only and
 * shows counts and the titles of published stories, no page content.
 *
 * <p>Thread-safe.
 */
public final class StatusPage implements AutoCloseable {

    public static final String PAGE = "/";
    public static final String SCRIPT = "/status.js";
    public static final String STYLE = "/status.css";
    public static final String JSON_PATH = "/v1/status";
    /** The paths {@link #answer} serves. */
    public static final Set<String> PATHS = Set.of(PAGE, SCRIPT, STYLE, JSON_PATH);

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
                    + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");

    private final PipelineStatus status;
    private final byte[] html = resource("status.html");
    private final byte[] script = resource("status.js");
    private final byte[] style = resource("status.css");

    /**
     * @param settings where the pipeline's figures come from
     * @param registry ingest's metrics, whose page counters the ingest stage shows
     */
    public StatusPage(PipelineStatus.Settings settings, MeterRegistry registry) {
        this.status = new PipelineStatus(settings, "ingest", () -> ingestFigures(registry));
    }

    /** Starts sampling. */
    public void start() {
        status.start();
    }

    /**
     * Ingest's pages as this instance counted them: received = accepted + rejected + not acknowledged, from every
     * source (HTTP, {@code pages.raw}, files).
     */
    static List<Figure> ingestFigures(MeterRegistry registry) {
        long accepted = total(registry, "ingest.pages.published");
        long rejected = total(registry, "ingest.pages.rejected");
        long failed = total(registry, "ingest.pages.failed");
        return List.of(
                new Figure("received", "pages received", accepted + rejected + failed, 0),
                new Figure("accepted", "accepted", accepted, 0),
                new Figure("rejected", "rejected", rejected, 0),
                new Figure("failed", "not acknowledged by Kafka", failed, 0));
    }

    private static long total(MeterRegistry registry, String counter) {
        return (long) registry.find(counter).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The figures as {@code GET /v1/status} serves them. */
    public StatusSnapshot snapshot() {
        return status.snapshot();
    }

    /** Answers {@code method} on one of {@link #PATHS}: GET and HEAD only. */
    public Answer answer(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            byte[] body = Json.mapper().createObjectNode().put("error", "method_not_allowed")
                    .put("message", method + " is not allowed here; use GET").toString()
                    .getBytes(StandardCharsets.UTF_8);
            return new Answer(405, "application/json", body, Map.of("Allow", "GET, HEAD"));
        }
        return switch (path) {
            case PAGE -> new Answer(200, "text/html; charset=utf-8", html, HEADERS);
            case SCRIPT -> new Answer(200, "text/javascript; charset=utf-8", script, HEADERS);
            case STYLE -> new Answer(200, "text/css; charset=utf-8", style, HEADERS);
            case JSON_PATH -> new Answer(200, "application/json", json(status.snapshot()), HEADERS);
            default -> throw new IllegalArgumentException("not a status page path: " + path);
        };
    }

    static byte[] json(StatusSnapshot snapshot) {
        try {
            return Json.mapper().writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the status cannot be written as JSON", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = StatusPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + StatusPage.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        status.close();
    }
}
