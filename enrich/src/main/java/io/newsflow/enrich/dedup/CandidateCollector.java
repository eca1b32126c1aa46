package io.newsflow.enrich.dedup;

import io.newsflow.enrich.dedup.DedupCommand.Kind;
import io.newsflow.events.Duplicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deciding side of de-duplication, keyed by page id: gathers the answers from every lookup key a page was sent
 * under and, once all are in, decides: a new story, or a copy of the earliest verified earlier page.
 *
 * <p>Not thread-safe: one instance per stream task, over that task's store.
 */
public final class CandidateCollector {

    private final StateStore<Pending> store;
    private final DedupOutput out;

    public CandidateCollector(StateStore<Pending> store, DedupOutput out) {
        this.store = store;
        this.out = out;
    }

    public void onAnswer(Answer answer) {
        String id = answer.doc().id();
        Pending pending = store.get(id);
        if (pending != null && answer.revision() < pending.revision()) {
            return; // an answer about content this page no longer has
        }
        if (pending == null || answer.revision() > pending.revision()) {
            pending = new Pending(answer.doc(), answer.revision(), answer.expected(), 0, List.of());
        }
        List<Match> matches = new ArrayList<>(pending.matches());
        matches.addAll(answer.matches());
        pending = new Pending(pending.doc(), pending.revision(), pending.expected(), pending.received() + 1, matches);
        if (pending.received() < pending.expected()) {
            store.put(id, pending);
            return;
        }
        store.delete(id);
        decide(pending);
    }

    private void decide(Pending pending) {
        Optional<Match> canonical = earliestCopy(pending.matches());
        if (canonical.isEmpty()) {
            out.command(pending.doc().id(), new DedupCommand(Kind.NEW, pending.doc(), pending.revision(), null));
            return;
        }
        Match match = canonical.get();
        out.command(pending.doc().id(), new DedupCommand(Kind.DUPLICATE, pending.doc(), pending.revision(), match));
        out.command(match.doc().id(), new DedupCommand(Kind.ATTACH, pending.doc(), pending.revision(), match));
    }

    /**
     * The page this one copies: the earliest among the verified matches (the first publication of the story),
     * each page judged by its best match (exact over near, then the highest similarity).
     */
    public static Optional<Match> earliestCopy(List<Match> matches) {
        Map<String, Match> best = new LinkedHashMap<>();
        for (Match m : matches) {
            best.merge(m.doc().id(), m, (a, b) -> rank(a) >= rank(b) ? a : b);
        }
        return best.values().stream().min(Comparator.comparing((Match m) -> m.doc().seenAt())
                .thenComparing(m -> -rank(m))
                .thenComparing(m -> m.doc().id()));
    }

    private static double rank(Match m) {
        return (Duplicate.EXACT.equals(m.method()) ? 2 : 0) + m.similarity();
    }
}
