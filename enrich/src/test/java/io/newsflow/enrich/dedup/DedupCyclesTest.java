package io.newsflow.enrich.dedup;

import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.fixture;
import static io.newsflow.enrich.TestPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.DedupCommand.Kind;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import io.newsflow.events.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages decided copies of each other. With more than one stream thread or instance, two pages in flight at once (a
 * story and its copy) send their probes from different producers, and on two partitions of the band stage they may
 * arrive in opposite orders: each page then finds the other filed before it, and the collector decides each a copy
 * of the other. Every page must still end as an article or as the copy of one, and the ledger's commands must stop.
 */
class DedupCyclesTest {

    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    private static final String BRIDGE = fixture("dedup/bridge.txt");

    private final Recorded recorded = new Recorded();
    private final List<Article> articles = recorded.articles();
    private final List<Duplicate> duplicates = recorded.duplicates();
    private final List<Map.Entry<String, DedupCommand>> commands = recorded.commands();
    private final ArticleLedger ledger = new ArticleLedger(new DedupReplay.MapStore<>(), DedupSettings.DEFAULTS,
            recorded, key -> 0);

    @Test
    void twoPagesDecidedCopiesOfEachOtherEndAsTheFirstOnesArticleAndItsCopyWhateverTheOrderOfTheirCommands() {
        for (int order = 0; order < 500; order++) {
            Random random = new Random(order);
            articles.clear();
            duplicates.clear();
            String run = "run" + order;
            Page a = page("https://a.example/" + run, "Bridge closes", BRIDGE, T0);
            Page b = page("https://b.example/" + run, "Bridge closes", BRIDGE, T0.plusSeconds(1800));
            DocRef docA = received(a);
            DocRef docB = received(b);
            List<Map.Entry<String, DedupCommand>> decisions = new ArrayList<>(List.of(
                    Map.entry(a.id(), copyOf(Kind.DUPLICATE, docA, docB)),
                    Map.entry(b.id(), copyOf(Kind.ATTACH, docA, docB)),
                    Map.entry(b.id(), copyOf(Kind.DUPLICATE, docB, docA)),
                    Map.entry(a.id(), copyOf(Kind.ATTACH, docB, docA))));
            commands.addAll(decisions);

            // in any order: the commands for one page come from several producers (the collector's, the ledger's
            // of other pages), and each may overtake another
            int delivered = 0;
            while (!commands.isEmpty()) {
                assertTrue(++delivered < 200, "the commands go round for ever (order " + order + ")");
                Map.Entry<String, DedupCommand> next = commands.remove(random.nextInt(commands.size()));
                ledger.onCommand(next.getKey(), next.getValue());
            }

            // the first publication of the story is its article
            String article = a.id();
            String copy = b.id();
            assertEquals(1, articles.stream().filter(x -> x.story().event().equals(Article.CREATED)).count(),
                    "order " + order + ": " + articles);
            assertEquals(article, articles.get(0).id(), "order " + order);
            assertEquals(List.of(copy), duplicates.stream().map(Duplicate::id).toList(), "order " + order);
            assertEquals(article, duplicates.get(0).duplicateOf(), "order " + order);
            Article last = articles.get(articles.size() - 1);
            assertEquals(1, last.story().duplicateCount(), "order " + order + ": the article lists its copy");
        }
    }

    /** The page through the ledger, pending its decision. */
    private DocRef received(Page page) {
        ledger.onPage(page, T0, p -> new EnrichedPage(Articles.draft(p, "en", 1, null, null, null, null, 0, null),
                FINGERPRINTER.fingerprint(p.text())));
        return new DocRef(page.id(), page.url(), page.site(), page.title(), page.contentHash(),
                ArticleLedger.seenAt(page, T0));
    }

    private static DedupCommand copyOf(Kind kind, DocRef copy, DocRef canonical) {
        return new DedupCommand(kind, copy, 1, new Match(canonical, 1.0, Duplicate.EXACT));
    }
}
