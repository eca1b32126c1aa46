package io.newsflow.service.status;

import java.time.Instant;
import java.util.List;

/**
 * What a status page shows at one moment: the pipeline's figures per stage since {@link #since}, the consumer
 * groups' lag, the dead-letter queues, and the last stories and syndications. Serialised as JSON (snake_case) for
 * {@code GET /v1/status}. The texts ({@code title}, {@code site}, {@code url}, {@code problem}) come from pages on
 * the web: whoever renders them in HTML must escape them. Immutable.
 *
 * @param generatedAt  when these figures were sampled
 * @param since        when counting started (the first sample that reached Kafka); null until then
 * @param kafka        whether Kafka answered the last sample
 * @param stages       the stages in pipeline order, each with its figures
 * @param deadLetters  one figure per dead-letter topic: the letters it holds, with the rate since {@code since}
 * @param stories      the last new stories, newest first
 * @param syndications the last stories republished by other outlets, newest first
 */
public record StatusSnapshot(Instant generatedAt, Instant since, Kafka kafka, List<Stage> stages,
                             List<Figure> deadLetters, List<Story> stories, List<Syndication> syndications) {

    public StatusSnapshot {
        stages = List.copyOf(stages);
        deadLetters = List.copyOf(deadLetters);
        stories = List.copyOf(stories);
        syndications = List.copyOf(syndications);
    }

    /**
     * @param reachable        whether the last sample reached Kafka
     * @param bootstrapServers where the figures come from
     * @param problem          why the last sample failed; null when it did not
     * @param unreachableSince when Kafka stopped answering; null while it answers
     */
    public record Kafka(boolean reachable, String bootstrapServers, String problem, Instant unreachableSince) {
    }

    /**
     * @param name    the stage ({@code ingest}, {@code enrich}, {@code index})
     * @param figures its counters
     * @param lag     records its consumer group has still to process; null when the stage reads no topic
     */
    public record Stage(String name, List<Figure> figures, Lag lag) {

        public Stage {
            figures = List.copyOf(figures);
        }
    }

    /**
     * @param key           a stable name for scripts and tests
     * @param label         what a person reads
     * @param count         how many since {@link StatusSnapshot#since} (for dead-letter topics: held)
     * @param ratePerSecond over the last minute
     */
    public record Figure(String key, String label, long count, double ratePerSecond) {
    }

    /**
     * @param group   the consumer group
     * @param records records on its input it has not committed yet; null when the group has committed nothing
     */
    public record Lag(String group, Long records) {
    }

    /** A new story: its title, site, address and when it was ingested. */
    public record Story(String title, String site, String url, Instant at) {
    }

    /**
     * A story republished elsewhere.
     *
     * @param copies    how many copies the story has
     * @param copySites the sites of its latest copies (a few at most)
     * @param at        when enrich recorded the latest copy (the event's time on {@code articles})
     */
    public record Syndication(String title, String site, String url, int copies, List<String> copySites,
                              Instant at) {

        public Syndication {
            copySites = List.copyOf(copySites);
        }
    }
}
