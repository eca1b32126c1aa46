package io.newsflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The OpenSearch {@code integ-test-zip} distribution the build resolved, unpacked once into a shared, read-only
 * install directory. The zip is looked for next to the newsflow classes ({@code target/opensearch/} of deploy or localstack, where
 * the build copies it), then in the local Maven repository. Thread-safe: concurrent unpacks (threads or
 * processes) race to an atomic rename and all use the winner.
 */
final class OpenSearchDistribution {

    private static final String COMPLETE_MARKER = ".newsflow-unpacked";

    private final String version;
    private final Path zip;

    private OpenSearchDistribution(String version, Path zip) {
        this.version = version;
        this.zip = zip;
    }

    /** The distribution of the version this build pinned, or an error saying where it was looked for. */
    static OpenSearchDistribution resolve() {
        String version = pinnedVersion();
        String fileName = "opensearch-" + version + ".zip";
        List<Path> places = new ArrayList<>();
        places.add(buildOutputDir().resolve("opensearch").resolve(fileName));
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        places.add(Path.of(repo, "org", "opensearch", "distribution", "integ-test-zip", "opensearch", version, fileName));
        for (Path place : places) {
            if (Files.isRegularFile(place)) {
                return new OpenSearchDistribution(version, place);
            }
        }
        throw new LocalStackException("the OpenSearch " + version + " distribution is missing (looked at "
                + places + "); build the project once with ./mvnw -B -DskipTests package to fetch it");
    }

    String version() {
        return version;
    }

    /**
     * The unpacked distribution under {@code cacheDir}, unpacked now if it is not there yet. Everything in it is
     * world-readable so that an unprivileged user can run it.
     */
    Path install(Path cacheDir) throws IOException {
        Path home = cacheDir.resolve("opensearch-" + version);
        if (Files.exists(home.resolve(COMPLETE_MARKER))) {
            return home;
        }
        Files.createDirectories(cacheDir);
        Path staging = Files.createTempDirectory(cacheDir, "unpacking-");
        try {
            unzip(zip, staging);
            Path unpacked = staging.resolve("opensearch-" + version);
            Files.createFile(unpacked.resolve(COMPLETE_MARKER));
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
            } catch (IOException e) {
                // another process won the race: the directory is there and not empty
                if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
            }
            return home;
        } finally {
            FileTrees.delete(staging);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                // java.util.zip drops the Unix mode: only the launch scripts need to be executable
                boolean script = out.getParent().getFileName().toString().equals("bin");
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static String pinnedVersion() {
        try (InputStream in = OpenSearchDistribution.class.getResourceAsStream("local-stack.properties")) {
            if (in == null) {
                throw new LocalStackException("local-stack.properties is missing from the classpath; rebuild the project (./mvnw -DskipTests install)");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("opensearch.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code deploy/target}: the parent of the jar or classes directory these classes were loaded from. */
    static Path buildOutputDir() {
        try {
            Path codeSource = Path.of(OpenSearchDistribution.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return codeSource.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new LocalStackException("cannot locate the newsflow classes", e);
        }
    }
}
