package io.newsflow.enrich.dedup;

import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.enrich.dedup.ArticleState.Status;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleStateTest {

    private static final Page PAGE = page("https://a.example/bridge", "Bridge closes", "The bridge closes.", T0);
    private static final Article DRAFT = Articles.draft(PAGE, "en", 1, null, null, null, null, 3, null);

    private final ArticleState pending = ArticleState.pending(DRAFT, PAGE.contentHash(), T0, 2, 4,
            List.of(copy("c1")));

    @Test
    void aPendingStateHasNoStoryYet() {
        assertEquals(Status.PENDING, pending.status());
        assertNull(pending.storyId());
        assertEquals(2, pending.revision());
        assertEquals(4, pending.version());
    }

    @Test
    void anEmittedArticleSetsStatusRevisionVersionAndStoryAndEmptiesTheQueue() {
        ArticleState article = pending.withArticle(DRAFT.withStory(Story.created(PAGE.id(), 2, 5)));
        assertEquals(new ArticleState(Status.ARTICLE, DRAFT.withStory(Story.created(PAGE.id(), 2, 5)),
                PAGE.contentHash(), T0, 2, 5, PAGE.id(), List.of()), article);
    }

    @Test
    void aDuplicateKeepsItsDraftAndVersionAndHandsItsQueueOn() {
        assertEquals(new ArticleState(Status.DUPLICATE, DRAFT, PAGE.contentHash(), T0, 2, 4, "canonical", List.of()),
                pending.asDuplicateOf("canonical"));
    }

    @Test
    void copiesAreQueuedInOrderOnANewState() {
        ArticleState more = pending.withQueued(copy("c2"));
        assertEquals(List.of(copy("c1"), copy("c2")), more.queued());
        assertEquals(List.of(copy("c1")), pending.queued());
        assertEquals(Status.PENDING, more.status());
    }

    @Test
    void theStoredJsonReadsBackEqual() {
        JsonSerde<ArticleState> serde = JsonSerde.of(ArticleState.class);
        ArticleState article = pending.withArticle(DRAFT.withStory(Story.created(PAGE.id(), 2, 5)));
        for (ArticleState state : List.of(pending, article, pending.asDuplicateOf("canonical"))) {
            assertEquals(state, serde.deserialize("store", serde.serialize("store", state)));
        }
    }

    private static DedupCommand copy(String id) {
        return new DedupCommand(DedupCommand.Kind.ATTACH,
                new DocRef(id, "https://b.example/" + id, "b.example", "Copy", "c".repeat(64), T0), 1, null);
    }
}
