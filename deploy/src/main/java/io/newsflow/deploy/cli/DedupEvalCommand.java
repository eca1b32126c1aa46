package io.newsflow.deploy.cli;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.eval.DedupEvaluation;
import io.newsflow.enrich.eval.EvalDoc;
import io.newsflow.enrich.eval.LabelledPair;
import io.newsflow.enrich.eval.Outcome;
import io.newsflow.events.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow dedup-eval}: scores de-duplication on labelled pairs, through the topology's own steps. */
@Command(name = "dedup-eval", description = "De-duplicate documents (JSON Lines, in published_at order) and score "
        + "labelled pairs; the last line is 'precision=... recall=... f1=... pairs=N'.")
final class DedupEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "FILE",
            description = "JSON Lines: {id, url?, title?, text, published_at?}.")
    Path docs;

    @Option(names = "--pairs", required = true, paramLabel = "FILE",
            description = "TSV with the header 'id_a id_b label' (1 = same story, 0 = different).")
    Path pairs;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write each document's outcome as JSON Lines {id, story_id, duplicate_of, method}.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<EvalDoc> documents = DedupEvaluation.readDocs(docs);
        List<LabelledPair> labelled;
        try (BufferedReader p = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            labelled = DedupEvaluation.readPairs(p);
        } catch (IllegalArgumentException e) {
            stderr.println("newsflow dedup-eval: " + pairs + " " + e.getMessage()); // "pairs.tsv line 2: ..."
            return 2;
        }
        List<Outcome> outcomes = new DedupEvaluation(DedupSettings.DEFAULTS).run(documents);
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Outcome o : outcomes) {
                    w.write(Json.mapper().writeValueAsString(o));
                    w.newLine();
                }
            }
        }
        try {
            stdout.println("docs=" + documents.size() + " stories="
                    + outcomes.stream().filter(o -> o.duplicateOf() == null).count());
            stdout.println(DedupEvaluation.score(outcomes, labelled).line());
        } catch (IllegalArgumentException e) {
            stderr.println("newsflow dedup-eval: " + e.getMessage());
            return 2;
        }
        stdout.flush();
        return 0;
    }
}
