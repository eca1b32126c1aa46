package io.newsflow.enrich.entities.training;

import io.newsflow.enrich.entities.training.NerCorpus.Document;
import io.newsflow.enrich.entities.training.NerCorpus.Sentence;
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

/**
 * Trains the English name finder shipped in {@code io/newsflow/enrich/entities/ner-en.bin} from the training part
 * of {@link NerCorpus}, with fixed parameters on one thread, and writes it byte for byte reproducibly (the zip's
 * entry times and the manifest's timestamp are fixed), so that the same data gives the same file.
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

    private NameFinderTraining() {
    }

    /** Trains on the training part of the corpus in {@code dataDir}, in file and document order. */
    public static TokenNameFinderModel train(Path dataDir) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Document d : NerCorpus.read(dataDir).training()) {
            boolean first = true;
            for (Sentence s : d.sentences()) {
                samples.add(new NameSample(s.tokens().toArray(String[]::new), spans(s.tags()), first));
                first = false;
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory(features(), Map.of(), new BioCodec()));
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
