package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What de-duplication steps under test sent: to the band stage, to the collector, to the ledger (each command under
 * its key), and out as articles and duplicates; redeliveries are dropped.
 */
record Recorded(List<Probe> probes, List<Answer> answers, List<Map.Entry<String, DedupCommand>> commands,
                List<Article> articles, List<Duplicate> duplicates) implements DedupOutput {

    Recorded() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    /** Recording probes and answers into these lists. */
    Recorded(List<Probe> probes, List<Answer> answers) {
        this(probes, answers, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        duplicates.add(duplicate);
    }

    @Override
    public void probe(Probe probe) {
        probes.add(probe);
    }

    @Override
    public void answer(Answer answer) {
        answers.add(answer);
    }

    @Override
    public void command(String key, DedupCommand command) {
        commands.add(Map.entry(key, command));
    }

    @Override
    public void redelivered(String id) {
    }
}
