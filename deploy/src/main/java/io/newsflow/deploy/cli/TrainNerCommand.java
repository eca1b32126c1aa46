package io.newsflow.deploy.cli;

import io.newsflow.enrich.entities.training.NameFinderTraining;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow train-ner}: retrains the English name finder the entity extractor ships with. */
@Command(name = "train-ner", description = "Train the English name-finder model from the shared NER corpus, with the "
        + "fixed parameters the shipped model was trained with (one thread, same data, same file), and print its "
        + "sha256.")
final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The corpus directory, e.g. ../shared/data/ner.")
    Path data;

    @Option(names = "--news", required = true, paramLabel = "FILE",
            description = "Unlabelled news text the word classes are learnt from: JSON lines with a \"text\" field, "
                    + "e.g. ../shared/data/extract-dev/truth.jsonl.")
    Path news;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the model, e.g. enrich/src/main/resources/io/newsflow/enrich/entities/ner-en.bin.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("train-ner: " + data + " is not a directory");
            return 2;
        }
        if (!Files.isRegularFile(news)) {
            spec.commandLine().getErr().println("train-ner: " + news + " is not a file");
            return 2;
        }
        NameFinderTraining.write(NameFinderTraining.train(data, news), out);
        stdout.println("model=" + out + " sha256="
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))));
        stdout.flush();
        return 0;
    }
}
