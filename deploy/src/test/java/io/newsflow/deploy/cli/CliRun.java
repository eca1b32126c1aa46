package io.newsflow.deploy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@code newsflow} command line printed and returned, run in-process. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Newsflow.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
