package io.newsflow.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaxonomyTest {

    @Test
    void aTopicNeedsItsMinimumNumberOfMatchesAndStarsMatchAnyEnding() {
        TopicTaxonomy t = TopicTaxonomy.parse("sanctions\t2\tsanction*|embargo\nnuclear\t1\tnuclear\n", "test");
        assertEquals(List.of("sanctions"), t.topics("New sanctions", "The embargo and the sanctioned firms."));
        assertEquals(List.of(), t.topics(null, "One sanction only."));
        assertEquals(List.of("nuclear"), t.topics(null, "A nuclear test."));
    }

    @Test
    void theBuiltInTaxonomyTagsAHumanRightsAndSanctionsStory() {
        List<String> topics = TopicTaxonomy.defaults().topics("Envoy", "The regime is accused of torture and public "
                + "executions, holding political prisoners in prison camps. An executive order calls for sanctions "
                + "against those responsible for the human rights abuses.");
        assertTrue(topics.containsAll(List.of("human-rights", "sanctions")), topics.toString());
    }

    @Test
    void aCouncilVoteIsNotAnElection() {
        List<String> topics = TopicTaxonomy.defaults().topics("Council backs flood barrier", "The council voted 9 to 2 "
                + "on Tuesday to build a flood barrier on the river. The vote followed a long debate, and a second vote "
                + "on the cost is due next month.");
        assertTrue(!topics.contains("elections"), topics.toString());
    }

    @Test
    void anElectionIsStillAnElection() {
        List<String> topics = TopicTaxonomy.defaults().topics("Polls close", "Voters queued at polling stations as "
                + "the election drew a record turnout; both candidates urged supporters to vote.");
        assertTrue(topics.contains("elections"), topics.toString());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> TopicTaxonomy.parse("# c\nonly-a-name\n", "f.tsv"));
        assertTrue(e.getMessage().startsWith("f.tsv:2:"), e.getMessage());
    }

    /** All topics are counted in one scan: a word counts once per topic, and for every topic whose term it starts. */
    @Test
    void aWordCountsOncePerTopicAndForEveryTopicItMatches() {
        TopicTaxonomy t = TopicTaxonomy.parse("arms\t2\tnuclear|nuclear test\nenergy\t1\tnuclear*\n"
                + "tests\t2\ttest*|nuclear test\n", "test");
        assertEquals(List.of("energy", "tests"), t.topics(null, "A nuclear test."));
        assertEquals(List.of("arms", "energy", "tests"), t.topics("Nuclear tests", "Another nuclear test, the third."));
    }
}
