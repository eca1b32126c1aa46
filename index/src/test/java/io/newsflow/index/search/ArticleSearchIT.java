package io.newsflow.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.Json;
import io.newsflow.index.bulk.ArticleDocument;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.Articles;
import io.newsflow.testkit.LocalOpenSearchExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Search as {@code newsflow search} and a dashboard author see it, on a real node. */
class ArticleSearchIT {

    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final IndexNames NAMES = new IndexNames("search-escaping");

    static LocalOpenSearch node;
    static OpenSearchClient client;

    @BeforeAll
    static void indexAPageThatSpellsMarkupAsText(LocalOpenSearch shared) throws Exception {
        node = shared;
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
        new IndexBootstrap(client, NAMES, 1, 0).install();
        Article article = Articles.article("markup", 1, "Alert <img src=x onerror=alert(5)> in the harbour",
                "Harbour officials said a lighthouse keeper found <img src=x onerror=alert(5)> written on the"
                        + " lighthouse door on Monday, and the police were called.");
        String doc = Json.mapper().writeValueAsString(new ArticleDocument(article, Instant.now()));
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + NAMES.writeAlias()
                        + "/_doc/" + article.page().id() + "?refresh=true"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(doc)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() / 100 == 2, put.body());
    }

    @AfterAll
    static void disconnect() throws Exception {
        client._transport().close();
    }

    @Test
    void theSnippetEscapesMarkupThePageSpelledAsTextAndMarksTheMatchedWords() throws Exception {
        List<ArticleSearch.Hit> hits = new ArticleSearch(client, NAMES.readAlias()).search("lighthouse keeper", 5);

        assertEquals(1, hits.size(), hits.toString());
        ArticleSearch.Hit hit = hits.get(0);
        assertEquals("Alert <img src=x onerror=alert(5)> in the harbour", hit.title(), "titles are plain text");
        assertTrue(hit.snippet().contains("<em>lighthouse</em> <em>keeper</em>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;img src=x onerror=alert(5)&gt;"), hit.snippet());
        assertFalse(hit.snippet().contains("<img"), hit.snippet());
    }
}
