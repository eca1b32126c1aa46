package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's API examples are what the service answers: each fenced {@code http} block holding a request is sent
 * to a running ingest service (on the test kit's Kafka broker), and the next {@code http} block, a status line,
 * headers and a JSON body, is compared with the answer: the status, each header shown, and the JSON structurally
 * (the same fields, any order). In the README, {@code …} stands for what varies (an id): as a whole string value it
 * matches any value, inside a string any text; {@code $INGEST_API_TOKEN} is the service's token.
 */
@ExtendWith(LocalKafkaExtension.class)
class ReadmeApiExamplesIT {

    private static final Path README = Path.of("..", "README.md");
    private static final String TOKEN = "readme-example-token";
    private static final String ANY = "…";
    private static final Pattern HTTP_BLOCK = Pattern.compile("(?ms)^```http\\n(.*?)^```$");
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private static IngestService service;

    /** One example: the request block, the response block, and where the request starts in the README. */
    private record Example(int line, String request, String response) {
    }

    @BeforeAll
    static void startService(LocalKafka kafka) {
        IngestFixture.createTopics(kafka);
        service = IngestService.start(IngestFixture.config(kafka.bootstrapServers(), Map.of(
                "INGEST_API_TOKEN", TOKEN,
                "INGEST_CONSUME_RAW", "false")));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyApiExampleInTheReadmeIsWhatTheServiceAnswers() throws IOException {
        List<Example> examples = examples(Files.readString(README));
        // the README shows an accepted page, a batch, and at least one of each client fault
        assertTrue(examples.size() >= 8, "the README's API section has its examples: " + examples.size());
        Set<Integer> statuses = new TreeSet<>();
        List<String> mismatches = new ArrayList<>();
        for (Example example : examples) {
            HttpResponse<String> answer = IngestFixture.send(request(example.request()));
            statuses.add(answer.statusCode());
            String problem = compare(example.response(), answer);
            if (problem != null) {
                mismatches.add("README line " + example.line() + " (" + example.request().lines().findFirst()
                        .orElse("") + "): " + problem + "\n  answer: " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(statuses.containsAll(Set.of(202, 400, 401, 415, 422)), "statuses shown: " + statuses);
    }

    private static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher m = HTTP_BLOCK.matcher(readme);
        String request = null;
        int requestLine = 0;
        while (m.find()) {
            String block = m.group(1);
            int line = (int) readme.substring(0, m.start()).lines().count() + 1;
            if (block.startsWith("HTTP/")) {
                if (request == null) {
                    fail("README line " + line + ": a response block without a request block before it");
                }
                examples.add(new Example(requestLine, request, block));
                request = null;
            } else {
                if (request != null) {
                    fail("README line " + requestLine + ": a request block without its response block");
                }
                request = block;
                requestLine = line;
            }
        }
        return examples;
    }

    /** A block: first line, headers up to a blank line, then the body (without the block's last line end). */
    private record Message(String start, Map<String, String> headers, String body) {

        static Message of(String block) {
            String[] lines = block.split("\n", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            int i = 1;
            for (; i < lines.length && !lines[i].isEmpty(); i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            StringBuilder body = new StringBuilder();
            for (int j = i + 1; j < lines.length; j++) {
                body.append(lines[j]).append(j < lines.length - 1 ? "\n" : "");
            }
            return new Message(lines[0], headers, body.toString().stripTrailing());
        }
    }

    private static HttpRequest request(String block) {
        Message message = Message.of(block);
        String[] start = message.start().split(" ");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort()
                        + start[1])).timeout(IngestFixture.HTTP_TIMEOUT)
                .method(start[0], message.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(message.body() + (message.headers().getOrDefault(
                                "Content-Type", "").contains("ndjson") ? "\n" : "")));
        message.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value.replace("$INGEST_API_TOKEN", TOKEN));
            }
        });
        return request.build();
    }

    /** Null when {@code answer} is what the response block shows, else what differs. */
    private static String compare(String block, HttpResponse<String> answer) {
        Message expected = Message.of(block);
        int status = Integer.parseInt(expected.start().split(" ")[1]);
        if (status != answer.statusCode()) {
            return "status " + answer.statusCode() + ", the README shows " + status;
        }
        for (Map.Entry<String, String> header : expected.headers().entrySet()) {
            String actual = answer.headers().firstValue(header.getKey()).orElse(null);
            if (actual == null || !matches(header.getValue(), actual)) {
                return "header " + header.getKey() + ": " + actual + ", the README shows " + header.getValue();
            }
        }
        return differences("", IngestFixture.json(expected.body()), IngestFixture.json(answer.body()));
    }

    private static String differences(String at, JsonNode expected, JsonNode actual) {
        if (expected.isTextual() && actual.isTextual()) {
            return matches(expected.asText(), actual.asText()) ? null
                    : at + ": \"" + actual.asText() + "\", the README shows \"" + expected.asText() + "\"";
        }
        if (expected.isTextual() && expected.asText().equals(ANY)) {
            return null;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return at + ": " + actual + ", the README shows " + expected;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            Set<String> actualNames = new TreeSet<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (!names.equals(actualNames)) {
                return at + ": fields " + actualNames + ", the README shows " + names;
            }
            for (String name : names) {
                String difference = differences(at + "/" + name, expected.get(name), actual.get(name));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return at + ": " + actual.size() + " items, the README shows " + expected.size();
            }
            Iterator<JsonNode> a = actual.elements();
            int i = 0;
            for (JsonNode e : expected) {
                String difference = differences(at + "/" + i++, e, a.next());
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at + ": " + actual + ", the README shows " + expected;
    }

    /** {@code actual} equals {@code expected}, where each {@code …} in it stands for any text. */
    private static boolean matches(String expected, String actual) {
        String regex = Arrays.stream(expected.split(ANY, -1)).map(Pattern::quote)
                .collect(Collectors.joining("(?s:.*)"));
        return Pattern.matches(regex, actual);
    }
}
