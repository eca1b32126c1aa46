package io.newsflow.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The JSON of an {@link Article} on {@code articles} is a contract with consumers: these golden files were
 * written by the serde before the record's shape changed, and the bytes on the topic must not.
 */
class ArticleJsonTest {

    static Article draft() {
        Page page = new Page("a".repeat(64), "https://example.com/b", "https://example.com/b", null, null, null, null,
                null, null, null, "Text.", null, "c".repeat(64), null, null, "file", null);
        return new Article(page, Enrichment.NONE, Story.NONE);
    }

    @Test
    void syndicatedArticleIsWrittenAsTheSameFlatJson() throws IOException {
        assertEquals(golden("article-syndicated"), written(EventContractTest.article()));
    }

    @Test
    void draftWithNullsAndEmptyListsIsWrittenAsTheSameFlatJson() throws IOException {
        assertEquals(golden("article-draft"), written(draft()));
    }

    @Test
    void goldenJsonReadsBackAsTheSameArticle() throws IOException {
        assertEquals(EventContractTest.article(), read("article-syndicated"));
        assertEquals(draft(), read("article-draft"));
    }

    @Test
    void partialJsonReadsWithEveryPartPresent() {
        // the indexer's search reads documents filtered to a few fields
        Article article = JsonSerde.article().deserialize("articles",
                "{\"title\":\"A title\",\"duplicate_count\":2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("A title", article.page().title());
        assertEquals(Enrichment.NONE, article.enrichment());
        assertEquals(2, article.story().duplicateCount());
        assertEquals(null, article.story().event());
    }

    private static String written(Article article) {
        return new String(JsonSerde.article().serialize("articles", article), StandardCharsets.UTF_8);
    }

    private static Article read(String name) throws IOException {
        return JsonSerde.article().deserialize("articles", golden(name).getBytes(StandardCharsets.UTF_8));
    }

    /** The golden file in the serde's compact form; the tree keeps the field order of the file. */
    private static String golden(String name) throws IOException {
        try (InputStream in = ArticleJsonTest.class.getResourceAsStream("golden/" + name + ".json")) {
            return Json.mapper().writeValueAsString(Json.mapper().readTree(in));
        }
    }
}
