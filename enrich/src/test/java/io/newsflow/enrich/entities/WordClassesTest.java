package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.training.NameFinderTraining;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    @Test
    void everyWordHasTheClassTheModelsDictionaryGivesIt() throws IOException {
        byte[] file = EntityExtractor.readModel();
        WordClasses classes = WordClasses.read(file);
        String entry = entry(file);
        WordClusterDictionary dictionary = new WordClusterDictionary(
                new ByteArrayInputStream(entry.getBytes(StandardCharsets.UTF_8)));
        int words = 0;
        int beyondAscii = 0;
        for (String line : entry.split("\n")) {
            String word = line.split(" ")[0];
            assertEquals(dictionary.lookupToken(word), classes.classOf(word), word);
            words++;
            beyondAscii += word.chars().anyMatch(c -> c > 127) ? 1 : 0;
        }
        assertTrue(words > 10_000, "too few words: " + words);
        assertTrue(beyondAscii > 0, "no word beyond ASCII was checked");
        for (String unknown : new String[] {"Zzyzxqv", "the ", "", "Thhhe", "Ünïcödé-wörd"}) {
            assertNull(dictionary.lookupToken(unknown), unknown);
            assertNull(classes.classOf(unknown), unknown);
        }
    }

    @Test
    void aModelFileWithoutWordClassesIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write("Manifest-Version=1.0\n".getBytes(StandardCharsets.UTF_8));
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> WordClasses.read(out.toByteArray()));
        assertTrue(refused.getMessage().contains(NameFinderTraining.CLUSTERS_RESOURCE), refused.getMessage());
    }

    private static String entry(byte[] file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(NameFinderTraining.CLUSTERS_RESOURCE)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the shipped model carries no word classes");
    }
}
