package io.newsflow.ingest.clean;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.PageSizeContract;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits that protect the cleaner, and its boilerplate vocabulary. Immutable and thread-safe.
 *
 * @param maxBytes   largest page body accepted, in bytes
 * @param maxDepth   deepest element nesting accepted
 * @param timeBudget longest time one page may take to clean
 * @param vocabulary the boilerplate vocabulary
 */
public record CleanerConfig(int maxBytes, int maxDepth, Duration timeBudget, Boilerplate vocabulary) {

    /**
     * The pipeline's default page limit, 5 MiB: five times a heavy news page, and still parsed in well under a
     * second. The service's one page-size limit ({@code INGEST_MAX_PAGE_BYTES}) replaces it there; see
     * {@code IngestConfig}.
     */
    public static final int DEFAULT_MAX_BYTES = PageSizeContract.DEFAULT_MAX_PAGE_BYTES;
    /** Real pages nest a few dozen levels; hundreds means a broken or hostile page. */
    public static final int DEFAULT_MAX_DEPTH = 512;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    /** The variable naming an operator's extra vocabulary file, added to the shipped one. */
    public static final String BOILERPLATE_FILE = "INGEST_BOILERPLATE_FILE";

    public CleanerConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive, got " + maxDepth);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, got " + timeBudget);
        }
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The default limits and the shipped vocabulary. */
    public static CleanerConfig defaults() {
        return new CleanerConfig(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_TIME_BUDGET, Boilerplate.defaults());
    }

    /**
     * The default limits and the shipped vocabulary plus the operator's file named by {@value #BOILERPLATE_FILE},
     * when set. Reads the file once, here.
     *
     * @throws ConfigException naming {@value #BOILERPLATE_FILE} when the file is missing, unreadable or malformed
     */
    public static CleanerConfig from(Env env) {
        Optional<String> file = env.get(BOILERPLATE_FILE);
        if (file.isEmpty()) {
            return defaults();
        }
        try {
            return defaults().withVocabulary(Boilerplate.defaultsWith(Path.of(file.get())));
        } catch (NoSuchFileException e) {
            throw new ConfigException(BOILERPLATE_FILE, file.get(), "no such boilerplate vocabulary file");
        } catch (IOException | InvalidPathException e) {
            throw new ConfigException(BOILERPLATE_FILE, file.get(),
                    "cannot read the boilerplate vocabulary file: " + e.getMessage());
        }
    }

    /** The same settings with another page-size limit. */
    public CleanerConfig withMaxBytes(int bytes) {
        return new CleanerConfig(bytes, maxDepth, timeBudget, vocabulary);
    }

    /** The same limits with another vocabulary. */
    public CleanerConfig withVocabulary(Boilerplate other) {
        return new CleanerConfig(maxBytes, maxDepth, timeBudget, other);
    }
}
