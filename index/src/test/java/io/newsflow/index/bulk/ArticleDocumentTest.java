package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Article;
import io.newsflow.events.Enrichment;
import io.newsflow.events.Json;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.index.schema.IndexTemplate;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {

    private static final String ARTICLE = """
            {"id":"a1","url":"https://example.org/a","canonical_url":"https://example.org/a","site":"example.org",
             "title":"Strike ends","text":"Dockworkers returned.","content_hash":"00",
             "ingested_at":"2026-11-20T08:30:00.123456Z","source":"http","language":"en",
             "entities":{"people":["Maria Okafor"],"organizations":[],"locations":["Calder"]},
             "story_id":"a1","revision":1,"version":2,"event":"syndicated",
             "duplicates":[{"url":"https://copy.example.net/b","site":"example.net","similarity":0.97,
                            "method":"near","seen_at":"2026-11-20T09:00:00Z"}],"duplicate_count":1}""";

    private static final Instant INDEXED_AT = Instant.parse("2026-11-20T08:30:02.5Z");

    private final Article article = read(ARTICLE);
    private final ObjectNode document = Json.mapper().valueToTree(new ArticleDocument(article, INDEXED_AT));

    @Test
    void isTheArticleJsonWithIndexedAtAdded() {
        ObjectNode withoutIndexedAt = document.deepCopy();
        withoutIndexedAt.remove("indexed_at");
        withoutIndexedAt.remove(IndexTemplate.BY_LANGUAGE);

        assertEquals(Json.mapper().valueToTree(article), withoutIndexedAt);
        assertEquals(INDEXED_AT, Instant.parse(document.path("indexed_at").asText()));
        assertEquals("Maria Okafor", document.path("entities").path("people").get(0).asText());
        assertEquals(1, document.path("duplicate_count").asInt());
    }

    @Test
    void carriesTitleSummaryAndTextOnceMoreUnderTheArticlesLanguageOnly() {
        JsonNode byLanguage = document.path(IndexTemplate.BY_LANGUAGE);
        assertEquals(List.of("en"), names(byLanguage).stream().toList());
        assertEquals(article.page().title(), byLanguage.path("en").path("title").asText());
        assertEquals(article.enrichment().summary(), byLanguage.path("en").path("summary").textValue());
        assertEquals(article.page().text(), byLanguage.path("en").path("text").asText());

        for (String language : new String[] {"pl", null}) {
            Article other = new Article(article.page(), new Enrichment(language, 0.9, article.enrichment().entities(),
                    article.enrichment().keywords(), article.enrichment().topics(), article.enrichment().summary(),
                    article.enrichment().wordCount(), article.enrichment().wire()), article.story());
            JsonNode json = Json.mapper().valueToTree(new ArticleDocument(other, INDEXED_AT));
            assertFalse(json.has(IndexTemplate.BY_LANGUAGE), "no analyzer for " + language + ": neutral fields only");
        }
    }

    @Test
    void hasExactlyTheTopLevelFieldsTheStrictMappingAccepts() {
        JsonNode mapped = IndexTemplate.json(IndexNames.DEFAULT, 1, 0).path("template").path("mappings")
                .path("properties");

        assertEquals(names(mapped), names(document));
        assertEquals("date", mapped.path("indexed_at").path("type").asText());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Article read(String json) {
        try {
            return Json.mapper().readValue(json, Article.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
