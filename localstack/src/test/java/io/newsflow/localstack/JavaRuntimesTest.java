package io.newsflow.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path dir;

    @Test
    void picksTheNewestJdkUnderTheJvmDirectoryWhenJavaHomeIsTooOld() throws IOException {
        Path jvms = dir.resolve("jvm");
        Path java17 = fakeJdk(jvms.resolve("java-17"), "17.0.15");
        fakeJdk(jvms.resolve("java-21"), "21.0.4");
        Path java25 = fakeJdk(jvms.resolve("temurin-25"), "25.0.3");

        Path found = new JavaRuntimes(Map.of("JAVA_HOME", java17.toString()), jvms, java17).find(21);

        assertEquals(java25, found);
    }

    @Test
    void opensearchJavaHomeWinsAndMustBeGoodEnough() throws IOException {
        Path java17 = fakeJdk(dir.resolve("java-17"), "17.0.15");
        Path java21 = fakeJdk(dir.resolve("java-21"), "21.0.4");

        assertEquals(java21, new JavaRuntimes(Map.of("OPENSEARCH_JAVA_HOME", java21.toString()), dir.resolve("none"),
                java17).find(21));
        LocalStackException e = assertThrows(LocalStackException.class, () -> new JavaRuntimes(
                Map.of("OPENSEARCH_JAVA_HOME", java17.toString()), dir.resolve("none"), java17).find(21));
        assertEquals("OPENSEARCH_JAVA_HOME=" + java17 + " is Java 17, but OpenSearch needs Java 21 or newer",
                e.getMessage());
    }

    @Test
    void saysExactlyWhatIsMissingWhenNoJava21IsAnywhere() throws IOException {
        Path java17 = fakeJdk(dir.resolve("java-17"), "17.0.15");

        LocalStackException e = assertThrows(LocalStackException.class, () -> new JavaRuntimes(
                Map.of("PATH", dir.resolve("nowhere").toString()), dir.resolve("none"), java17).find(21));

        assertTrue(e.getMessage().startsWith("OpenSearch needs Java 21 or newer and none was found"), e.getMessage());
        assertTrue(e.getMessage().contains(java17 + " (Java 17)"), e.getMessage());
        assertTrue(e.getMessage().contains("OPENSEARCH_JAVA_HOME"), e.getMessage());
    }

    @Test
    void readsTheOldStyleVersionOfJava8() throws IOException {
        assertEquals(8, JavaRuntimes.featureVersion(fakeJdk(dir.resolve("java-8"), "1.8.0_402")).getAsInt());
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
