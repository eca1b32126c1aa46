package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateTest {

    private final Boilerplate vocabulary = Boilerplate.defaults();

    @Test
    void marksClassNamesByTheirWordsAndCamelCaseHumps() {
        assertTrue(vocabulary.isBoilerplateAttribute("share-buttons"));
        assertTrue(vocabulary.isBoilerplateAttribute("post shareBar"));
        assertTrue(vocabulary.isBoilerplateAttribute("c-ad__slot"));
        assertTrue(vocabulary.isBoilerplateAttribute("more-stories-list"));
        assertTrue(vocabulary.isBoilerplateAttribute("entry-meta"));
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertFalse(vocabulary.isBoilerplateAttribute("header-shadow download"));
        assertFalse(vocabulary.isBoilerplateAttribute("loaded"));
        assertFalse(vocabulary.isBoilerplateAttribute("thread"));
    }

    @Test
    void aClassNameEndingInAContentWordIsContent() {
        assertFalse(vocabulary.isBoilerplateAttribute("sidebar-content"));
        assertFalse(vocabulary.isBoilerplateAttribute("related-post-body"));
        assertTrue(vocabulary.isBoilerplateAttribute("related-post-body comments"), "each class name counts");
        assertTrue(vocabulary.isContentAttribute("entry-content"));
    }

    @Test
    void matchesWholeBoilerplateLinesButNotProseThatMentionsThem() {
        assertTrue(vocabulary.isBoilerplateLine("Accessibility links"));
        assertTrue(vocabulary.isBoilerplateLine("  please wait "));
        assertTrue(vocabulary.isBoilerplateLine("0:00 0:03:32 0:00"));
        assertTrue(vocabulary.isBoilerplateLine("spot_imgspot_img"));
        assertTrue(vocabulary.isBoilerplateLine("Related: Council sets the budget"));
        assertFalse(vocabulary.isBoilerplateLine("Breaking news reached the village late on Tuesday evening."));
        assertFalse(vocabulary.isBoilerplateLine("From the harbour the view is wide."));
    }

    @Test
    void knowsBylineDateAndCreditLinesButNotProseAboutThem() {
        assertTrue(vocabulary.isMetaLine("By Mara Quinn"));
        assertTrue(vocabulary.isMetaLine("Updated: Dec 4, 2025 at 9:27 am"));
        assertTrue(vocabulary.isMetaLine("Published on 12 March 2024"));
        assertTrue(vocabulary.isMetaLine("Reading time: 8 minutes"));
        assertFalse(vocabulary.isMetaLine("By the end of March 2024 the bridge had reopened to traffic."));
        assertFalse(vocabulary.isMetaLine("by establishing a clear process"));
        assertTrue(vocabulary.isCreditLine("Credit: Getty Images / fizkes"));
        assertTrue(vocabulary.isCreditLine("Guests at the bakery on Monday. | Photo by Lisa Jennings"));
        assertFalse(vocabulary.isCreditLine("Video: 4K/30p, Full HD 120p"));
        assertFalse(vocabulary.isCreditLine("The photographer took the picture by the river at dawn."));
    }

    @Test
    void operatorsExtendTheVocabularyWithTheirOwnFile(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.txt");
        Files.writeString(extra, "# house rules\n[block-words]\nkicker\n[lines]\nWatch our live coverage\n"
                + "[meta-lines]\nfiled at \\d{1,2}:\\d{2}\n[credit-lines]\npicture desk\n");
        Boilerplate extended = Boilerplate.defaultsWith(extra);
        assertTrue(extended.isBoilerplateAttribute("story-kicker"));
        assertTrue(extended.isBoilerplateLine("watch our live coverage"));
        assertTrue(extended.isBoilerplateLine("Accessibility links"), "shipped entries stay");
        assertTrue(extended.isMetaLine("Filed at 9:30"));
        assertTrue(extended.isCreditLine("Picture desk"));
        assertFalse(vocabulary.isBoilerplateAttribute("story-kicker"), "the shipped vocabulary is unchanged");
    }

    @Test
    void aBrokenVocabularyFileIsRefusedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "[lines]\nunclosed (group\n");
        IOException e = assertThrows(IOException.class, () -> Boilerplate.defaultsWith(bad));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    }
}
