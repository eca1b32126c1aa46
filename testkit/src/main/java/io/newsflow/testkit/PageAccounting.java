package io.newsflow.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounting every fault test ends with: each page answered 202 (or published) ends as exactly one of an
 * article, a duplicate, a repeat of content already accepted, or a dead letter; none lost, none twice.
 *
 * <p>The test records what it submitted ({@link #accepted}, with the page id and a content token such as the content
 * hash or the body itself), then settles with what it read from the pipeline's outputs. A submission whose id and
 * content were accepted before is a repeat (dropped as a redelivery by design). Every other submission must be found
 * exactly once across articles, duplicates and dead letters.
 */
public final class PageAccounting {

    private final Map<String, Set<String>> contentsById = new LinkedHashMap<>();
    private int submissions;
    private int repeats;

    /** Records one accepted submission. */
    public synchronized void accepted(String pageId, String content) {
        submissions++;
        if (!contentsById.computeIfAbsent(pageId, id -> new HashSet<>()).add(content)) {
            repeats++;
        }
    }

    public synchronized int submissions() {
        return submissions;
    }

    /** The distinct page ids accepted. */
    public synchronized Set<String> pageIds() {
        return Set.copyOf(contentsById.keySet());
    }

    /**
     * Settles the books. {@code articleIds} holds the id of every article document (in OpenSearch, or the distinct
     * keys of the articles topic), {@code articleCreations} every "created" article event's id as read (may repeat
     * if the pipeline wrote one twice; pass null where not read), {@code duplicateIds} the page id of every
     * duplicate event, {@code deadLetterIds} the page id of every dead letter.
     */
    public synchronized Result settle(Collection<String> articleIds, Collection<String> articleCreations,
                                      Collection<String> duplicateIds, Collection<String> deadLetterIds) {
        Map<String, Integer> outcomes = new HashMap<>();
        Set<String> articles = new HashSet<>(articleIds);
        articles.forEach(id -> outcomes.merge(id, 1, Integer::sum));
        duplicateIds.forEach(id -> outcomes.merge(id, 1, Integer::sum));
        deadLetterIds.forEach(id -> outcomes.merge(id, 1, Integer::sum));
        List<String> lost = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (String id : contentsById.keySet()) {
            int n = outcomes.getOrDefault(id, 0);
            if (n == 0) {
                lost.add(id);
            } else if (n > 1) {
                twice.add(id);
            }
        }
        if (articleCreations != null) {
            Map<String, Integer> created = new HashMap<>();
            articleCreations.forEach(id -> created.merge(id, 1, Integer::sum));
            created.forEach((id, n) -> {
                if (n > 1) {
                    twice.add(id + " (created " + n + " times)");
                }
            });
        }
        List<String> unknown = outcomes.keySet().stream().filter(id -> !contentsById.containsKey(id)).sorted().toList();
        int updates = 0;
        for (Set<String> contents : contentsById.values()) {
            updates += contents.size() - 1;
        }
        int articleCount = (int) contentsById.keySet().stream().filter(articles::contains).count();
        int duplicateCount = (int) contentsById.keySet().stream().filter(new HashSet<>(duplicateIds)::contains).count();
        int deadCount = (int) contentsById.keySet().stream().filter(new HashSet<>(deadLetterIds)::contains).count();
        return new Result(submissions, articleCount, updates, duplicateCount, repeats, deadCount, lost, twice, unknown);
    }

    /**
     * The outcome of {@link #settle}. {@code updates} counts submissions that changed an accepted page's content
     * (each is part of its page's article, not a separate outcome).
     */
    public record Result(int accepted, int articles, int updates, int duplicates, int repeats, int deadLetters,
                         List<String> lost, List<String> twice, List<String> unknown) {

        /** Fails the test unless every accepted submission is accounted for exactly once. */
        public void assertBalanced() {
            int accounted = articles + updates + duplicates + repeats + deadLetters;
            if (!lost.isEmpty() || !twice.isEmpty() || accounted != accepted) {
                fail("pages not accounted for: " + this);
            }
        }

        @Override
        public String toString() {
            return "accepted " + accepted + " = articles " + articles + " + updates " + updates + " + duplicates "
                    + duplicates + " + repeats " + repeats + " + dead letters " + deadLetters
                    + (lost.isEmpty() ? "" : "; lost " + lost.size() + " " + head(lost))
                    + (twice.isEmpty() ? "" : "; twice " + twice.size() + " " + head(twice))
                    + (unknown.isEmpty() ? "" : "; not submitted " + unknown.size() + " " + head(unknown));
        }

        private static List<String> head(List<String> ids) {
            return ids.subList(0, Math.min(5, ids.size()));
        }
    }
}
