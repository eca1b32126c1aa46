package io.newsflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared data next to the repository ({@code ../shared}, e.g. {@code /work/shared} for a clone at
 * {@code /work/newsflow}), which tests use when it is present and skip with an assumption when it is not.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code relative} under the shared data directory, if the directory and that file or folder exist. */
    public static Optional<Path> find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path file = dir.getParent().resolve("shared").resolve(relative);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }
}
