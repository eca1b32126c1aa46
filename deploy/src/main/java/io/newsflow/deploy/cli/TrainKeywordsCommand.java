package io.newsflow.deploy.cli;

import io.newsflow.enrich.keywords.BackgroundFrequencies;
import io.newsflow.enrich.keywords.KeywordExtractor;
import io.newsflow.events.JsonLines;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow train-keywords}: recounts the English background the keywords are weighed with. */
@Command(name = "train-keywords", description = "Count the English document frequencies keywords are weighed with"
        + " beside the stream's own counts (the terms of the English analyzer seen in at least "
        + BackgroundFrequencies.MIN_DOCUMENTS + " documents), write the table and print its sha256.")
final class TrainKeywordsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--news", required = true, paramLabel = "FILE",
            description = "English news articles, one document each: JSON lines with a \"text\" field, e.g."
                    + " ../shared/data/extract-dev/truth.jsonl.")
    Path news;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the table, e.g."
                    + " enrich/src/main/resources/io/newsflow/enrich/keywords/english-document-frequencies.tsv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isRegularFile(news)) {
            spec.commandLine().getErr().println("train-keywords: " + news + " is not a file");
            return 2;
        }
        List<String> texts = JsonLines.read(news, JsonLines::text);
        BackgroundFrequencies table = BackgroundFrequencies.count(texts,
                new KeywordExtractor(0, BackgroundFrequencies.NONE));
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            table.write(writer);
        }
        stdout.println("table=" + out + " documents=" + table.documents() + " terms=" + table.terms() + " sha256="
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))));
        stdout.flush();
        return 0;
    }
}
