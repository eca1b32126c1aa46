package io.newsflow.index.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The composable index template of the article indices: the mapping of {@code articles-template.json}
 * ({@code dynamic: strict}, exactly the {@code Article} fields and the indexer's {@code indexed_at}: keywords for
 * what dashboards filter and aggregate on, dates, and text analysed language-neutrally with English, French, German
 * and Spanish sub-fields), plus this deployment's index pattern, read alias, shards and replicas. Stateless.
 */
public final class IndexTemplate {

    private static final String RESOURCE = "articles-template.json";
    /** Above the built-in templates' priorities, so that ours decides the mapping of our indices. */
    private static final int PRIORITY = 200;

    private IndexTemplate() {
    }

    /** A new template body; the caller owns it. */
    public static ObjectNode json(IndexNames names, int shards, int replicas) {
        ObjectNode template;
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            template = (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        template.putArray("index_patterns").add(names.indexPattern());
        template.put("priority", PRIORITY);
        ObjectNode body = (ObjectNode) template.get("template");
        ((ObjectNode) body.get("settings").get("index"))
                .put("number_of_shards", shards)
                .put("number_of_replicas", replicas);
        // every index of the family, rolled over or not, is read through the read alias
        body.putObject("aliases").putObject(names.readAlias());
        return template;
    }
}
