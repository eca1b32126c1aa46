package io.newsflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of at least a given feature version for a server that needs a newer Java than the one
 * newsflow itself runs on (OpenSearch 3.x needs 21+). Looks, in order, at {@code OPENSEARCH_JAVA_HOME} (which,
 * when set, must be good), {@code JAVA_HOME}, the running JVM, the JDKs under {@code /usr/lib/jvm}, and the
 * {@code java} on {@code PATH}. Stateless and thread-safe.
 */
final class JavaRuntimes {

    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)(?:\\.(\\d+))?[^\"]*\"",
            Pattern.MULTILINE);

    private final Map<String, String> env;
    private final Path jvmDir;
    private final Path runningHome;

    JavaRuntimes(Map<String, String> env, Path jvmDir, Path runningHome) {
        this.env = Map.copyOf(env);
        this.jvmDir = jvmDir;
        this.runningHome = runningHome;
    }

    static JavaRuntimes system() {
        return new JavaRuntimes(System.getenv(), Path.of("/usr/lib/jvm"), Path.of(System.getProperty("java.home")));
    }

    /**
     * The home of a Java runtime of at least {@code minFeature}.
     *
     * @throws LocalStackException naming every place looked at and what was found there
     */
    Path find(int minFeature) {
        List<String> seen = new ArrayList<>();
        String explicit = env.get("OPENSEARCH_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit.trim());
            OptionalInt feature = featureVersion(home);
            if (feature.isPresent() && feature.getAsInt() >= minFeature) {
                return home;
            }
            throw new LocalStackException("OPENSEARCH_JAVA_HOME=" + explicit + " is "
                    + describe(feature) + ", but OpenSearch needs Java " + minFeature + " or newer");
        }
        for (Path home : candidates()) {
            OptionalInt feature = featureVersion(home);
            if (feature.isPresent() && feature.getAsInt() >= minFeature) {
                return home;
            }
            seen.add(home + " (" + describe(feature) + ")");
        }
        throw new LocalStackException("OpenSearch needs Java " + minFeature + " or newer and none was found"
                + " (looked at JAVA_HOME, the running JVM, " + jvmDir + ", and java on PATH: "
                + (seen.isEmpty() ? "nothing" : String.join(", ", seen))
                + "); install one or set OPENSEARCH_JAVA_HOME to its home");
    }

    private List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        Optional.ofNullable(env.get("JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(homes::add);
        homes.add(runningHome);
        if (Files.isDirectory(jvmDir)) {
            try (Stream<Path> dirs = Files.list(jvmDir)) {
                // newest first, so a machine with 21 and 25 uses 25
                dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                        .sorted(Comparator.comparingInt((Path d) -> featureVersion(d).orElse(0)).reversed())
                        .forEach(homes::add);
            } catch (IOException e) {
                // an unreadable directory is one fewer place to look, not a failure
            }
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
            if (Files.isExecutable(java)) {
                try {
                    homes.add(java.toRealPath().getParent().getParent());
                } catch (IOException e) {
                    // a dangling link on PATH is not a runtime
                }
                break;
            }
        }
        return homes.stream().map(Path::normalize).distinct().toList();
    }

    /** The feature version (17, 21, 25) of the runtime at {@code home}, read from its {@code release} file. */
    static OptionalInt featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isReadable(release)) {
            return OptionalInt.empty();
        }
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            if (!m.find()) {
                return OptionalInt.empty();
            }
            int major = Integer.parseInt(m.group(1));
            // Java 8 and older call themselves 1.x
            return OptionalInt.of(major == 1 && m.group(2) != null ? Integer.parseInt(m.group(2)) : major);
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static String describe(OptionalInt feature) {
        return feature.isPresent() ? "Java " + feature.getAsInt() : "not a Java runtime";
    }
}
