package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.Tokens.Token;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast decoder against OpenNLP's own: the same names as {@code NameFinderME} with the shipped model (beam of
 * one), document by document with the adaptive data carried over, wherever no name starts with a lower-case word (the
 * only words the decoder does not ask the model about); and the weights layout ranks outcomes as the model does.
 */
class NameDecoderTest {

    private static final String NEWS = """
            Czech President Vaclav Havel on Friday welcomed the decision. Bill Jordan, general secretary of the ICFTU, \
            said in Brussels that the African National Congress (ANC) would meet in Johannesburg. Salomon Brothers said \
            Munich Re had bought a stake in the company. Heineken and Exxon shares rose in Amsterdam and New York. \
            The Office of Fair Trading will look at the deal, a spokeswoman for Downing Street said on Tuesday. \
            SEOUL, April 5 (Yonhap) -- North Korea fired a missile into the East Sea, South Korea's Joint Chiefs of \
            Staff said. Havel later flew to Prague. 3M and 7-Eleven reported results; de Gaulle airport was shut.             The talks in Geneva were led by Foreign Minister Anna Lindqvist and her Danish counterpart.             However, shares in British Airways fell 12 pence after American Airlines said it would wait.             In Tokyo, the Bank of Japan left rates unchanged, a spokesman for the Finance Ministry said.             The Red Cross flew medicine from Nairobi to Kigali on Thursday, aid workers in Rwanda said.             If the European Commission approves the plan, Volvo and Renault will merge by June.             The striker Alan Shearer scored twice as Newcastle beat Tottenham at St James' Park.             Police in Sarajevo said three soldiers were detained near Pale, Reuters reported.             The World Bank and the International Monetary Fund will meet in Washington next week.""";

    private static TokenNameFinderModel model;
    private static FeatureWeights weights;
    private static WordClasses classes;

    @BeforeAll
    static void load() throws IOException {
        byte[] file = EntityExtractor.readModel();
        model = new TokenNameFinderModel(new ByteArrayInputStream(file));
        weights = NameDecoder.weights(model);
        classes = WordClasses.read(file);
    }

    @Test
    void findsTheNamesOpenNlpFindsInNewsText() throws IOException {
        NameDecoder decoder = new NameDecoder(model, weights, classes);
        NameFinderME reference = new NameFinderME(model);
        int names = 0;
        for (List<String[]> document : sentences()) {
            for (String[] words : document) {
                Span[] expected = reference.find(words);
                Span[] found = decoder.find(words);
                if (Arrays.stream(expected).anyMatch(s -> Character.isLowerCase(words[s.getStart()].charAt(0)))) {
                    continue; // a name OpenNLP starts at a lower-case word: the decoder skips such words by design
                }
                assertArrayEquals(typed(expected), typed(found), String.join(" ", words));
                names += found.length;
            }
            reference.clearAdaptiveData();
            decoder.clearAdaptiveData();
        }
        assertTrue(names >= 10, "too few names compared: " + names);
    }

    @Test
    void aPlainOpenerIsOutsideAnyNameAndTheRestOfItsSentenceIsDecidedAsBefore() throws IOException {
        NameDecoder decoder = new NameDecoder(model, weights, classes);
        NameFinderME reference = new NameFinderME(model);
        int sentences = 0;
        int dropped = 0;
        for (List<String[]> document : sentences()) {
            for (String[] words : document) {
                Span[] expected = reference.find(words);
                Span[] found = decoder.find(words, true);
                assertTrue(Arrays.stream(found).noneMatch(s -> s.getStart() == 0), String.join(" ", words));
                if (Arrays.stream(expected).anyMatch(s -> s.getStart() == 0
                        || Character.isLowerCase(words[s.getStart()].charAt(0)))) {
                    dropped++; // "Salomon Brothers said": the caller passes only openers such as "The", "However"
                    continue;
                }
                assertArrayEquals(typed(expected), typed(found), String.join(" ", words));
                sentences++;
            }
            reference.clearAdaptiveData();
            decoder.clearAdaptiveData();
        }
        assertTrue(sentences >= 10 && dropped >= 1, sentences + " sentences compared, " + dropped + " left out");
    }

    @Test
    void eachWordsScoresAreTheSumsOfTheWeightsOfOpenNlpsFeatures() throws IOException {
        assertScoresAsOpenNlps(new NameFeatures(model, weights, classes));
    }

    /**
     * The words met are kept from one document to the next, up to {@link NameFeatures#KEPT_ENTRIES}; a document that
     * takes them beyond that (here far beyond) has the words met once forgotten, the others kept (moved), and the
     * scores of the next are the same, kept or summed afresh.
     */
    @Test
    void theScoresAreTheSameAfterADocumentOfMoreWordsThanAreKept() throws IOException {
        NameFeatures features = new NameFeatures(model, weights, classes);
        double[] scores = new double[weights.outcomeCount()];
        List<String[]> sentences = new ArrayList<>();
        sentences.add(wordsMetOnce(-100)); // so that the words kept move
        sentences().forEach(sentences::addAll); // the words compared after, met twice and kept
        sentences().forEach(sentences::addAll);
        for (int first = 0; first <= 2 * NameFeatures.KEPT_ENTRIES; first += 100) { // a huge document's words
            sentences.add(wordsMetOnce(first));
        }
        for (String[] words : sentences) {
            String[] outcomes = new String[words.length];
            Arrays.fill(outcomes, "other");
            features.sentence(words);
            for (int i = 0; i < words.length; i++) {
                features.score(i, outcomes, scores);
            }
            features.update(outcomes);
        }
        features.clear();
        int kept = features.wordsKept();
        assertTrue(kept > 100 && kept < 10_000, kept + " words kept");
        assertScoresAsOpenNlps(features);
    }

    private static String[] wordsMetOnce(int first) {
        String[] words = new String[100];
        for (int k = 0; k < words.length; k++) {
            words[k] = "Word" + (first + k);
        }
        return words;
    }

    /**
     * Every word's scores, as the decoder sums them, are the weights of the features OpenNLP's context generator makes
     * summed (within the rounding of a double: a missing or wrong feature is off by its weight), for every outcome,
     * with the same document's earlier outcomes and words as OpenNLP sees them.
     */
    private static void assertScoresAsOpenNlps(NameFeatures features) throws IOException {
        NameContextGenerator contexts = model.getFactory().createContextGenerator();
        NameFinderME reference = new NameFinderME(model);
        double[] expected = new double[weights.outcomeCount()];
        double[] scores = new double[weights.outcomeCount()];
        int compared = 0;
        for (List<String[]> document : sentences()) {
            for (String[] words : document) {
                String[] outcomes = outcomes(reference.find(words), words.length);
                features.sentence(words);
                for (int i = 0; i < words.length; i++) {
                    weights.score(contexts.getContext(i, words, outcomes, null), expected);
                    features.score(i, outcomes, scores);
                    assertArrayEquals(expected, scores, 1e-9, words[i] + " in " + String.join(" ", words));
                    compared++;
                }
                contexts.updateAdaptiveData(words, outcomes);
                features.update(outcomes);
            }
            contexts.clearAdaptiveData();
            features.clear();
            reference.clearAdaptiveData();
        }
        assertTrue(compared > 100, "too few words compared: " + compared);
    }

    @Test
    void aModelTrainedFromAnotherDescriptorIsRefused() throws IOException {
        byte[] other = new String(NameFeatures.descriptor(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<int name=\"length\">4</int>", "<int name=\"length\">3</int>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MaxentModel maxent = model.getArtifact("nameFinder.model");
        TokenNameFinderModel retrained = new TokenNameFinderModel("en", maxent, 1, other, java.util.Map.of(),
                java.util.Map.of());
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new NameFeatures(retrained, weights, classes));
        assertTrue(refused.getMessage().contains("feature descriptor"), refused.getMessage());
    }

    /** The outcome of every word, as the decoder records them, from the names OpenNLP found. */
    private static String[] outcomes(Span[] names, int length) {
        String[] outcomes = new String[length];
        Arrays.fill(outcomes, "other");
        for (Span s : names) {
            outcomes[s.getStart()] = s.getType() + "-start";
            for (int k = s.getStart() + 1; k < s.getEnd(); k++) {
                outcomes[k] = s.getType() + "-cont";
            }
        }
        return outcomes;
    }

    /** Each document's sentences as the extractor splits them: the words the decoder is given. */
    private static List<List<String[]>> sentences() throws IOException {
        List<List<String[]>> all = new ArrayList<>();
        for (String document : documents()) {
            List<Token> tokens = Tokens.split(document);
            List<String[]> sentences = new ArrayList<>();
            int from = 0;
            for (int end : Tokens.sentenceEnds(document, tokens)) {
                sentences.add(tokens.subList(from, end).stream().map(Token::text).toArray(String[]::new));
                from = end;
            }
            all.add(sentences);
        }
        return all;
    }

    private static List<String> documents() throws IOException {
        List<String> documents = new ArrayList<>(List.of(NEWS));
        var seeds = SharedData.find("seeds");
        if (seeds.isPresent()) {
            try (Stream<Path> files = Files.list(seeds.get())) {
                for (Path f : files.sorted().toList()) {
                    documents.add(Files.readString(f));
                }
            }
        }
        return documents;
    }

    @Test
    void theWeightsRankEveryOutcomeAsTheModelDoes() {
        MaxentModel maxent = model.getArtifact("nameFinder.model");
        NameContextGenerator contexts = model.getFactory().createContextGenerator();
        String[] words = Tokens.split(NEWS).stream().map(Token::text).toArray(String[]::new);
        String[] outcomes = new String[words.length];
        Arrays.fill(outcomes, "other");
        double[] scores = new double[weights.outcomeCount()];
        for (int i = 0; i < words.length; i++) {
            String[] context = contexts.getContext(i, words, outcomes, null);
            double[] probabilities = maxent.eval(context);
            weights.score(context, scores);
            // the model's probabilities are the softmax of the summed weights (its prior is uniform)
            double sum = Arrays.stream(scores).map(Math::exp).sum();
            for (int k = 0; k < scores.length; k++) {
                assertEquals(probabilities[maxent.getIndex(weights.outcome(k))], Math.exp(scores[k]) / sum, 1e-4,
                        words[i] + " " + weights.outcome(k));
            }
        }
    }

    private static String[] typed(Span[] spans) {
        return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd() + ":" + s.getType()).toArray(String[]::new);
    }

    @Test
    void theLowerCaseOfAWordIsOpenNlpsLowerCase() {
        for (String word : List.of("said", "Havel", "ICFTU", "McDONALD'S", "7-Eleven", "Ünter", "İstanbul", "ΣΟΦΙΑ",
                "Straße", "ǅemal", "U.S.", "")) {
            assertEquals(opennlp.tools.util.StringUtil.toLowerCase(word), NameFeatures.lowerCase(word), word);
        }
    }

    @Test
    void theClassOfATokenIsOpenNlpsClass() {
        for (String word : List.of("said", "Havel", "ICFTU", "A", "J.", "Ö.", "É.", "j.", "JR.", "U.S.", "St.", "12",
                "1996", "123", "7-Eleven", "3-2", "1/2", "1,200", "2.5", "4d", "ひらがな", "カタカナ", "Straße", "ΣΟΦΙΑ",
                "McDONALD'S", "'s", "-", "(", "")) {
            assertEquals(opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(word),
                    NameFeatures.tokenClass(word), word);
        }
    }
}
