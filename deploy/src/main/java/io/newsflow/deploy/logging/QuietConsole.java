package io.newsflow.deploy.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The console of an interactive command ({@code run}, {@code ingest-files}, {@code watch}, ...): every log line, the
 * libraries' and newsflow's own, goes to a log file instead of the console, so that the console shows only what
 * the command prints. Warnings and errors are summarised on the console, one line per source at most every
 * {@code interval}, with the file to look in: {@code newsflow: 3 warnings from Kafka clients — see .newsflow/newsflow.log};
 * a few warnings every healthy start logs are not summarised (see {@link #expected}).
 *
 * <p>The services run alone ({@code newsflow ingest}, the container image) do not use this: they log to the
 * console as configured by {@code logback.xml}. Closing restores the console logging and prints what was not
 * summarised yet. Only one may be open at a time in a JVM.
 */
public final class QuietConsole implements AutoCloseable {

    /** The log file's name in the data directory. */
    public static final String FILE_NAME = "newsflow.log";
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /** Logger name prefixes and how the summary names them; the first match wins. */
    private static final List<Map.Entry<String, String>> SOURCES = List.of(
            Map.entry("org.apache.kafka.streams", "Kafka Streams"),
            Map.entry("org.apache.kafka", "Kafka clients"),
            Map.entry("org.opensearch", "the OpenSearch client"),
            Map.entry("org.apache.hc", "the HTTP client"),
            Map.entry("org.eclipse.jetty", "Jetty"),
            Map.entry("crawlercommons", "crawler-commons"),
            Map.entry("io.newsflow", "newsflow"));

    /**
     * Warnings every healthy start logs, and no sign of trouble: Kafka Streams' advice on a setting newsflow leaves
     * at its default, and the metadata of topics that Kafka Streams is creating at that moment. They stay in the
     * file; they are not summarised.
     */
    private static final List<Map.Entry<String, String>> EXPECTED = List.of(
            Map.entry("org.apache.kafka.streams.StreamsConfig", "Processing exception handler is not enabled for the"
                    + " GlobalThread"),
            Map.entry("org.apache.kafka.clients.NetworkClient", "recoverable issue"));

    /** The open one, if any: see {@link #explained()}. */
    private static volatile QuietConsole current;

    private final Logger root;
    private final List<Appender<ILoggingEvent>> consoleAppenders;
    private final FileAppender<ILoggingEvent> file;
    private final Counter counter;
    private final PrintWriter console;
    private final String shownPath;
    private final ScheduledExecutorService summaries;

    private QuietConsole(Path logFile, PrintWriter console, Duration interval) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        this.console = console;
        this.shownPath = shown(logFile);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file = new FileAppender<>();
        file.setContext(context);
        file.setName("NEWSFLOW_FILE");
        file.setFile(logFile.toAbsolutePath().toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) {
            throw new IOException("cannot write the log file " + logFile);
        }
        counter = new Counter();
        counter.setContext(context);
        counter.setName("NEWSFLOW_TROUBLE");
        counter.start();

        consoleAppenders = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            consoleAppenders.add(it.next());
        }
        root.addAppender(file);
        root.addAppender(counter);
        consoleAppenders.forEach(root::detachAppender);

        summaries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsflow-log-summary");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        summaries.scheduleWithFixedDelay(this::summarise, millis, millis, TimeUnit.MILLISECONDS);
        current = this;
    }

    /**
     * The command has told the user, in a line of its own, what the warnings logged so far are about (Kafka cannot
     * be reached, say): they stay in the log file but are not summarised. Nothing when no console is open.
     */
    public static void explained() {
        QuietConsole open = current;
        if (open != null) {
            open.counter.drain();
        }
    }

    /**
     * Sends every log line of this JVM to {@code dataDir/newsflow.log} (appending) until closed, and summarises
     * warnings and errors on {@code console} every ten seconds.
     *
     * @throws IOException when the data directory or the file cannot be created
     */
    public static QuietConsole open(Path dataDir, PrintWriter console) throws IOException {
        return open(dataDir, console, INTERVAL);
    }

    /** As {@link #open(Path, PrintWriter)}, summarising at most every {@code interval}. */
    public static QuietConsole open(Path dataDir, PrintWriter console, Duration interval) throws IOException {
        return new QuietConsole(dataDir.resolve(FILE_NAME), console, interval);
    }

    /** The log file as the summary names it: relative to the working directory when under it. */
    public String logFile() {
        return shownPath;
    }

    /** Prints one line per source that logged warnings or errors since the last summary. */
    public void summarise() {
        Map<String, long[]> counts = counter.drain();
        if (counts.isEmpty()) {
            return;
        }
        synchronized (console) {
            counts.forEach((source, n) -> console.println("newsflow: " + describe(n[0], n[1]) + " from " + source
                    + " — see " + shownPath));
            console.flush();
        }
    }

    /** Prints what was not summarised yet, and gives the console back to logging. Idempotent. */
    @Override
    public void close() {
        if (summaries.isShutdown()) {
            return;
        }
        summaries.shutdownNow();
        summarise();
        current = null;
        consoleAppenders.forEach(root::addAppender);
        root.detachAppender(counter);
        root.detachAppender(file);
        counter.stop();
        file.stop();
    }

    private static String describe(long errors, long warnings) {
        String e = errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
        String w = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
        return e.isEmpty() ? w : w.isEmpty() ? e : e + " and " + w;
    }

    /** Whether {@code event} is one of the {@link #EXPECTED} warnings of a healthy start. */
    static boolean expected(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (!event.getLevel().equals(Level.WARN) || message == null) {
            return false;
        }
        for (Map.Entry<String, String> known : EXPECTED) {
            if (event.getLoggerName().equals(known.getKey()) && message.contains(known.getValue())
                    && (!known.getKey().endsWith("NetworkClient") || onlyTopicsBeingCreated(message))) {
                return true;
            }
        }
        return false;
    }

    /** A metadata answer whose every topic is still being created or has no leader yet. */
    private static boolean onlyTopicsBeingCreated(String message) {
        int open = message.lastIndexOf('{');
        int close = message.lastIndexOf('}');
        if (open < 0 || close < open) {
            return false;
        }
        for (String entry : message.substring(open + 1, close).split(",")) {
            String error = entry.substring(entry.indexOf('=') + 1).strip();
            if (!error.equals("UNKNOWN_TOPIC_OR_PARTITION") && !error.equals("LEADER_NOT_AVAILABLE")) {
                return false;
            }
        }
        return true;
    }

    /** Which part of the program a logger belongs to, as a person would name it. */
    static String source(String loggerName) {
        for (Map.Entry<String, String> source : SOURCES) {
            if (loggerName.equals(source.getKey()) || loggerName.startsWith(source.getKey() + ".")) {
                return source.getValue();
            }
        }
        String[] parts = loggerName.split("\\.");
        return parts.length <= 2 ? loggerName : parts[0] + "." + parts[1];
    }

    private static String shown(Path logFile) {
        Path absolute = logFile.toAbsolutePath().normalize();
        Path workingDir = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDir) && !absolute.equals(workingDir)
                ? workingDir.relativize(absolute).toString() : absolute.toString();
    }

    /** Counts warnings and errors per source. */
    private static final class Counter extends AppenderBase<ILoggingEvent> {

        /** source → {errors, warnings}, in the order first seen. */
        private final Map<String, long[]> counts = new LinkedHashMap<>();

        @Override
        protected void append(ILoggingEvent event) {
            if (!event.getLevel().isGreaterOrEqual(Level.WARN) || expected(event)) {
                return;
            }
            String source = source(event.getLoggerName());
            synchronized (counts) {
                long[] n = counts.computeIfAbsent(source, s -> new long[2]);
                n[event.getLevel().isGreaterOrEqual(Level.ERROR) ? 0 : 1]++;
            }
        }

        Map<String, long[]> drain() {
            synchronized (counts) {
                Map<String, long[]> drained = new LinkedHashMap<>(counts);
                counts.clear();
                return drained;
            }
        }
    }
}
