package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code newsflow} launcher picks the JVM's garbage collector: the parallel one, unless the options the user
 * gives pick another (two collectors on one command line stop the JVM before it starts). It asks for transparent
 * huge pages where the kernel offers them, and for a JIT that gives up a speculation in a method after five traps,
 * unless the options say otherwise.
 */
class NewsflowScriptIT {

    /** Maven runs the tests in the module directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path JAR = ROOT.resolve("deploy/target/newsflow.jar");

    @BeforeAll
    static void theJarIsCurrent() throws IOException {
        // the launcher rebuilds a jar older than the sources: not from inside this build
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR);
        FileTime built = Files.getLastModifiedTime(JAR);
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    assumeTrue(files.noneMatch(f -> newer(f, built)), "the jar is older than " + main);
                }
            }
        }
    }

    @Test
    void theServicesRunOnTheParallelCollector() throws Exception {
        String flags = run("-XX:+PrintCommandLineFlags");
        assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
        assertTrue(flags.contains("newsflow "), "the command itself ran: " + flags);
    }

    @Test
    void aCollectorTheUserPicksIsTheOneUsed() throws Exception {
        assertTheUsersOptionWins("-XX:+UseSerialGC", "UseParallelGC", false);
    }

    @Test
    void theHeapTakesHugePagesWhereTheKernelOffersThem() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(setting)
                && Files.readString(setting).matches("(?s).*\\[(always|madvise)\\].*");
        String flags = run("-XX:+PrintCommandLineFlags");
        assertEquals(offered, flags.contains("-XX:+UseTransparentHugePages"), setting + ": " + flags);
        assertFalse(flags.contains("UseTransparentHugePages disabled"), flags);
    }

    @Test
    void hugePagesTheUserTurnsOffStayOff() throws Exception {
        assertTheUsersOptionWins("-XX:-UseTransparentHugePages", "-XX:+UseTransparentHugePages", true);
    }

    @Test
    void theJitGivesUpASpeculationInAMethodAfterFiveTraps() throws Exception {
        String flags = run("-XX:+PrintCommandLineFlags");
        assertTrue(flags.contains("-XX:PerMethodTrapLimit=5"), flags);
    }

    @Test
    void aTrapLimitTheUserSetsIsTheOneUsed() throws Exception {
        assertTheUsersOptionWins("-XX:PerMethodTrapLimit=100", "-XX:PerMethodTrapLimit=5", true);
    }

    /** The jar says which build it is (it said "newsflow dev", the version of classes outside any jar). */
    @Test
    void theVersionIsTheBuildsOwn() throws Exception {
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(ROOT.resolve(
                "pom.xml")));
        assertTrue(version.find());
        String out = run("");
        assertTrue(out.contains("newsflow " + version.group(1) + "\n"), out);
    }

    /**
     * With the user's option, the JVM runs with it and without the launcher's own ({@code ours}). Given in {@code
     * JAVA_TOOL_OPTIONS}, which the JVM reads before the command line, the launcher's option would otherwise win.
     */
    private static void assertTheUsersOptionWins(String theirs, String ours, boolean asToolOptions) throws Exception {
        String flags = asToolOptions ? run("-XX:+PrintCommandLineFlags", theirs)
                : run("-XX:+PrintCommandLineFlags " + theirs);
        assertTrue(flags.contains(theirs), flags);
        assertFalse(flags.contains(ours), flags);
        assertTrue(flags.contains("newsflow "), "the command itself ran: " + flags);
    }

    /** {@code ./newsflow --version} with {@code NEWSFLOW_JAVA_OPTS}; its output, after it exited 0. */
    private static String run(String javaOptions) throws IOException, InterruptedException {
        return run(javaOptions, null);
    }

    /** {@link #run(String)} with {@code JAVA_TOOL_OPTIONS} too (null: none). */
    private static String run(String javaOptions, String toolOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(ROOT.resolve("newsflow").toString(), "--version"))
                .redirectErrorStream(true);
        pb.environment().put("NEWSFLOW_JAVA_OPTS", javaOptions);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        if (toolOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
