package io.newsflow.ingest.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/} next to the repository root (the directory holding {@code mvnw}), when present. */
final class SharedData {

    private SharedData() {
    }

    static Optional<Path> resolve(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path p = dir.getParent().resolve("shared").resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
