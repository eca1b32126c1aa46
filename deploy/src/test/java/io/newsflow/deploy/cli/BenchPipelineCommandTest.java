package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code bench pipeline} refuses before starting anything, and how it reads latencies and the collector. */
class BenchPipelineCommandTest {

    @Test
    void aRunningStackNeedsBothAddressesAndOnePhase() {
        CliRun halfStack = CliRun.of("bench", "pipeline", "--pages", ".", "--ingest-url", "http://127.0.0.1:1");
        assertEquals(2, halfStack.exit());
        assertTrue(halfStack.err().contains("--ingest-url and --opensearch-url go together"), halfStack.err());

        CliRun bothPhases = CliRun.of("bench", "pipeline", "--pages", ".", "--ingest-url", "http://127.0.0.1:1",
                "--opensearch-url", "http://127.0.0.1:1");
        assertEquals(2, bothPhases.exit());
        assertTrue(bothPhases.err().contains("choose --only burst or --only paced"), bothPhases.err());
    }

    @Test
    void atLeastOneBurstIsMeasured() {
        CliRun none = CliRun.of("bench", "pipeline", "--pages", ".", "--bursts", "0");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--bursts must be 1 or more"), none.err());
    }

    @Test
    void theFiguresAreTheMedianBurstsTheSlowerOfTheMiddleTwoOfAnEvenNumber() {
        BenchPipelineCommand.Burst slow = burst(81.0);
        BenchPipelineCommand.Burst middle = burst(98.4);
        BenchPipelineCommand.Burst fast = burst(107.0);
        BenchPipelineCommand.Burst fastest = burst(123.5);

        assertEquals(middle, BenchPipelineCommand.median(List.of(fast, slow, middle)));
        assertEquals("98.4", BenchPipelineCommand.median(List.of(middle, fast, slow)).figures().get("e2e_pages_per_s"));
        assertEquals(middle, BenchPipelineCommand.median(List.of(fastest, middle, fast, slow)));
        assertEquals(slow, BenchPipelineCommand.median(List.of(slow)));
    }

    private static BenchPipelineCommand.Burst burst(double e2e) {
        return new BenchPipelineCommand.Burst(Map.of("e2e_pages_per_s", Double.toString(e2e)), e2e, 0.1);
    }

    @Test
    void theCollectorsFiguresAreThoseOfTheCollectionsBetweenTwoReadings() {
        BenchPipelineCommand.CollectorTimes before = BenchPipelineCommand.CollectorTimes.now();
        System.gc();
        BenchPipelineCommand.CollectorTimes between = BenchPipelineCommand.CollectorTimes.now().minus(before);
        assertTrue(between.counts().values().stream().mapToLong(Long::longValue).sum() >= 1, between.toString());

        BenchPipelineCommand.CollectorTimes earlier = new BenchPipelineCommand.CollectorTimes(
                Map.of("PS Scavenge", 10L), Map.of("PS Scavenge", 200L));
        BenchPipelineCommand.CollectorTimes later = new BenchPipelineCommand.CollectorTimes(
                new LinkedHashMap<>(Map.of("PS Scavenge", 13L)), new LinkedHashMap<>(Map.of("PS Scavenge", 260L)));
        assertEquals("PS Scavenge 3 collections, 60 ms of pauses", later.minus(earlier).toString());
        assertEquals("PS Scavenge 0 collections", later.minus(later).toString());
    }

    @Test
    void percentilesAreNearestRankOfTheIngestToIndexedTimeOfEveryDocumentNoLaterCopyIndexedAgain() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<BenchPipelineCommand.Indexed> docs = new ArrayList<>();
        for (int i = 100; i >= 1; i--) { // i × 100 ms, out of order
            docs.add(new BenchPipelineCommand.Indexed(t0.plusSeconds(i), t0.plusSeconds(i).plusMillis(i * 100L),
                    "https://news.example/" + i, 0));
        }
        // indexed again 60 s on, when its copy came: its own latency is unknown
        docs.add(new BenchPipelineCommand.Indexed(t0, t0.plusSeconds(60), "https://news.example/original", 1));

        BenchPipelineCommand.Latencies latencies = BenchPipelineCommand.Latencies.of(docs);

        assertEquals("5.00", latencies.seconds(50));
        assertEquals("9.90", latencies.seconds(99));
        assertEquals("10.00", latencies.seconds(100));
        assertEquals("NaN", BenchPipelineCommand.Latencies.of(List.of()).seconds(99));
        assertEquals("p50 5.00 s, p90 9.00 s, p99 9.90 s, max 10.00 s (https://news.example/100); 1 indexed again by"
                + " a later copy left out", latencies.toString());
    }

    @Test
    void warmUpCopiesAreNewStoriesOnOtherUrlsThatShareNoLookupKeyWithTheirPages() {
        StringBuilder body = new StringBuilder();
        String[] words = ("The council approved a plan on Tuesday to rebuild the old harbour wall after storms damaged"
                + " it twice last winter while fishermen waited for news about compensation from the regional"
                + " government in Lisbon").split(" ");
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            body.append("<p>");
            for (int k = 0; k < 30; k++) {
                body.append(words[(paragraph * 7 + k * 3) % words.length]).append(k % 10 == 9 ? ". " : " ");
            }
            body.append("</p>");
        }
        String html = "<html><head><title>Harbour wall</title><link rel=\"canonical\" href=\"https://news.example/a\">"
                + "<meta property=\"og:url\" content=\"https://news.example/a\"></head><body><article>" + body
                + "</article></body></html>";
        BenchPipelineCommand.BenchPage page = BenchPipelineCommand.BenchPage.of("https://bench.example/a.html",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<BenchPipelineCommand.BenchPage> first = BenchPipelineCommand.WarmUpPages.altered(List.of(page), 1);
        List<BenchPipelineCommand.BenchPage> second = BenchPipelineCommand.WarmUpPages.altered(List.of(page), 2);
        // rounds 1 and 4 replace the same words
        List<BenchPipelineCommand.BenchPage> fourth = BenchPipelineCommand.WarmUpPages.altered(List.of(page), 4);

        var fingerprints = new io.newsflow.enrich.fingerprint.Fingerprinter();
        String original = org.jsoup.Jsoup.parse(html).body().text();
        java.util.Set<String> pageWords = new java.util.HashSet<>(List.of(original.split("[^\\p{L}]+")));
        for (BenchPipelineCommand.BenchPage copy : List.of(first.get(0), second.get(0), fourth.get(0))) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(copy.html(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(!copy.url().equals(page.url()) && copy.url().startsWith(page.url()), copy.url());
            assertTrue(doc.select("link[rel=canonical], meta[property=og:url]").isEmpty(), "a canonical URL is left");
            String text = doc.body().text();
            assertEquals(original.split(" ").length, text.split(" ").length, "the same number of words");
            assertEquals(shapes(original), shapes(text), "capitalised words where the page has them");
            assertTrue(!text.equals(original));
            assertTrue(pageWords.containsAll(List.of(text.split("[^\\p{L}]+"))),
                    "the copy speaks the page's words (its language, its names): " + text);
            List<String> keys = new ArrayList<>(fingerprints.fingerprint(original).lookupKeys());
            keys.retainAll(fingerprints.fingerprint(text).lookupKeys());
            assertEquals(List.of(), keys, "keys the de-duplication would meet the original by");
        }
        assertTrue(!first.get(0).url().equals(second.get(0).url()));
        // two rounds' copies may meet by a key (a word picked twice makes a run of four words they share), but the
        // de-duplication's verification tells them apart: different stories too
        List<io.newsflow.enrich.fingerprint.Fingerprint> copies = new ArrayList<>();
        for (BenchPipelineCommand.BenchPage copy : List.of(first.get(0), second.get(0), fourth.get(0))) {
            copies.add(fingerprints.fingerprint(org.jsoup.Jsoup.parse(new String(copy.html(),
                    java.nio.charset.StandardCharsets.UTF_8)).body().text()));
        }
        var dedup = io.newsflow.enrich.dedup.DedupSettings.DEFAULTS;
        assertTrue(dedup.nearDuplicateScore(copies.get(0), copies.get(1)) < 0, "rounds 1 and 2");
        // rounds 1 and 4 replace the same words, by others
        assertTrue(dedup.nearDuplicateScore(copies.get(0), copies.get(2)) < 0, "rounds 1 and 4");
    }

    /** Each word's case: capitalised or not. */
    private static String shapes(String text) {
        StringBuilder shapes = new StringBuilder();
        for (String word : text.split(" ")) {
            shapes.append(Character.isUpperCase(word.codePointAt(0)) ? 'A' : 'a');
        }
        return shapes.toString();
    }
}
