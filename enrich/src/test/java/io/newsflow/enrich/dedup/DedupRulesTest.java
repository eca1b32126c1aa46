package io.newsflow.enrich.dedup;

import io.newsflow.testkit.SharedData;
import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.fixture;
import static io.newsflow.enrich.TestPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every row of the de-duplication table, through the same steps the topology runs. */
class DedupRulesTest {

    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    private static final String BRIDGE = fixture("dedup/bridge.txt");

    private final List<Article> articles = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final DedupReplay replay = new DedupReplay(DedupSettings.DEFAULTS,
            p -> new EnrichedPage(Articles.draft(p, "en", 1, null, null, null, null, 0, null),
                    FINGERPRINTER.fingerprint(p.text())),
            articles::add, duplicates::add);

    @Test
    void redeliveryOfTheSameContentAtTheSameUrlIsDropped() {
        Page page = page("https://a.example/bridge", "Bridge closes", BRIDGE, T0);
        replay.accept(page);
        replay.accept(page);
        assertEquals(List.of(Article.CREATED), events());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void newContentAtTheSameUrlIsAnUpdateWithTheNextRevisionAndVersion() {
        replay.accept(page("https://a.example/bridge", "Bridge closes", BRIDGE, T0));
        replay.accept(page("https://a.example/bridge", "Bridge closes", BRIDGE + "\n\nThis story was updated.", T0));
        assertEquals(List.of(Article.CREATED, Article.UPDATED), events());
        Article updated = articles.get(1);
        assertEquals(2, updated.story().revision());
        assertEquals(2, updated.story().version());
        assertEquals(updated.id(), updated.story().storyId());
    }

    @Test
    void aCopyOfAnUpdatedArticlesNewTextIsADuplicateOfIt() {
        String library = fixture("dedup/library.txt");
        Page first = page("https://a.example/story", "Live", "Breaking: a short first version of the story.", T0);
        replay.accept(first);
        replay.accept(page("https://a.example/story", "Live", library, T0.plusSeconds(600)));
        replay.accept(page("https://b.example/copy", "Copy", library + "\n\n(AP)", T0.plusSeconds(1200)));
        assertEquals(List.of(Article.CREATED, Article.UPDATED, Article.SYNDICATED), events());
        assertEquals(first.id(), duplicates.get(0).storyId());
    }

    @Test
    void sameTextAtANewUrlIsAnExactDuplicateOfTheFirstArticle() {
        Page first = page("https://a.example/bridge", "Bridge closes", BRIDGE, T0);
        replay.accept(first);
        replay.accept(page("https://b.example/news/1", "Harbour bridge shut to lorries", BRIDGE, T0.plusSeconds(3600)));
        assertEquals(List.of(Article.CREATED, Article.SYNDICATED), events());
        Duplicate dup = duplicates.get(0);
        assertEquals(Duplicate.EXACT, dup.method());
        assertEquals(first.id(), dup.duplicateOf());
        assertEquals(first.id(), dup.storyId());
        Article syndicated = articles.get(1);
        assertEquals(2, syndicated.story().version());
        assertEquals(1, syndicated.story().duplicateCount());
        assertEquals("https://b.example/news/1", syndicated.story().duplicates().get(0).url());
    }

    @Test
    void lightlyEditedCopyWithOtherCreditIsANearDuplicate() {
        String edited = BRIDGE.replace("on Tuesday", "on Tuesday evening")
                .replace("reluctantly", "with reluctance")
                .replace("angrily", "furiously") + "\n\n(AP)";
        assertNearDuplicate(edited);
    }

    @Test
    void copyInOtherBoilerplateWithAnotherHeadlineIsANearDuplicate() {
        String wrapped = "Harbour bridge shut to heavy lorries\n\nBy Staff Reporter\n\n" + BRIDGE
                + "\n\nShare this article\n\nSign up for our morning newsletter\n\nRelated: Port traffic hits record";
        assertNearDuplicate(wrapped);
    }

    @Test
    void copyTruncatedToHalfIsANearDuplicate() {
        String[] paragraphs = BRIDGE.split("\n\n");
        assertNearDuplicate(String.join("\n\n", Arrays.copyOf(paragraphs, paragraphs.length / 2)));
    }

    @Test
    void copyTruncatedToTheLeadIsANearDuplicate() {
        assertNearDuplicate(BRIDGE.split("\n\n")[0] + "\n\nRead more on our website.");
    }

    @Test
    void copyWithDroppedParagraphsIsANearDuplicate() {
        List<String> paragraphs = new ArrayList<>(List.of(BRIDGE.split("\n\n")));
        paragraphs.remove(3);
        paragraphs.remove(1);
        assertNearDuplicate(String.join("\n\n", paragraphs));
    }

    @Test
    void sameTextFarOutsideTheWindowIsANewArticle() {
        replay.accept(page("https://a.example/bridge", "Bridge closes", BRIDGE, T0));
        replay.accept(page("https://a.example/bridge-again", "Bridge closes", BRIDGE, T0.plus(Duration.ofDays(45))));
        assertEquals(List.of(Article.CREATED, Article.CREATED), events());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void nearCopyOutsideTheNearWindowIsANewArticle() {
        replay.accept(page("https://a.example/bridge", "Bridge closes", BRIDGE, T0));
        replay.accept(page("https://b.example/bridge", "Bridge closes", BRIDGE + "\n\n(AP)", T0.plus(Duration.ofDays(5))));
        assertEquals(List.of(Article.CREATED, Article.CREATED), events());
    }

    @Test
    void differentStoriesAreBothNew() {
        replay.accept(page("https://a.example/bridge", "Bridge closes", BRIDGE, T0));
        replay.accept(page("https://a.example/library", "Library reopens", fixture("dedup/library.txt"), T0));
        assertEquals(List.of(Article.CREATED, Article.CREATED), events());
    }

    @Test
    void sameTemplateWithOtherFiguresOnAnotherDayIsANewArticle() {
        String template = fixture("dedup/fuel-template.txt");
        String monday = template.replace("{A}", "72").replace("{B}", "64").replace("{C}", "980")
                .replace("{D}", "4200").replace("{E}", "65").replace("{F}", "89");
        String nextMonday = template.replace("{A}", "75").replace("{B}", "61").replace("{C}", "1015")
                .replace("{D}", "4150").replace("{E}", "69").replace("{F}", "93");
        replay.accept(page("https://energy.example/fuel/week-10", "Fuel prices", monday, T0));
        replay.accept(page("https://energy.example/fuel/week-11", "Fuel prices", nextMonday, T0.plus(Duration.ofDays(2))));
        assertEquals(List.of(Article.CREATED, Article.CREATED), events());
    }

    @Test
    void seedsThatShareASentenceButTellDifferentStoriesAreBothNew() {
        Optional<Path> seed0 = seed("000_");
        Optional<Path> seed1 = seed("001_");
        assumeTrue(seed0.isPresent() && seed1.isPresent(), "shared seeds not present");
        replay.accept(page("https://en.yna.co.kr/view/1", "Envoy", TestPages.read(seed0.get()), T0));
        replay.accept(page("https://www.koreaherald.com/view/2", "Talks", TestPages.read(seed1.get()), T0.plusSeconds(600)));
        assertEquals(List.of(Article.CREATED, Article.CREATED), events());
    }

    @Test
    void everyCopyGrowsTheCanonicalArticlesDuplicatesAndVersion() {
        Page first = page("https://a.example/bridge", "Bridge closes", BRIDGE, T0);
        replay.accept(first);
        replay.accept(page("https://b.example/1", "t", BRIDGE + "\n\n(Reuters)", T0.plusSeconds(60)));
        replay.accept(page("https://c.example/2", "t", BRIDGE.split("\n\n")[0], T0.plusSeconds(120)));
        assertEquals(List.of(Article.CREATED, Article.SYNDICATED, Article.SYNDICATED), events());
        assertEquals(List.of(1L, 2L, 3L), articles.stream().map(Article::story).map(Story::version).toList());
        assertEquals(2, articles.get(2).story().duplicateCount());
        assertTrue(duplicates.stream().allMatch(d -> d.storyId().equals(first.id())));
    }

    private void assertNearDuplicate(String copy) {
        Page first = page("https://a.example/bridge", "Bridge closes", BRIDGE, T0);
        replay.accept(first);
        replay.accept(page("https://b.example/copy", "Another headline", copy, T0.plus(Duration.ofHours(6))));
        assertEquals(List.of(Article.CREATED, Article.SYNDICATED), events());
        assertEquals(1, duplicates.size());
        assertEquals(Duplicate.NEAR, duplicates.get(0).method());
        assertEquals(first.id(), duplicates.get(0).duplicateOf());
    }

    private List<String> events() {
        return articles.stream().map(Article::story).map(Story::event).collect(Collectors.toList());
    }

    static Optional<Path> seed(String prefix) {
        return SharedData.find("seeds").flatMap(dir -> {
            try (var files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
    }
}
