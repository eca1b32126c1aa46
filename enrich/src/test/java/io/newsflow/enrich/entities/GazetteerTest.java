package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every name the gazetteer's files hold is found, through its small table of known words and its maps. */
class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void everySpellingOfTheFilesIsFoundAndStartsASpellingAsLongAsItself() throws IOException {
        int spellings = 0;
        for (String file : List.of("cities.tsv", "city-names.tsv", "locations.tsv", "organizations.tsv")) {
            for (String line : lines(file)) {
                String[] fields = line.split("\t");
                String all = fields.length > 1 && !file.equals("cities.tsv") ? fields[1] : fields[0];
                for (String spelling : all.split("\\|")) {
                    List<String> tokens = Tokens.split(spelling).stream().map(Tokens.Token::text).toList();
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    assertNotNull(gazetteer.lookup(tokens), spelling + " in " + file);
                    assertTrue(gazetteer.longestSpellingFrom(tokens.get(0)) >= tokens.size(), spelling);
                    spellings++;
                }
            }
        }
        assertTrue(spellings > 3_000, "spellings read: " + spellings);
    }

    @Test
    void aCanonicalNameWrittenOutNamesItsOwnEntry() throws IOException {
        // "Glaxo Wellcome" had been a spelling of GlaxoSmithKline, while "Glaxo" was Glaxo Wellcome's
        for (String file : List.of("city-names.tsv", "locations.tsv", "organizations.tsv")) {
            for (String line : lines(file)) {
                String canonical = line.split("\t")[0];
                Gazetteer.Entry entry = gazetteer.lookup(Tokens.split(canonical).stream().map(Tokens.Token::text)
                        .toList());
                if (entry != null) {
                    assertEquals(canonical, entry.canonical(), canonical + " in " + file);
                }
            }
        }
    }

    @Test
    void eachCanonicalNameHasOneEntry() throws IOException {
        // an entry added again would split a name's spellings between two lines, the later one winning
        for (String file : List.of("city-names.tsv", "locations.tsv", "organizations.tsv", "notable-people.tsv")) {
            Set<String> seen = new HashSet<>();
            for (String line : lines(file)) {
                String canonical = line.split("\t")[0];
                assertTrue(seen.add(canonical), canonical + " twice in " + file);
            }
        }
    }

    @Test
    void everyGivenNameOfTheFilesIsOne() throws IOException {
        for (String line : lines("given-names.txt")) {
            for (String name : line.trim().split("\\s+")) {
                assertTrue(gazetteer.isGivenName(name), name);
                assertTrue(gazetteer.isAnyGivenName(name), name);
            }
        }
        for (String line : lines("given-names-international.txt")) {
            assertTrue(gazetteer.isAnyGivenName(line.trim()), line);
        }
        for (String line : lines("given-names-world-news.txt")) {
            for (String name : line.trim().split("\\s+")) {
                assertTrue(gazetteer.isAnyGivenName(name), name);
                assertFalse(gazetteer.isGivenName(name), name);
            }
        }
    }

    @Test
    void commonWordsAreNeitherNamesNorTheStartOfOne() {
        for (String word : List.of("the", "said", "Tuesday", "However", "council")) {
            assertNull(gazetteer.lookup(List.of(word)), word);
            assertEquals(0, gazetteer.longestSpellingFrom(word), word);
            assertFalse(gazetteer.isAnyGivenName(word), word);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
