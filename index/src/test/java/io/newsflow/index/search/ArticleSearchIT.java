package io.newsflow.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Article;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Json;
import io.newsflow.index.bulk.ArticleDocument;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.index.schema.IndexTemplate;
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
        index(article);
        Article french = Articles.article("elections", 1, "Municipales à Lyon",
                "Les élections municipales de Lyon ont réuni les électeurs dimanche.");
        index(new Article(french.page(), new Enrichment("fr", 0.99, null, null, null, null, 9, null), french.story()));
    }

    private static void index(Article article) throws Exception {
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
    void eachArticleIsSearchedInItsOwnLanguagesAnalysisToo() throws Exception {
        ArticleSearch search = new ArticleSearch(client, NAMES.readAlias());

        List<ArticleSearch.Hit> keepers = search.search("keepers", 5); // English stemming: keeper
        List<ArticleSearch.Hit> election = search.search("élection", 5); // French stemming: élections

        assertEquals(List.of("Alert <img src=x onerror=alert(5)> in the harbour"),
                keepers.stream().map(ArticleSearch.Hit::title).toList());
        assertEquals(List.of("Municipales à Lyon"), election.stream().map(ArticleSearch.Hit::title).toList());
    }

    @Test
    void theLanguageCopiesAreIndexedButNotStored() throws Exception {
        HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + NAMES.readAlias()
                + "/_search?q=keeper")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode source = Json.mapper().readTree(got.body()).at("/hits/hits/0/_source");

        assertTrue(source.has("text"), got.body());
        assertFalse(source.has(IndexTemplate.BY_LANGUAGE), got.body());
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
