package io.newsflow.deploy.cli;

import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.Enricher;
import io.newsflow.enrich.dedup.DedupReplay;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.EnrichedPage;
import io.newsflow.enrich.entities.EntityExtractor;
import io.newsflow.enrich.eval.DedupEvaluation;
import io.newsflow.enrich.eval.EvalDoc;
import io.newsflow.enrich.keywords.InMemoryFrequencies;
import io.newsflow.events.Page;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench enrich}: records per second of enrichment, of entity extraction alone and of
 * de-duplication, on one thread.
 */
@Command(name = "enrich", description = "Measure enrichment, entity-extraction and de-duplication throughput on one "
        + "thread.")
final class BenchEnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "FILE",
            description = "JSON Lines documents {id, url?, title?, text, published_at?} (e.g. a dedup-eval set).")
    Path docs;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after the warm-up rounds, which go on until the JIT has settled "
            + "(default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<EvalDoc> documents = DedupEvaluation.readDocs(docs);
        List<Page> pages = new ArrayList<>();
        Instant undated = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < documents.size(); i++) {
            pages.add(DedupEvaluation.toPage(documents.get(i), undated.plusSeconds(i)));
        }
        pages.sort(Comparator.comparing(Page::publishedAt));
        Enricher enricher = new Enricher(EnrichConfig.defaults());
        Map<String, EnrichedPage> enriched = new HashMap<>();
        BestRate enrichRate = best(pages.size(), () -> {
            InMemoryFrequencies frequencies = new InMemoryFrequencies();
            for (Page p : pages) {
                enriched.put(p.id(), enricher.enrich(p, frequencies));
            }
        });
        EntityExtractor entities = new EntityExtractor();
        BestRate entityRate = best(pages.size(), () -> pages.forEach(p -> entities.extract(p.text())));
        long[] events = new long[2];
        BestRate dedupRate = best(pages.size(), () -> {
            events[0] = 0;
            events[1] = 0;
            DedupReplay replay = new DedupReplay(DedupSettings.DEFAULTS, p -> enriched.get(p.id()),
                    a -> events[0]++, d -> events[1]++);
            pages.forEach(replay::accept);
        });
        out.printf(Locale.ROOT, "documents=%d words=%d%n", pages.size(),
                enriched.values().stream().mapToLong(e -> e.draft().enrichment().wordCount()).sum());
        out.printf(Locale.ROOT, "enrich: %s (language, entities, keywords, topics, summary, wire, fingerprint; %s)%n",
                enrichRate.describe("records"), enrichRate.warmUp("records"));
        out.printf(Locale.ROOT, "entities: %s (entity extraction alone; %s)%n", entityRate.describe("records"),
                entityRate.warmUp("records"));
        out.printf(Locale.ROOT, "dedup: %s (ledger, band index, collector; %d article events, %d duplicates; %s)%n",
                dedupRate.describe("records"), events[0], events[1], dedupRate.warmUp("records"));
        out.flush();
        return 0;
    }

    private BestRate best(int records, BestRate.Pass pass) throws Exception {
        return BestRate.measure(rounds, records, BestRate.THIS_THREAD_ONLY, pass);
    }
}
