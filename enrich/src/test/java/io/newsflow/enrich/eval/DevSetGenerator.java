package io.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a labelled de-duplication development set from real article texts (the extract-dev truth file):
 * syndication-style copies of each original (other boilerplate, other credit, a headline in the body, light word
 * edits, dropped paragraphs, truncation to half or to the lead, several at once) labelled 1 against the original
 * and each other, and hard negatives labelled 0: the same template with other figures a day later, related stories
 * that quote a paragraph of another, the same text far outside the window, and pairs of different articles.
 * Deterministic for a seed. Writes {@code docs.jsonl} and {@code pairs.tsv} for {@code dedup-eval}.
 */
final class DevSetGenerator {

    private static final Instant BASE = Instant.parse("2025-01-06T06:00:00Z");
    private static final List<String> BOILERPLATE = List.of("Advertisement", "Share this article",
            "Sign up for our morning newsletter", "Follow us on social media", "Most read", "Related stories",
            "Click here to subscribe", "© 2025 All rights reserved", "Read more", "Comments are closed");
    private static final List<String> CREDITS = List.of("(AP)", "(Reuters)", "(AFP)", "(Yonhap)", "— Staff and agencies",
            "Reporting by the newsroom; editing by the desk");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String[][] SWAPS = {{" said ", " says "}, {" the ", " a "}, {" and ", " as well as "},
            {" but ", " however "}, {" also ", " "}, {" very ", " "}, {" will ", " would "}, {" is ", " was "}};

    private final Random random;
    private final List<ObjectNode> docs = new ArrayList<>();
    private final List<String> pairs = new ArrayList<>();

    DevSetGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Generates the set from at most {@code originals} truth texts of at least 120 words. */
    void generate(Path truth, int originals) throws IOException {
        List<JsonNode> texts = new ArrayList<>();
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            JsonNode n = Json.mapper().readTree(line);
            String text = n.path("text").asText("");
            if (text.split("\\s+").length >= 120 && text.split("\n\n").length >= 3) {
                texts.add(n);
            }
        }
        for (int i = 0; i < Math.min(originals, texts.size()); i++) {
            JsonNode src = texts.get(i);
            String id = "d" + i;
            Instant at = BASE.plus(Duration.ofHours(7L * i));
            String text = src.get("text").asText();
            String title = src.path("title").asText("");
            if (i % 10 == 9 && i > 0) {
                // a related story: another article that quotes a paragraph of the previous original
                String[] quoted = texts.get(i - 1).get("text").asText().split("\n\n");
                List<String> paras = new ArrayList<>(List.of(text.split("\n\n")));
                paras.add(Math.min(1, paras.size()), quoted[Math.min(1, quoted.length - 1)]);
                text = String.join("\n\n", paras);
                add(id, src.path("url").asText(), title, text, at);
                pairs.add("d" + (i - 1) + "\t" + id + "\t0");
                continue;
            }
            add(id, src.path("url").asText(), title, text, at);
            List<String> cluster = new ArrayList<>(List.of(id));
            int copies = random.nextInt(4);
            for (int c = 0; c < copies; c++) {
                String copyId = id + "c" + c;
                add(copyId, "https://copy" + c + ".example/" + id, rewriteTitle(title), copy(text),
                        at.plus(Duration.ofMinutes(30 + random.nextInt(60 * 48))));
                cluster.add(copyId);
            }
            for (int a = 0; a < cluster.size(); a++) {
                for (int b = a + 1; b < cluster.size(); b++) {
                    pairs.add(cluster.get(a) + "\t" + cluster.get(b) + "\t1");
                }
            }
            Matcher m = NUMBER.matcher(text);
            long numbers = m.results().count();
            if (numbers >= 4 && numbers * 40 >= text.split("\\s+").length && i % 3 == 0) {
                // a figure-dense report: the same template with other figures, a day later
                String next = NUMBER.matcher(text).replaceAll(r -> Integer.toString(Integer.parseInt(
                        r.group().length() > 6 ? r.group().substring(0, 6) : r.group()) + 1 + random.nextInt(9)));
                add(id + "t", src.path("url").asText() + "?edition=next", title, next, at.plus(Duration.ofDays(1)));
                pairs.add(id + "\t" + id + "t\t0");
            }
            if (i % 7 == 0) {
                // the same text far outside the window: a recurring report, a new article
                add(id + "r", src.path("url").asText() + "?year=next", title, text, at.plus(Duration.ofDays(60)));
                pairs.add(id + "\t" + id + "r\t0");
            }
            if (i > 0) {
                pairs.add("d" + (i - 1) + "\t" + id + "\t0");
            }
        }
    }

    private String copy(String text) {
        List<String> paras = new ArrayList<>(List.of(text.split("\n\n")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(7)) {
                case 0 -> {
                    paras.add(0, pick(BOILERPLATE));
                    paras.add(pick(BOILERPLATE) + "\n\n" + pick(BOILERPLATE));
                }
                case 1 -> paras.add(pick(CREDITS));
                case 2 -> paras.add(0, rewriteTitle(paras.get(0).split("[.!?]")[0]));
                case 3 -> paras.replaceAll(this::lightEdit);
                case 4 -> {
                    if (paras.size() >= 4) {
                        paras.remove(1 + random.nextInt(paras.size() - 2));
                    }
                }
                case 5 -> paras = new ArrayList<>(paras.subList(0, Math.max(1, (paras.size() + 1) / 2)));
                default -> {
                    // the lead: whole paragraphs up to some thirty words, as a wire summary keeps
                    int lead = 0;
                    int words = 0;
                    while (lead < paras.size() && words < 30) {
                        words += paras.get(lead++).split("\\s+").length;
                    }
                    paras = new ArrayList<>(paras.subList(0, lead));
                }
            }
        }
        return String.join("\n\n", paras);
    }

    private String lightEdit(String paragraph) {
        String out = paragraph;
        for (String[] swap : SWAPS) {
            if (random.nextInt(4) == 0) {
                out = out.replaceFirst(Pattern.quote(swap[0]), Matcher.quoteReplacement(swap[1]));
            }
        }
        return out;
    }

    private String rewriteTitle(String title) {
        List<String> words = new ArrayList<>(Arrays.asList(title.split("\\s+")));
        if (words.size() > 3) {
            words.remove(random.nextInt(words.size()));
        }
        return (random.nextBoolean() ? "UPDATE: " : "") + String.join(" ", words);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void add(String id, String url, String title, String text, Instant publishedAt) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id);
        n.put("url", url);
        n.put("title", title);
        n.put("text", text);
        n.put("published_at", publishedAt.toString());
        docs.add(n);
    }

    long positives() {
        return pairs.stream().filter(p -> p.endsWith("\t1")).count();
    }

    int pairCount() {
        return pairs.size();
    }

    void write(Path docsFile, Path pairsFile) throws IOException {
        Files.createDirectories(docsFile.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(docsFile, StandardCharsets.UTF_8)) {
            for (ObjectNode d : docs) {
                w.write(Json.mapper().writeValueAsString(d));
                w.newLine();
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(pairsFile, StandardCharsets.UTF_8)) {
            w.write("id_a\tid_b\tlabel");
            w.newLine();
            for (String p : pairs) {
                w.write(p);
                w.newLine();
            }
        }
    }
}
