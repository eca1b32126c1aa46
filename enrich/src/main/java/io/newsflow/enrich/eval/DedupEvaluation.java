package io.newsflow.enrich.eval;

import io.newsflow.events.PageKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.app.Enricher;
import io.newsflow.enrich.dedup.DedupReplay;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import io.newsflow.events.JsonLines;
import io.newsflow.events.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline de-duplication: documents go, in publication order, through the same de-duplication steps as the
 * topology ({@link DedupReplay}); labelled pairs are then scored, a pair being predicted "same story" when both
 * documents end up in one story. Not thread-safe.
 */
public final class DedupEvaluation {

    /** Documents without a date are placed at this instant, in file order, a second apart. */
    static final Instant UNDATED = Instant.parse("2000-01-01T00:00:00Z");

    private final DedupSettings settings;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    public DedupEvaluation(DedupSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads JSON Lines documents {@code {id, url?, title?, text, published_at?}}.
     *
     * @throws JsonLines.InvalidLineException for a bad line, naming the file, the line's number and the problem
     */
    public static List<EvalDoc> readDocs(Path file) throws IOException {
        return JsonLines.read(file, DedupEvaluation::doc);
    }

    private static EvalDoc doc(ObjectNode line) {
        String id = text(line, "id");
        String body = text(line, "text");
        if (id == null || body == null) {
            throw new IllegalArgumentException("needs \"id\" and \"text\"");
        }
        Instant published = null;
        String date = text(line, "published_at");
        if (date != null) {
            try {
                published = Instant.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("published_at '" + date + "' is not an ISO-8601 instant");
            }
        }
        return new EvalDoc(id, text(line, "url"), text(line, "title"), body, published);
    }

    /**
     * Reads labelled pairs: a header {@code id_a id_b label}, then tab-separated rows with label 0 or 1. A malformed
     * line is an {@link IllegalArgumentException} whose message starts with its number ("line 2: ...").
     */
    public static List<LabelledPair> readPairs(BufferedReader in) throws IOException {
        List<LabelledPair> pairs = new ArrayList<>();
        String header = in.readLine();
        if (header == null || !header.trim().split("\\s+")[0].equals("id_a")) {
            throw new IllegalArgumentException("line 1: must be the header 'id_a id_b label'");
        }
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (f.length != 3 || !(f[2].equals("0") || f[2].equals("1"))) {
                throw new IllegalArgumentException("line " + number + ": expected 'id_a<TAB>id_b<TAB>0|1'");
            }
            pairs.add(new LabelledPair(f[0], f[1], f[2].equals("1")));
        }
        return pairs;
    }

    /** De-duplicates the documents in publication order (undated ones first, in file order). */
    public List<Outcome> run(List<EvalDoc> docs) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        DedupReplay replay = new DedupReplay(settings, p -> Enricher.fingerprintOnly(p, fingerprinter),
                (Article a) -> {
                    if (Article.CREATED.equals(a.story().event())) {
                        outcomes.put(a.id(), new Outcome(a.id(), a.story().storyId(), null, null));
                    }
                },
                (Duplicate d) -> outcomes.put(d.id(), new Outcome(d.id(), d.storyId(), d.duplicateOf(), d.method())));
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            pages.add(toPage(docs.get(i), UNDATED.plusSeconds(i)));
        }
        pages.sort(Comparator.comparing(Page::publishedAt));
        pages.forEach(replay::accept);
        return List.copyOf(outcomes.values());
    }

    /** Scores the pairs against the outcomes; a pair naming an unknown document fails. */
    public static Score score(List<Outcome> outcomes, List<LabelledPair> pairs) {
        Map<String, String> story = new HashMap<>();
        outcomes.forEach(o -> story.put(o.id(), o.storyId()));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (LabelledPair pair : pairs) {
            String a = story.get(pair.idA());
            String b = story.get(pair.idB());
            if (a == null || b == null) {
                throw new IllegalArgumentException("pair " + pair.idA() + " " + pair.idB() + " names a document that is not in the docs");
            }
            boolean predicted = a.equals(b);
            if (predicted && pair.sameStory()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (pair.sameStory()) {
                fn++;
            }
        }
        return new Score(tp, fp, fn, pairs.size());
    }

    /** The page a document stands for: its id, URL (or a URN), text and content hash; {@code undated} if no date. */
    public static Page toPage(EvalDoc doc, Instant undated) {
        Instant at = doc.publishedAt() == null ? undated : doc.publishedAt();
        String url = doc.url() == null ? "urn:newsflow:doc:" + doc.id() : doc.url();
        return new Page(doc.id(), url, url, null, null, doc.title(), null, at, doc.publishedAt() == null ? null : "meta",
                null, doc.text(), List.of(), PageKeys.contentHash(doc.text()), at, at, "file", null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
