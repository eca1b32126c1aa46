package io.newsflow.enrich.entities.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    private static final List<String> PEOPLE = List.of("Smith", "Jones", "Brown", "Taylor", "Wilson");
    private static final List<String> CITIES = List.of("Paris", "London", "Berlin", "Madrid", "Rome");
    private static final List<String> VERBS = List.of("said", "added", "wrote", "warned", "noted");

    /** Sentences from templates: people speak, things happen in cities. */
    private static List<List<String>> text(long seed) {
        Random random = new Random(seed);
        List<List<String>> sentences = new ArrayList<>();
        for (int k = 0; k < 2_000; k++) {
            String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
            String city = CITIES.get(random.nextInt(CITIES.size()));
            String verb = VERBS.get(random.nextInt(VERBS.size()));
            sentences.add(switch (random.nextInt(3)) {
                case 0 -> Arrays.asList("Mr", person, verb, "on", "Monday", ".");
                case 1 -> Arrays.asList("Talks", "opened", "in", city, "on", "Monday", ".");
                default -> Arrays.asList("Mr", person, verb, "talks", "in", city, "would", "go", "on", ".");
            });
        }
        return sentences;
    }

    @Test
    void wordsUsedAlikeShareAClassAndWordsUsedOtherwiseDoNot() {
        Map<String, Integer> classes = WordClusters.learn(text(1), 8, 1, 20);

        for (List<String> group : List.of(PEOPLE, CITIES, VERBS)) {
            for (String w : group) {
                assertEquals(classes.get(group.get(0)), classes.get(w), w + " apart from " + group.get(0) + ": " + classes);
            }
        }
        assertNotEquals(classes.get("Smith"), classes.get("Paris"), classes.toString());
        assertNotEquals(classes.get("said"), classes.get("Paris"), classes.toString());
    }

    @Test
    void theSameTextGivesTheSameClassesAndRareWordsGetNone() {
        List<List<String>> text = new ArrayList<>(text(2));
        text.add(List.of("Mr", "Onceonly", "said", "."));

        Map<String, Integer> first = WordClusters.learn(text, 8, 2, 20);
        Map<String, Integer> second = WordClusters.learn(new ArrayList<>(text), 8, 2, 20);

        assertEquals(first, second);
        assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()), "most frequent first, in one order");
        assertFalse(first.containsKey("Onceonly"));
    }
}
