package io.newsflow.index.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, idempotently, what the indexer writes into: the composable {@link IndexTemplate}, and, unless the
 * write alias already points somewhere, the first concrete index carrying the read and write aliases. When the
 * write alias exists, the template's mapping is put on its index too, so that an index created by an older version
 * accepts the fields added since (mappings only grow; {@code dynamic: strict} would refuse every new document
 * otherwise). Running it again, from any number of indexer instances, changes nothing but the template's
 * settings. An older index keeps its {@code _source} settings (they cannot change) and its language sub-fields
 * ({@code title.en} …): roll the write alias over to index new articles in their own language only. Thread-safe.
 */
public final class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final OpenSearchGenericClient client;
    private final IndexNames names;
    private final int shards;
    private final int replicas;

    public IndexBootstrap(OpenSearchClient client, IndexNames names, int shards, int replicas) {
        this.client = client.generic();
        this.names = names;
        this.shards = shards;
        this.replicas = replicas;
    }

    /**
     * Puts the template, and creates the first index with its aliases when there is none or puts the current
     * mapping on the write index when there is one.
     *
     * @throws IOException when OpenSearch cannot be reached
     * @throws IllegalStateException when OpenSearch refuses the template or the index, with its answer
     */
    public void install() throws IOException {
        ObjectNode template = IndexTemplate.json(names, shards, replicas);
        send("PUT", "/_index_template/" + names.template(), template.toString(), 200);
        try (Response writeAlias = client.execute(Requests.builder().method("HEAD")
                .endpoint("/_alias/" + names.writeAlias()).build())) {
            if (writeAlias.getStatus() == 200) {
                // _source settings are fixed when an index is made: an older index keeps its own
                ObjectNode mappings = template.path("template").path("mappings").deepCopy();
                mappings.remove("_source");
                send("PUT", "/" + names.writeAlias() + "/_mapping", mappings.toString(), 200);
                log.info("index template {} installed; write alias {} already in place, its mapping brought up to"
                        + " date", names.template(), names.writeAlias());
                return;
            }
        }
        String aliases = Json.mapper().createObjectNode().set("aliases", Json.mapper().createObjectNode()
                .<ObjectNode>set(names.writeAlias(), Json.mapper().createObjectNode().put("is_write_index", true)))
                .toString();
        try (Response created = client.execute(Requests.builder().method("PUT").endpoint("/" + names.firstIndex())
                .json(aliases).build())) {
            String body = bodyOf(created);
            // another instance created it between our check and now: same outcome
            if (created.getStatus() != 200 && !body.contains("resource_already_exists_exception")) {
                throw new IllegalStateException("OpenSearch refused to create index " + names.firstIndex() + ": "
                        + created.getStatus() + " " + body);
            }
        }
        log.info("index template {} installed; created {} behind aliases {} and {}", names.template(),
                names.firstIndex(), names.readAlias(), names.writeAlias());
    }

    private void send(String method, String endpoint, String json, int expected) throws IOException {
        try (Response response = client.execute(Requests.builder().method(method).endpoint(endpoint).json(json)
                .build())) {
            if (response.getStatus() != expected) {
                throw new IllegalStateException("OpenSearch refused " + method + " " + endpoint + ": "
                        + response.getStatus() + " " + bodyOf(response));
            }
        }
    }

    private static String bodyOf(Response response) {
        return response.getBody().map(Body::bodyAsString).orElse("");
    }
}
