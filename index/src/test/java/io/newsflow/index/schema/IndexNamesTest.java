package io.newsflow.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void derivesEveryNameFromTheReadAlias() {
        IndexNames names = IndexNames.DEFAULT;

        assertEquals("articles", names.readAlias());
        assertEquals("articles-write", names.writeAlias());
        assertEquals("articles-000001", names.firstIndex());
        assertEquals("articles-0*", names.indexPattern());
    }

    @Test
    void refusesNamesOpenSearchWouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("Articles"));
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("_articles"));
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("a/b"));
    }
}
