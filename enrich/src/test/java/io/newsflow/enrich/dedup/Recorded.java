package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import java.util.ArrayList;
import java.util.List;

/** What de-duplication steps under test sent to the band stage and the collector; the rest is dropped. */
record Recorded(List<Probe> probes, List<Answer> answers) implements DedupOutput {

    Recorded() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    @Override
    public void article(Article article) {
    }

    @Override
    public void duplicate(Duplicate duplicate) {
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
    }

    @Override
    public void redelivered(String id) {
    }
}
