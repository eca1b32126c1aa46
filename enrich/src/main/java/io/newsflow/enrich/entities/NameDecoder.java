package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Greedy decoding of the name-finder model, with the model's own features ({@link NameFeatures}, found without
 * building strings) and weights ({@link FeatureWeights}), that asks the model only about words that can be in a
 * name. A word that starts with a lower-case letter or is punctuation, right after a word outside any name, is
 * outside any name: no name starts with it, and the model is not asked; so is a sentence's first word when the
 * caller knows it for one that opens sentences ("The", "However"). The others are decided as OpenNLP's
 * {@code NameFinderME} with a beam of one decides them (the most likely outcome that continues the sequence
 * validly), and the document's adaptive data (how each word was tagged before) is kept the same way; the names are
 * the spans {@link BioCodec} makes of the outcomes, collected as they are decided.
 * Within a news sentence most words are skipped, which makes it several times cheaper than {@code NameFinderME}.
 * One per thread: it holds the document's adaptive data.
 */
final class NameDecoder {

    private static final String OTHER = BioCodec.OTHER;
    private static final String CONTINUE_SUFFIX = "-" + BioCodec.CONTINUE;
    private static final String START_SUFFIX = "-" + BioCodec.START;

    private final FeatureWeights model;
    private final NameFeatures features;
    /** Per outcome index: its type ("PER") and whether it continues a name; null type for "other". */
    private final String[] types;
    private final boolean[] continues;
    private final double[] scores;

    /**
     * @param weights the weights of {@code trained}'s maximum-entropy model, shared by every thread's decoder
     * @param classes the word classes {@code trained} carries, shared likewise
     */
    NameDecoder(TokenNameFinderModel trained, FeatureWeights weights, WordClasses classes) {
        this.model = weights;
        this.features = new NameFeatures(trained, weights, classes);
        int n = weights.outcomeCount();
        this.types = new String[n];
        this.continues = new boolean[n];
        for (int k = 0; k < n; k++) {
            String outcome = weights.outcome(k);
            if (outcome.endsWith(CONTINUE_SUFFIX)) {
                types[k] = outcome.substring(0, outcome.length() - CONTINUE_SUFFIX.length());
                continues[k] = true;
            } else if (outcome.endsWith(START_SUFFIX)) {
                types[k] = outcome.substring(0, outcome.length() - START_SUFFIX.length());
            }
        }
        this.scores = new double[n];
    }

    /** The weights of the model's features, laid out for scoring; build once per model. */
    static FeatureWeights weights(TokenNameFinderModel trained) {
        Object maxent = trained.getArtifact("nameFinder.model");
        if (!(maxent instanceof AbstractModel model)) {
            throw new IllegalStateException("the name-finder model holds no maximum-entropy model");
        }
        return new FeatureWeights(model);
    }

    /** Forgets the document: call between documents. */
    void clearAdaptiveData() {
        features.clear();
    }

    /** The names of one sentence, typed as the model types them. */
    Span[] find(String[] words) {
        return find(words, false);
    }

    /**
     * The names of one sentence, typed as the model types them; with {@code plainOpener} its first word is taken to
     * be outside any name without asking the model (the caller knows it for a word that opens sentences, "The", "If").
     */
    Span[] find(String[] words, boolean plainOpener) {
        String[] outcomes = new String[words.length];
        List<Span> names = new ArrayList<>();
        int start = -1;
        String previousType = null;
        features.sentence(words);
        for (int i = 0; i < words.length; i++) {
            if (previousType == null && (cannotStartName(words[i]) || i == 0 && plainOpener)) {
                outcomes[i] = OTHER;
                continue;
            }
            features.score(i, outcomes, scores);
            int best = -1;
            for (int k = 0; k < scores.length; k++) {
                boolean valid = !continues[k] || types[k].equals(previousType);
                if (valid && (best < 0 || scores[k] > scores[best])) {
                    best = k;
                }
            }
            outcomes[i] = model.outcome(best);
            if (start >= 0 && !continues[best]) {
                names.add(new Span(start, i, previousType));
                start = -1;
            }
            if (types[best] != null && !continues[best]) {
                start = i;
            }
            previousType = types[best];
        }
        if (start >= 0) {
            names.add(new Span(start, words.length, previousType)); // every word after its first continued it
        }
        features.update(outcomes);
        return names.toArray(new Span[0]);
    }

    /** A word that starts with a lower-case letter, or with neither a letter nor a digit. */
    private static boolean cannotStartName(String word) {
        char first = word.charAt(0);
        return Character.isLowerCase(first) || !Character.isLetterOrDigit(first);
    }
}
