package io.newsflow.enrich.entities.training;

import io.newsflow.enrich.entities.Tokens;
import io.newsflow.enrich.entities.training.NerCorpus.Document;
import io.newsflow.enrich.entities.training.NerCorpus.Sentence;
import io.newsflow.events.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Trains the English name finder shipped in {@code io/newsflow/enrich/entities/ner-en.bin} from the training part
 * of {@link NerCorpus}, with fixed parameters on one thread, and writes it byte for byte reproducibly (the zip's
 * entry times and the manifest's timestamp are fixed), so that the same data gives the same file.
 *
 * <p>Beside the labelled corpus it reads unlabelled news text, from which {@link WordClusters} learns word classes
 * (with the corpus's training sentences); the model carries them as its {@value #CLUSTERS_RESOURCE} resource and
 * uses a word's class, and its neighbours', as features.
 */
public final class NameFinderTraining {

    /** Where the model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/io/newsflow/enrich/entities/ner-en.bin";
    /** Features: OpenNLP's defaults (words and word shapes in a window of two, previous outcomes, bigrams,
     *  sentence start) plus the first and last four letters of each word, which generalise to unseen names. */
    private static final String FEATURES = "/io/newsflow/enrich/entities/training/features.xml";
    private static final int ITERATIONS = 150;
    private static final int CUTOFF = 2;
    /** Greedy decoding: a wider beam found no more names on the held-out slice and costs time per token. */
    private static final int BEAM_SIZE = 1;
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the earliest time a zip entry holds
    /** The model's word-class resource, as the feature descriptor names it. */
    public static final String CLUSTERS_RESOURCE = "word-clusters";
    private static final int CLASSES = 500;
    private static final int MIN_COUNT = 3;
    private static final int ROUNDS = 15;

    private NameFinderTraining() {
    }

    /**
     * Trains on the training part of the corpus in {@code dataDir}, in file and document order, with word classes
     * learnt from {@code newsText} (JSON lines with a {@code text} field, in file order) and the training sentences.
     */
    public static TokenNameFinderModel train(Path dataDir, Path newsText) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<List<String>> unlabelled = new ArrayList<>();
        for (String text : JsonLines.read(newsText, JsonLines::text)) {
            unlabelled.addAll(Tokens.sentences(text));
        }
        for (Document d : NerCorpus.read(dataDir).training()) {
            boolean first = true;
            for (Sentence s : d.sentences()) {
                samples.add(new NameSample(s.tokens().toArray(String[]::new), spans(s.tags()), first));
                unlabelled.add(s.tokens());
                first = false;
            }
        }
        StringBuilder clusters = new StringBuilder();
        WordClusters.learn(unlabelled, CLASSES, MIN_COUNT, ROUNDS)
                .forEach((word, cluster) -> clusters.append(word).append(' ').append(cluster).append('\n'));
        WordClasses dictionary = new WordClasses(clusters.toString().getBytes(StandardCharsets.UTF_8));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory(features(), Map.of(CLUSTERS_RESOURCE, dictionary), new BioCodec()));
    }

    /**
     * The word classes as the model carries them: OpenNLP's dictionary, written by a serializer that leaves the
     * model's zip stream open (OpenNLP's own closes it, which breaks writing the model), in the order learnt.
     * Read back, they are OpenNLP's {@link WordClusterDictionary}.
     */
    public static final class WordClasses extends WordClusterDictionary {

        private final byte[] lines;

        WordClasses(byte[] lines) throws IOException {
            super(new ByteArrayInputStream(lines));
            this.lines = lines.clone();
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }

        /** Writes the classes' lines; instantiated by OpenNLP by name, so public with a public constructor. */
        public static final class Serializer implements ArtifactSerializer<WordClasses> {

            public Serializer() {
            }

            @Override
            public WordClasses create(InputStream in) throws IOException {
                return new WordClasses(in.readAllBytes());
            }

            @Override
            public void serialize(WordClasses artifact, OutputStream out) throws IOException {
                out.write(artifact.lines);
            }
        }
    }

    private static byte[] features() throws IOException {
        try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("feature descriptor " + FEATURES + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** Writes the model with fixed entry times and no timestamp, so equal models are equal files. */
    public static void write(TokenNameFinderModel model, Path out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             OutputStream file = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    content = stableManifest(new String(content, StandardCharsets.ISO_8859_1));
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
    }

    /** The manifest without its date comment, its timestamp fixed, its lines sorted. */
    private static byte[] stableManifest(String manifest) {
        String lines = manifest.lines().filter(l -> !l.startsWith("#"))
                .map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l).sorted()
                .reduce("", (a, b) -> a + b + "\n");
        return lines.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The names of a sentence from its IOB2 tags, typed PER, ORG or LOC. */
    static Span[] spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        for (int start = 0; start < tags.size(); start++) {
            if (tags.get(start).startsWith("B-")) {
                int end = start + 1;
                while (end < tags.size() && tags.get(end).startsWith("I-")) {
                    end++;
                }
                spans.add(new Span(start, end, tags.get(start).substring(2)));
            }
        }
        return spans.toArray(Span[]::new);
    }
}
