package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.Enricher;
import io.newsflow.enrich.eval.DedupEvaluation;
import io.newsflow.enrich.eval.EvalDoc;
import io.newsflow.enrich.keywords.InMemoryFrequencies;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Json;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich-eval}: enriches documents through the service's own {@link Enricher}, for scoring. */
@Command(name = "enrich-eval", description = "Enrich documents (JSON Lines) the way the enrich service does and write "
        + "each one's {id, language, people, organizations, locations, keywords, topics}; the last line printed is "
        + "'docs=N docs_per_s=...'.")
final class EnrichEvalCommand implements Callable<Integer> {

    private static final Instant UNDATED = Instant.parse("2025-01-01T00:00:00Z");

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "FILE", description = "JSON Lines: {id, text, title?, url?}.")
    Path docs;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "JSON Lines, one per document, in input order.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<EvalDoc> documents = DedupEvaluation.readDocs(docs);
        Enricher enricher = new Enricher(EnrichConfig.defaults());
        InMemoryFrequencies frequencies = new InMemoryFrequencies();
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (EvalDoc doc : documents) {
                Enrichment a = enricher.enrich(DedupEvaluation.toPage(doc, UNDATED), frequencies).draft().enrichment();
                ObjectNode line = Json.mapper().createObjectNode();
                line.put("id", doc.id());
                line.put("language", a.language());
                line.set("people", Json.mapper().valueToTree(a.entities().people()));
                line.set("organizations", Json.mapper().valueToTree(a.entities().organizations()));
                line.set("locations", Json.mapper().valueToTree(a.entities().locations()));
                line.set("keywords", Json.mapper().valueToTree(a.keywords()));
                line.set("topics", Json.mapper().valueToTree(a.topics()));
                w.write(Json.mapper().writeValueAsString(line));
                w.newLine();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "docs=%d docs_per_s=%.1f%n", documents.size(),
                documents.isEmpty() ? 0 : documents.size() / seconds);
        stdout.flush();
        return 0;
    }
}
