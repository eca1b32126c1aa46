package io.newsflow.deploy.cli;

import io.newsflow.events.JsonLines;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command does when a file it was given cannot be opened, or holds a line it cannot read: one line on stderr
 * naming the file and what was wrong, {@code newsflow COMMAND: FILE: no such file or directory} or
 * {@code newsflow COMMAND: FILE line 3: not valid JSON (...)}, and the exit code of a usage error, for the fix is in
 * what the command was given. Any other exception is a fault of newsflow and keeps picocli's stack trace and exit code
 * 1. Thread-safe (stateless).
 */
final class InputErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        Optional<String> problem = problem(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e);
        if (problem.isEmpty()) {
            throw e;
        }
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + problem.get());
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What was wrong with a file a command was given, as the one line names it; empty for any other exception. */
    static Optional<String> problem(Throwable e) {
        if (e instanceof NoSuchFileException missing && missing.getFile() != null) {
            // an output file in a directory that is not there: the directory is what to fix
            Path parent = Path.of(missing.getFile()).getParent();
            return Optional.of(missing.getFile() + (parent == null || Files.isDirectory(parent)
                    ? ": no such file or directory" : ": the directory " + parent + " does not exist"));
        }
        if (e instanceof AccessDeniedException denied) {
            return Optional.of(denied.getFile() + ": permission denied");
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return Optional.of(notDirectory.getFile() + ": not a directory");
        }
        if (e instanceof FileSystemException || e instanceof FileNotFoundException
                || e instanceof JsonLines.InvalidLineException) {
            // "FILE: reason", "FILE (reason)" and "FILE line N: problem"
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }
}
