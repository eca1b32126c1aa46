package io.newsflow.enrich.app;

import io.newsflow.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics enrich writes when they are missing: {@code articles}, {@code articles.duplicates},
 * {@code enrich.dlq} and the decisions topic, which must have as many partitions as {@code pages.clean} because
 * it feeds the same per-page-id state. Every topic enrich writes, its changelog and repartition topics included, must
 * carry the page-size contract's largest message: a topic it creates is made so, an existing one that carries less
 * is raised ({@link io.newsflow.service.config.PageSizeContract#raiseTopicLimits}).
 */
public final class EnrichTopics {

    private EnrichTopics() {
    }

    /**
     * Ensures the topics exist and returns the partitions of {@code pages.clean}. Fails with {@link IllegalStateException} when {@code pages.clean} is missing or the
     * decisions topic exists with another partition count.
     *
     * @throws io.newsflow.service.config.ConfigException when a topic cannot be made to carry the contract
     */
    public static int ensure(Admin admin, EnrichConfig config) throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(Topics.PAGES_CLEAN)) {
                throw new IllegalStateException("topic " + Topics.PAGES_CLEAN + " does not exist yet: start ingest first or create it");
            }
            int partitions = describe(admin, Topics.PAGES_CLEAN).partitions().size();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(Topics.ARTICLES, Topics.ARTICLES_DUPLICATES, Topics.ENRICH_DLQ)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty())
                            .configs(config.sizes().topicSettings()));
                }
            }
            if (existing.contains(config.decisionsTopic())) {
                int found = describe(admin, config.decisionsTopic()).partitions().size();
                if (found != partitions) {
                    throw new IllegalStateException("topic " + config.decisionsTopic() + " has " + found
                            + " partitions but " + Topics.PAGES_CLEAN + " has " + partitions + ": they must match");
                }
            } else {
                missing.add(new NewTopic(config.decisionsTopic(), Optional.of(partitions), Optional.empty())
                        .configs(config.sizes().topicSettings()));
            }
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<String> written = new ArrayList<>(List.of(Topics.ARTICLES, Topics.ARTICLES_DUPLICATES,
                    Topics.ENRICH_DLQ, config.decisionsTopic()));
            written.addAll(EnrichTopology.internalTopics(config.applicationId()));
            config.sizes().raiseTopicLimits(admin, written);
            return partitions;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set up enrich's topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static TopicDescription describe(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Map<String, TopicDescription> d = admin.describeTopics(List.of(topic)).allTopicNames().get();
        return d.get(topic);
    }
}
