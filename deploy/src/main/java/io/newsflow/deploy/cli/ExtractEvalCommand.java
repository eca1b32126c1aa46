package io.newsflow.deploy.cli;

import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.eval.ExtractEval;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow extract-eval}: scores the cleaner against pages with known truth. */
@Command(name = "extract-eval",
        description = {"Score the cleaner on pages with known truth (body-text shingle precision/recall/F1, title, "
                + "author and date accuracy).",
                "Titles: equal after normalisation (case, punctuation, spacing ignored). Authors: same set of names. "
                        + "Dates: published_at falls on the truth's calendar day in some time zone UTC-12..UTC+14."})
final class ExtractEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VocabularyOption vocabulary;

    @Option(names = "--pages", required = true, paramLabel = "DIR",
            description = "Directory of pages <id>.html or <id>.html.gz.")
    Path pages;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
            description = "Truth as JSON Lines {id, url, text, title?, author?, published?}.")
    Path truth;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write each page's extraction as JSON Lines {id, title, byline, published_at, text}.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<ExtractEval.Truth> records = ExtractEval.readTruth(truth);
        ExtractEval eval = new ExtractEval(new PageCleaner(vocabulary.config(), Clock.systemUTC()));
        ExtractEval.Report report;
        if (out == null) {
            report = eval.run(pages, records, null);
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report = eval.run(pages, records, w);
            }
        }
        for (ExtractEval.PageResult p : report.pages()) {
            if (p.rejection() != null) {
                stdout.println("page " + p.id() + " rejected: " + p.rejection());
            }
        }
        stdout.println(String.format(Locale.ROOT, "author_acc=%.4f (%d pages with an author) titles=%d dates=%d",
                report.authorAccuracy(), report.authors(), report.titles(), report.dates()));
        stdout.println(report.summaryLine());
        stdout.flush();
        return 0;
    }
}
