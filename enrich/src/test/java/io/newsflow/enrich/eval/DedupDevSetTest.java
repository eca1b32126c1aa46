package io.newsflow.enrich.eval;

import io.newsflow.testkit.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.dedup.DedupSettings;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * De-duplication quality on a development set generated from the shared extract-dev texts. The set is written to
 * {@code target/dedup-dev/} so that {@code ./newsflow dedup-eval --docs target/dedup-dev/docs.jsonl --pairs
 * target/dedup-dev/pairs.tsv} reproduces the figure.
 */
class DedupDevSetTest {

    @Test
    void syndicatedCopiesAreFoundAndHardNegativesKeptApartWithF1AtLeast095() throws Exception {
        Optional<Path> truth = SharedData.find("data/extract-dev/truth.jsonl");
        assumeTrue(truth.isPresent(), "shared extract-dev data not present");
        DevSetGenerator generator = new DevSetGenerator(20260323L);
        generator.generate(truth.get(), 400);
        Path dir = Path.of("target", "dedup-dev");
        generator.write(dir.resolve("docs.jsonl"), dir.resolve("pairs.tsv"));

        List<EvalDoc> docs = DedupEvaluation.readDocs(dir.resolve("docs.jsonl"));
        List<LabelledPair> pairs;
        try (BufferedReader p = Files.newBufferedReader(dir.resolve("pairs.tsv"), StandardCharsets.UTF_8)) {
            pairs = DedupEvaluation.readPairs(p);
        }
        List<Outcome> outcomes = new DedupEvaluation(DedupSettings.DEFAULTS).run(docs);
        try (var w = Files.newBufferedWriter(dir.resolve("outcomes.jsonl"), StandardCharsets.UTF_8)) {
            for (Outcome o : outcomes) {
                w.write(io.newsflow.events.Json.mapper().writeValueAsString(o));
                w.newLine();
            }
        }
        Score score = DedupEvaluation.score(outcomes, pairs);
        System.out.println("dedup dev set: docs=" + docs.size() + " positives=" + generator.positives() + " " + score.line()
                + " tp=" + score.truePositives() + " fp=" + score.falsePositives() + " fn=" + score.falseNegatives());
        assertTrue(score.f1() >= 0.95, score.line());
    }
}
