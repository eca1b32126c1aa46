package io.newsflow.enrich.entities;

import io.newsflow.testkit.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.entities.training.NerCorpus;
import io.newsflow.enrich.entities.training.NerCorpus.Document;
import io.newsflow.enrich.entities.training.NerCorpus.Sentence;
import io.newsflow.events.Entities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Entity quality on the held-out slice of {@code ../shared/data/ner} (see {@link NerCorpus}), scored the way the
 * issue scores the newswire benchmark: per document and type, the set of names; a found name is right when it and a
 * gold name of the same type contain one another as whole words ("Clinton" and "Bill Clinton"), ignoring case; a
 * gold name that is a known spelling counts as its canonical name ("U.N." = "United Nations"), as the extractor
 * reports it.
 * Skipped when the shared data is absent. Writes each document's misses to {@code target/entities-held-out.txt}.
 */
class HeldOutQualityTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[,.;:!?)\\]%]|'s|’s|n't|'|''");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Floors under what the shipped extractor measures here (micro F1 0.788; people 0.852, organisations 0.737,
     * locations 0.785; the gazetteer-and-rules extractor before the name finder: 0.410). This slice (Wikipedia articles
     * on bands and parishes, news outlets' tweets, government statements) is harder than the newswire benchmark that
     * issue 14's targets (micro 0.80, every type 0.70) are set on, which the project does not hold.
     */
    private static final double MICRO_FLOOR = 0.75;
    private static final double TYPE_FLOOR = 0.70;

    @Test
    void theHeldOutSliceStaysAboveTheMeasuredFloors() throws IOException {
        var dir = SharedData.find("data/ner");
        assumeTrue(dir.isPresent(), "shared NER data not present");
        List<Document> documents = NerCorpus.read(dir.get()).heldOut();
        EntityExtractor extractor = new EntityExtractor();
        // type, or "source type", -> {right among found, found, gold found, gold}
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[4]));
        StringBuilder misses = new StringBuilder();
        for (Document d : documents) {
            String text = text(d);
            Entities e = extractor.extract(text);
            Map<String, Set<String>> gold = gold(d);
            Map<String, List<String>> found = Map.of("PER", e.people(), "ORG", e.organizations(), "LOC", e.locations());
            misses.append("# ").append(d.file()).append(' ').append(d.index()).append('\n').append(text).append('\n');
            String source = d.file().startsWith("re3d-") ? "re3d" : d.file().replace(".conll", "");
            for (String type : TYPES) {
                int[] c = counts.get(type);
                int[] bySource = counts.computeIfAbsent(source + " " + type, k -> new int[4]);
                for (String f : found.get(type)) {
                    boolean right = gold.get(type).stream().anyMatch(g -> lenientMatch(f, g));
                    c[0] += right ? 1 : 0;
                    c[1]++;
                    bySource[0] += right ? 1 : 0;
                    bySource[1]++;
                    if (!right) {
                        misses.append("  wrong ").append(type).append(": ").append(f).append('\n');
                    }
                }
                for (String g : gold.get(type)) {
                    boolean hit = found.get(type).stream().anyMatch(f -> lenientMatch(f, g));
                    c[2] += hit ? 1 : 0;
                    c[3]++;
                    bySource[2] += hit ? 1 : 0;
                    bySource[3]++;
                    if (!hit) {
                        misses.append("  missed ").append(type).append(": ").append(g).append('\n');
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/entities-held-out.txt"), misses);
        int[] micro = new int[4];
        StringBuilder table = new StringBuilder("held-out documents=" + documents.size() + "\n");
        Map<String, Double> f1 = new LinkedHashMap<>();
        for (String type : TYPES) {
            int[] c = counts.get(type);
            for (int k = 0; k < 4; k++) {
                micro[k] += c[k];
            }
            f1.put(type, line(table, type, c));
        }
        f1.put("micro", line(table, "micro", micro));
        counts.entrySet().stream().filter(e -> e.getKey().contains(" "))
                .forEach(e -> line(table, e.getKey(), e.getValue()));
        System.out.print(table);
        assertTrue(f1.get("micro") >= MICRO_FLOOR, table.toString());
        for (String type : TYPES) {
            assertTrue(f1.get(type) >= TYPE_FLOOR, table.toString());
        }
    }

    private static double line(StringBuilder table, String label, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        table.append(String.format(Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f (found %d, gold %d)%n", label, p, r, f,
                c[1], c[3]));
        return f;
    }

    /** The document as running text: tokens joined the way they were written; re3d's lines stay lines. */
    static String text(Document d) {
        StringBuilder sb = new StringBuilder();
        String separator = d.file().startsWith("re3d-") ? "\n" : " ";
        for (Sentence s : d.sentences()) {
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            sb.append(join(s.tokens()));
        }
        return sb.toString();
    }

    private static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            boolean glue = sb.isEmpty() || NO_SPACE_BEFORE.matcher(t).matches()
                    || sb.charAt(sb.length() - 1) == '(' || sb.charAt(sb.length() - 1) == '$';
            if (!glue) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static Map<String, Set<String>> gold(Document d) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        TYPES.forEach(t -> gold.put(t, new LinkedHashSet<>()));
        for (Sentence s : d.sentences()) {
            List<String> tags = s.tags();
            for (int start = 0; start < tags.size(); start++) {
                if (tags.get(start).startsWith("B-")) {
                    int end = start + 1;
                    while (end < tags.size() && tags.get(end).startsWith("I-")) {
                        end++;
                    }
                    gold.get(tags.get(start).substring(2)).add(canonical(s.tokens().subList(start, end)));
                }
            }
        }
        return gold;
    }

    /** A gold name as the extractor reports it: a known spelling by its canonical name ("UK" = "United Kingdom"). */
    private static String canonical(List<String> tokens) {
        String name = join(tokens);
        Gazetteer.Entry known = GAZETTEER.lookup(Tokens.split(name).stream().map(Tokens.Token::text).toList());
        return known == null ? name : known.canonical();
    }

    /** Whether one name's words appear, in order and contiguous, in the other's. */
    static boolean lenientMatch(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        return !x.isEmpty() && !y.isEmpty() && (contains(x, y) || contains(y, x));
    }

    private static List<String> words(String name) {
        return new ArrayList<>(Arrays.stream(WORD.split(name.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .toList());
    }

    private static boolean contains(List<String> longer, List<String> shorter) {
        return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
    }
}
