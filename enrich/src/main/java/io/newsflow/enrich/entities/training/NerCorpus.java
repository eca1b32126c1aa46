package io.newsflow.enrich.entities.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English name-finding corpus of {@code ../shared/data/ner} (IOB2, {@code token<TAB>tag}, PER/ORG/LOC), read
 * into documents, and its fixed split into a training part and a held-out part.
 *
 * <p>Which files: wikigold, the Broad Twitter Corpus and the re3d parts; the two UNER English-EWT files are left out
 * so that the model stays free of share-alike terms (they are reviews, answers and e-mail, far from news anyway).
 * Held out, never trained on: every fifth wikigold document, every fifth tweet of BTC section G (mainstream news)
 * and every fourth document of each re3d part.
 *
 * <p>Mentions are normalised as they are read, the same way for training and for measuring: a Twitter handle
 * ("@ 4corners") is not a name ({@code O}), a hashtag loses its "#"; re3d's descriptions and pronouns ("civilians",
 * "we") are dropped and a leading determiner ("the UK") leaves the mention. Immutable; reading is deterministic.
 */
public final class NerCorpus {

    /** The files read, in training order. */
    public static final List<String> FILES = List.of("wikigold.conll", "btc-a.conll", "btc-b.conll", "btc-e.conll",
            "btc-f.conll", "btc-g.conll", "btc-h.conll", "re3d-centcom.conll", "re3d-us-state-dept.conll",
            "re3d-uk-gov.conll", "re3d-dfat.conll");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "that", "these", "those");
    private static final Set<String> PRONOUNS = Set.of("I", "We", "They", "He", "She", "It", "Us", "Them");

    /** A sentence: its tokens and their IOB2 tags ({@code B-PER}, {@code I-ORG}, {@code O}...). */
    public record Sentence(List<String> tokens, List<String> tags) {

        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }
    }

    /** A document (a tweet in the BTC files); {@code index} counts from 0 within its file. */
    public record Document(String file, int index, List<Sentence> sentences) {

        public Document {
            sentences = List.copyOf(sentences);
        }

        /** Whether this document belongs to the held-out slice. */
        public boolean heldOut() {
            if (file.equals("wikigold.conll") || file.equals("btc-g.conll")) {
                return index % 5 == 4;
            }
            return file.startsWith("re3d-") && index % 4 == 3;
        }
    }

    private final List<Document> documents;

    private NerCorpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /** Reads every file of {@link #FILES} from {@code dir}. */
    public static NerCorpus read(Path dir) throws IOException {
        List<Document> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(readFile(file, Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)));
        }
        return new NerCorpus(all);
    }

    public List<Document> training() {
        return documents.stream().filter(d -> !d.heldOut()).toList();
    }

    public List<Document> heldOut() {
        return documents.stream().filter(Document::heldOut).toList();
    }

    private static List<Document> readFile(String file, List<String> lines) {
        boolean tweets = file.startsWith("btc-");
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.equals("-DOCSTART-")) {
                if (!sentences.isEmpty()) {
                    documents.add(new Document(file, documents.size(), sentences));
                    sentences = new ArrayList<>();
                }
            } else if (trimmed.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(normalise(file, tokens, tags));
                    tokens.clear();
                    tags.clear();
                    if (tweets) {
                        documents.add(new Document(file, documents.size(), sentences));
                        sentences = new ArrayList<>();
                    }
                }
            } else {
                String[] f = trimmed.split("\\s+");
                tokens.add(f[0]);
                tags.add(f[f.length - 1]);
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(normalise(file, tokens, tags));
        }
        if (!sentences.isEmpty()) {
            documents.add(new Document(file, documents.size(), sentences));
        }
        return documents;
    }

    private static Sentence normalise(String file, List<String> tokens, List<String> tags) {
        List<String> words = new ArrayList<>(tokens);
        List<String> labels = new ArrayList<>(tags);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() > 1 && w.startsWith("#")) {
                words.set(i, w.substring(1));
            }
        }
        for (int start = 0; start < labels.size(); start++) {
            if (!labels.get(start).startsWith("B-")) {
                continue;
            }
            int end = start + 1;
            while (end < labels.size() && labels.get(end).startsWith("I-")) {
                end++;
            }
            String type = labels.get(start).substring(2);
            int first = start;
            if (file.startsWith("re3d-")) {
                while (first < end && DETERMINERS.contains(words.get(first).toLowerCase(Locale.ROOT))) {
                    first++;
                }
            }
            boolean keep = first < end && !words.get(first).equals("@")
                    && (!file.startsWith("re3d-") || (Character.isUpperCase(words.get(first).codePointAt(0))
                    && !PRONOUNS.contains(words.get(first))));
            for (int k = start; k < end; k++) {
                labels.set(k, !keep || k < first ? "O" : (k == first ? "B-" : "I-") + type);
            }
        }
        return new Sentence(words, labels);
    }
}
